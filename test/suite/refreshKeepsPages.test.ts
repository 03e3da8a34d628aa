/**
 * A refresh keeps what was loaded: an instance whose tasks were loaded page by page ("Load more…") lists as
 * many again when it refreshes, by hand or every running-task period (the rest after the first page in as
 * few requests as the service allows), so rows never drop back to the first page; a task deleted meanwhile
 * leaves and the count stays true.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionTestApi } from '../../src/testApi';
import type { RefresherEvent } from '../../src/tree/runningRefresher';
import { emulatorSuite, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const PAGE = 3;
const TASKS = 9;

function refresherEvents(api: ExtensionTestApi, kind: RefresherEvent['kind'], id: string, count: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    const sub = api.running.onDidChange((e) => {
      if (e.kind !== kind || e.id !== id || ++seen < count) return;
      sub.dispose();
      resolve();
    });
  });
}

describe('a refresh keeps what was loaded', () => {
  const fx = emulatorSuite({
    emulator: { projects: 1, instances: 1, tasks: TASKS },
    profile: 'pages-tests',
    settings: { pageSize: PAGE, runningTaskRefreshSeconds: 1 },
    input: () => new ScriptedUserInput(),
  });

  before(async () => {
    // The running-task refresh runs only while the view is visible.
    await vscode.commands.executeCommand('workbench.view.extension.huaweicloudTasks');
  });

  it('all three pages are still shown after two running-task refresh periods', async () => {
    const container = await fx.containerOf('kafka');
    assert.equal((await tasksOf(fx.api, container)).length, PAGE, 'one page at first');
    await container.loadMore();
    await container.loadMore();
    const loaded = (await tasksOf(fx.api, container)).map((t) => t.task.id);
    assert.equal(loaded.length, TASKS, 'three pages after "Load more…" twice');
    assert.ok(
      (await tasksOf(fx.api, container)).some((t) => t.task.state === 'running'),
      'the sample data has a running task, so the instance refreshes itself',
    );

    fx.emulator.clearLog();
    for (let period = 1; period <= 2; period++) {
      const refreshed = refresherEvents(fx.api, 'refreshed', container.id, 1);
      await refreshed;
      // What VS Code does for an expanded level after a refresh: ask for its children again.
      const rows = await tasksOf(fx.api, container);
      assert.deepEqual(rows.map((t) => t.task.id).sort(), [...loaded].sort(), `after refresh period ${period}`);
    }
    // Each refresh lists the first page at the tree's size, then the rest of what was loaded in one larger page.
    const limits = fx.emulator
      .log()
      .filter((e) => e.method === 'GET' && e.path.endsWith(`/instances/${container.container.id}/tasks`))
      .map((e) => Number(e.query.limit?.[0]));
    const firsts = limits.filter((l) => l === PAGE).length;
    assert.ok(firsts >= 2, `listed again each period: ${limits.join(', ')}`);
    assert.deepEqual(limits.filter((l) => l !== PAGE), Array<number>(firsts).fill(TASKS - PAGE), `then the rest in one page each time: ${limits.join(', ')}`);
  });

  it('a manual refresh lists as many again: a task deleted meanwhile leaves, and the count is true', async () => {
    const container = await fx.containerOf('kafka');
    await container.loadMore();
    await container.loadMore();
    const before = await tasksOf(fx.api, container);
    assert.equal(before.length, TASKS);
    const gone = before[PAGE + 1]!;
    fx.ui.confirmAnswer(/Delete the task/, true);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', gone);
    fx.ui.assertDone();
    await vscode.commands.executeCommand('huaweicloudTasks.refresh', container);
    const after = await tasksOf(fx.api, container);
    assert.deepEqual(after.map((t) => t.task.id).sort(), before.filter((t) => t !== gone).map((t) => t.task.id).sort());
    assert.match(String(container.getTreeItem().description), new RegExp(`^${TASKS - 1} tasks`));
  });
});
