/**
 * A task being deleted stays "Deleting…" by its identity, not by the row object that showed it: a refresh
 * while the DELETE is in flight builds new rows, and those must neither offer the delete again nor send a
 * second DELETE; a multi-selection that includes such a row deletes only the others.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BulkDeleteSummary } from '../../src/deletion/bulkDelete';
import type { TaskNode } from '../../src/tree/taskNode';
import { deletedTaskIds, emulatorSuite, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const DELETE = 'huaweicloudTasks.deleteTask';
const SLOW_DELETE_MS = 1500;

describe('deletes in flight', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 6 }, profile: 'inflight-tests', input: () => new ScriptedUserInput() });

  const rowsAfterRefresh = async (): Promise<TaskNode[]> => {
    const container = await fx.containerOf('kafka');
    // What the running-task refresh does: drop the instance's rows and list its tasks again.
    fx.api.tree.refresh(container);
    return tasksOf(fx.api, container);
  };

  it('a row rebuilt by a refresh during the DELETE still shows "Deleting…", offers no delete, and sends no second DELETE', async () => {
    const [task] = await tasksOf(fx.api, await fx.containerOf('kafka'));
    const id = task!.task.id;
    fx.emulator.setFaults([{ method: 'DELETE', taskId: id, action: { kind: 'latency', ms: SLOW_DELETE_MS } }]);
    fx.ui.confirmAnswer(/Delete the task/, true);
    const first = vscode.commands.executeCommand<BulkDeleteSummary<TaskNode>>(DELETE, task);
    await new Promise((r) => setTimeout(r, 200));

    const rebuilt = (await rowsAfterRefresh()).find((t) => t.task.id === id);
    assert.ok(rebuilt, 'the task is still listed while its DELETE is in flight');
    assert.notEqual(rebuilt, task, 'the refresh built a new row');
    const item = rebuilt.getTreeItem();
    assert.equal(item.description, 'Deleting…');
    assert.doesNotMatch(String(item.contextValue), /(^|;)deletable(;|$)/, 'the delete menu item is not offered');
    assert.match(String(item.contextValue), /(^|;)deleting(;|$)/);

    // Asked anyway (a keybinding, another extension): nothing is confirmed or sent again.
    const second = await vscode.commands.executeCommand<BulkDeleteSummary<TaskNode> | undefined>(DELETE, rebuilt);
    assert.equal(second, undefined);
    assert.ok(fx.ui.messages.some((m) => /already being deleted/.test(m.text)), JSON.stringify(fx.ui.messages));

    const summary = await first;
    fx.ui.assertDone();
    assert.equal(summary.deleted, 1);
    assert.deepEqual(deletedTaskIds(fx.emulator), [id], 'exactly one DELETE');
  });

  it('a multi-selection that includes a row being deleted asks for and deletes only the others', async () => {
    const tasks = await tasksOf(fx.api, await fx.containerOf('kafka'));
    const [busy, other] = [tasks[0]!, tasks[1]!];
    fx.emulator.setFaults([{ method: 'DELETE', taskId: busy.task.id, action: { kind: 'latency', ms: SLOW_DELETE_MS } }]);
    fx.ui.confirmAnswer(/Delete the task/, true).confirmAnswer(/Delete the task/, true);
    const first = vscode.commands.executeCommand<BulkDeleteSummary<TaskNode>>(DELETE, busy);
    await new Promise((r) => setTimeout(r, 200));

    const rows = await rowsAfterRefresh();
    const selection = rows.filter((t) => t.task.id === busy.task.id || t.task.id === other.task.id);
    assert.equal(selection.length, 2);
    const summary = await vscode.commands.executeCommand<BulkDeleteSummary<TaskNode>>(DELETE, selection[0], selection);
    await first;
    fx.ui.assertDone();
    assert.equal(summary.outcomes.length, 1, 'only the task not in flight was deleted');
    assert.equal(summary.outcomes[0]!.target.task.id, other.task.id);
    const confirmations = fx.ui.shown.filter((s) => s.startsWith('modal:'));
    assert.ok(confirmations.at(-1)!.includes(other.task.name), 'the second confirmation names the other task');
    assert.deepEqual(deletedTaskIds(fx.emulator).sort(), [busy.task.id, other.task.id].sort(), 'one DELETE each');
  });
});
