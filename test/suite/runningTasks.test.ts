import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index';
import type { ExtensionTestApi } from '../../src/testApi';
import type { TaskNode } from '../../src/tree/taskNode';
import type { RefresherEvent } from '../../src/tree/runningRefresher';
import { addEmulatorProfile, containerOf, tasksOf, testApi, treeSettles } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

/** Resolves when the refresher reports `kind` for the level `id`. */
function refresherEvent(api: ExtensionTestApi, kind: RefresherEvent['kind'], id: string): Promise<void> {
  return new Promise((resolve) => {
    const sub = api.running.onDidChange((e) => {
      if (e.kind !== kind || e.id !== id) return;
      sub.dispose();
      resolve();
    });
  });
}

describe('running tasks', () => {
  let emulator: Emulator;
  let api: ExtensionTestApi;
  let profileId: string;
  const config = () => vscode.workspace.getConfiguration('huaweicloudTasks');

  before(async () => {
    emulator = await startEmulator({ projects: 1, instances: 1, tasks: 10 });
    api = await testApi();
    profileId = await addEmulatorProfile(api, emulator, 'running-tests');
    await config().update('runningTaskRefreshSeconds', 1, vscode.ConfigurationTarget.Global);
    // The refresh runs only while the view is visible.
    await vscode.commands.executeCommand('workbench.view.extension.huaweicloudTasks');
  });

  after(async () => {
    await config().update('runningTaskRefreshSeconds', undefined, vscode.ConfigurationTarget.Global);
    await api.store.remove(profileId);
    await emulator.stop();
  });

  it('shows the progress percentage of a running task and refreshes its instance until nothing runs', async () => {
    const container = await containerOf(api, profileId, 'kafka', emulator);
    const running = (await tasksOf(api, container)).filter((t) => t.task.state === 'running');
    assert.ok(running.length > 0, 'the sample data has running tasks');
    const refreshed = refresherEvent(api, 'refreshed', container.id);
    const description = (t: TaskNode) => String(t.getTreeItem().description ?? '');
    await treeSettles(api, () => running.every((t) => /\d+%/.test(description(t))));
    assert.match(description(running[0]!), new RegExp(`^${running[0]!.task.status} · 50%`));
    assert.ok(api.running.isWatching(container.id));

    const listRequests = () => emulator.log().filter((e) => e.method === 'GET' && e.path.endsWith(`/instances/${container.container.id}/tasks`)).length;
    const before = listRequests();
    await refreshed;
    // What VS Code does for an expanded level after a refresh: ask for its children again.
    await api.tree.getChildren(container);
    assert.equal(listRequests(), before + 1, 'the refresh fetched the tasks again');
    assert.ok(api.running.isWatching(container.id), 'still running: still refreshing');

    const ui = new ScriptedUserInput().confirmAnswer(/Delete/, true);
    api.setUserInput(ui);
    const stillRunning = (await tasksOf(api, container)).filter((t) => t.task.state === 'running');
    const stopped = refresherEvent(api, 'stopped', container.id);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', stillRunning[0], stillRunning);
    ui.assertDone();
    assert.ok(!(await tasksOf(api, container)).some((t) => t.task.state === 'running'));
    await stopped;
    assert.equal(api.running.isWatching(container.id), false, 'nothing runs: no refresh is scheduled');
  });
});
