import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BulkDeleteSummary } from '../../src/deletion/bulkDelete';
import type { TaskNode } from '../../src/tree/taskNode';
import { deletedTaskIds, emulatorSuite, REGION, tasksOf } from './extensionFixture';
import { CANCEL, ScriptedUserInput } from './scriptedUserInput';

const DELETE = 'huaweicloudTasks.deleteTask';

describe('deleting tasks', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 8 }, profile: 'delete-tests', input: () => new ScriptedUserInput() });

  const kafkaTasks = async (): Promise<TaskNode[]> => tasksOf(fx.api, await fx.containerOf('kafka'));
  const run = (node?: TaskNode, selected?: TaskNode[]) =>
    vscode.commands.executeCommand<BulkDeleteSummary<TaskNode> | undefined>(DELETE, node, selected);

  it('deletes one confirmed task, naming it, its instance, service and region', async () => {
    const [task] = await kafkaTasks();
    fx.ui.confirmAnswer(/Delete the task/, true);
    const summary = await run(task!);
    fx.ui.assertDone();
    assert.equal(summary?.deleted, 1);
    assert.deepEqual(deletedTaskIds(fx.emulator), [task!.task.id]);
    const modal = fx.ui.shown.find((s) => s.startsWith('modal:'))!;
    for (const part of [task!.task.name, task!.parent.container.name, 'DMS for Kafka', 'CN North-Beijing4']) assert.ok(modal.includes(part), part);
    assert.ok(!(await kafkaTasks()).some((t) => t.task.id === task!.task.id), 'the instance was refreshed');
  });

  it('warns about a running task before deleting it', async () => {
    const running = (await kafkaTasks()).find((t) => t.task.state === 'running');
    assert.ok(running, 'the sample data has a running task');
    fx.ui.confirmAnswer(/Delete the task/, false);
    await run(running);
    fx.ui.assertDone();
    assert.ok(fx.ui.shown.some((s) => s.includes('a task that is being executed cannot be viewed after being deleted')));
  });

  it('warns about a CodeArts Check task whose check is running before deleting it', async () => {
    const running = (await tasksOf(fx.api, await fx.containerOf('codeartsCheck'))).find((t) => t.task.state === 'running');
    assert.ok(running, 'the sample data has a check in progress');
    fx.ui.confirmAnswer(/Delete the CodeArts Check task/, false);
    await run(running);
    fx.ui.assertDone();
    assert.ok(fx.ui.shown.some((s) => s.includes('a task that is being executed cannot be viewed after being deleted')));
    assert.deepEqual(deletedTaskIds(fx.emulator), []);
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const tasks = await kafkaTasks();
    fx.ui.confirmAnswer(/Delete 3 tasks/, false);
    const summary = await run(tasks[0], tasks.slice(0, 3));
    fx.ui.assertDone();
    assert.equal(summary, undefined);
    assert.deepEqual(deletedTaskIds(fx.emulator), []);
    assert.deepEqual(fx.ui.messages, [], 'a cancel is silent');
  });

  it('deletes exactly the multi-selection after one confirmation', async () => {
    const tasks = await kafkaTasks();
    const chosen = tasks.slice(1, 4);
    fx.ui.confirmAnswer(/Delete 3 tasks/, true);
    const summary = await run(chosen[0], chosen);
    fx.ui.assertDone();
    assert.equal(summary?.deleted, 3);
    assert.deepEqual(deletedTaskIds(fx.emulator).sort(), chosen.map((t) => t.task.id).sort());
    assert.ok(fx.ui.messages.some((m) => m.level === 'info' && m.text === '3 deleted'));
  });

  it('asks for a typed confirmation above the threshold and sends nothing on a wrong answer', async () => {
    const config = vscode.workspace.getConfiguration('huaweicloudTasks');
    await config.update('confirmationThreshold', 2, vscode.ConfigurationTarget.Global);
    try {
      const tasks = (await kafkaTasks()).slice(0, 3);
      fx.ui.confirmAnswer(/Delete 3 tasks/, true).typedAnswer(/Confirm deleting 3 tasks/, '2');
      await run(tasks[0], tasks);
      fx.ui.confirmAnswer(/Delete 3 tasks/, true).typedAnswer(/Confirm deleting 3 tasks/, '3');
      const summary = await run(tasks[0], tasks);
      fx.ui.assertDone();
      assert.equal(summary?.deleted, 3);
      assert.deepEqual(deletedTaskIds(fx.emulator).sort(), tasks.map((t) => t.task.id).sort());
    } finally {
      await config.update('confirmationThreshold', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('continues past a failure and reports it in one summary', async () => {
    const tasks = (await kafkaTasks()).slice(0, 3);
    const failing = tasks[1]!.task.id;
    fx.emulator.setFaults([{ method: 'DELETE', taskId: failing, action: { kind: 'status', status: 500 } }]);
    fx.ui.confirmAnswer(/Delete 3 tasks/, true);
    const summary = await run(tasks[0], tasks);
    fx.ui.assertDone();
    assert.equal(summary?.deleted, 2);
    assert.equal(summary?.failed, 1);
    assert.deepEqual(new Set(deletedTaskIds(fx.emulator)), new Set(tasks.map((t) => t.task.id)));
    const remaining = (await kafkaTasks()).map((t) => t.task.id);
    assert.ok(remaining.includes(failing) && !remaining.includes(tasks[0]!.task.id));
    assert.ok(fx.ui.messages.some((m) => m.level === 'warn' && m.text.startsWith('2 deleted, 1 failed')), JSON.stringify(fx.ui.messages));
  });

  it('counts a task that is already gone (404) as deleted', async () => {
    const [task] = await kafkaTasks();
    fx.ui.confirmAnswer(/Delete the task/, true).confirmAnswer(/Delete the task/, true);
    await run(task!);
    // The stale node still points at the deleted task, as a second window's tree would.
    const summary = await run(task!);
    fx.ui.assertDone();
    assert.equal(summary?.alreadyGone, 1);
    assert.equal(summary?.failed, 0);
    assert.deepEqual(deletedTaskIds(fx.emulator), [task!.task.id, task!.task.id]);
    assert.equal(fx.emulator.log().filter((e) => e.method === 'DELETE')[1]?.status, 404);
  });

  it('from the palette walks profile → project → service → instance → tasks', async () => {
    const tasks = await kafkaTasks();
    const wanted = new Set(tasks.slice(0, 2).map((t) => t.task.id));
    const containerName = tasks[0]!.parent.container.name;
    fx.ui.pickAnswer(/Profile/, 'delete-tests')
      .pickAnswer(/Project/, REGION)
      .pickAnswer(/Service/, 'DMS for Kafka')
      .pickAnswer(/Instance/, containerName)
      .pickManyAnswer(/Tasks to delete/, (_label, i) => i < 2)
      .confirmAnswer(/Delete 2 tasks/, true);
    const summary = await run();
    fx.ui.assertDone();
    assert.equal(summary?.deleted, 2);
    assert.deepEqual(new Set(deletedTaskIds(fx.emulator)), wanted);
  });

  it('sends nothing when the palette walk is cancelled', async () => {
    fx.ui.pickAnswer(/Profile/, CANCEL);
    await run();
    fx.ui.assertDone();
    assert.deepEqual(deletedTaskIds(fx.emulator), []);
  });
});
