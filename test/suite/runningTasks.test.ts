import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionTestApi } from '../../src/testApi';
import { statusLabel } from '../../src/text/statusText';
import type { TaskNode } from '../../src/tree/taskNode';
import type { RefresherEvent } from '../../src/tree/runningRefresher';
import { englishLocalizer } from '../../src/util/localizer';
import { emulatorSuite, tasksOf, treeSettles } from './extensionFixture';
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
  const fx = emulatorSuite({
    emulator: { projects: 1, instances: 1, tasks: 10 },
    profile: 'running-tests',
    settings: { runningTaskRefreshSeconds: 1 },
    resetEachTest: false,
  });

  before(async () => {
    // The refresh runs only while the view is visible.
    await vscode.commands.executeCommand('workbench.view.extension.huaweicloudTasks');
  });

  it('shows the progress percentage of a running task and refreshes its instance until nothing runs', async () => {
    const container = await fx.containerOf('kafka');
    const running = (await tasksOf(fx.api, container)).filter((t) => t.task.state === 'running');
    assert.ok(running.length > 0, 'the sample data has running tasks');
    const refreshed = refresherEvent(fx.api, 'refreshed', container.id);
    const description = (t: TaskNode) => String(t.getTreeItem().description ?? '');
    await treeSettles(fx.api, () => running.every((t) => /\d+%/.test(description(t))));
    assert.match(description(running[0]!), new RegExp(`^${statusLabel(running[0]!.task.status, englishLocalizer)} · 50%`));
    assert.ok(fx.api.running.isWatching(container.id));

    const listRequests = () => fx.emulator.log().filter((e) => e.method === 'GET' && e.path.endsWith(`/instances/${container.container.id}/tasks`)).length;
    const before = listRequests();
    await refreshed;
    // What VS Code does for an expanded level after a refresh: ask for its children again.
    await fx.api.tree.getChildren(container);
    assert.equal(listRequests(), before + 1, 'the refresh fetched the tasks again');
    assert.ok(fx.api.running.isWatching(container.id), 'still running: still refreshing');

    const ui = new ScriptedUserInput().confirmAnswer(/Delete/, true);
    fx.api.setUserInput(ui);
    const stillRunning = (await tasksOf(fx.api, container)).filter((t) => t.task.state === 'running');
    const stopped = refresherEvent(fx.api, 'stopped', container.id);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', stillRunning[0], stillRunning);
    ui.assertDone();
    assert.ok(!(await tasksOf(fx.api, container)).some((t) => t.task.state === 'running'));
    await stopped;
    assert.equal(fx.api.running.isWatching(container.id), false, 'nothing runs: no refresh is scheduled');
  });

  it('keeps refreshing an instance whose row a refresh above it built anew, through the new row', async () => {
    fx.emulator.reset();
    fx.api.tree.refresh();
    const old = await fx.containerOf('rocketmq');
    assert.ok((await tasksOf(fx.api, old)).some((t) => t.task.state === 'running'), 'the sample data has running tasks');
    assert.ok(fx.api.running.isWatching(old.id));

    // A refresh of the whole tree (Refresh, Show/Hide Projects, a setting) builds every row anew.
    fx.api.tree.refresh();
    const fresh = await fx.containerOf('rocketmq');
    assert.notEqual(fresh, old, 'a new row for the same instance');
    await tasksOf(fx.api, fresh);

    const fired: unknown[] = [];
    const sub = fx.api.tree.onDidChangeTreeData((e) => {
      for (const n of [e].flat()) if ((n as { id?: string } | undefined)?.id === fresh.id) fired.push(n);
    });
    try {
      await refresherEvent(fx.api, 'refreshed', fresh.id);
      assert.ok(fired.length > 0, 'the refresh reached the row the view shows');
      assert.ok(fired.every((n) => n === fresh), 'never the old row, which the view no longer has');
    } finally {
      sub.dispose();
    }
  });
});
