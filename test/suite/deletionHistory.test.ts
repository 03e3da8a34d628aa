import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { DeletionHistory } from '../../src/history/historyStore';
import { emulatorSuite, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

describe('deletion history', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 6 }, profile: 'history-tests', resetEachTest: false });
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'hwc-history-export-'));
  });

  after(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('records a delete with its request id, survives a reload, exports, and holds no keys', async () => {
    const container = await fx.containerOf('dcs');
    const [task] = await tasksOf(fx.api, container);
    const ui = new ScriptedUserInput().confirmAnswer(/Delete the task/, true);
    fx.api.setUserInput(ui);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', task);
    const requestId = fx.emulator.log().find((e) => e.method === 'DELETE')!.requestId;

    // Writes are queued; listing waits for them, as a window does before it closes.
    assert.ok((await fx.api.history.list()).some((r) => r.taskId === task!.task.id));
    // A reload re-creates the store over the same storage.
    const reloaded = await new DeletionHistory(fx.api.history.directory).list();
    // The newest record of this task id: suites before this one use the same seeded ids.
    const record = reloaded.filter((r) => r.taskId === task!.task.id).at(-1);
    assert.ok(record, 'the reloaded history has the delete');
    assert.deepEqual(
      { profile: record.profile, service: record.service, instanceId: record.instanceId, taskName: record.taskName, result: record.result, requestId: record.requestId },
      { profile: 'history-tests', service: 'dcs', instanceId: container.container.id, taskName: task!.task.name, result: 'deleted', requestId },
    );

    const shown = await vscode.commands.executeCommand<vscode.Uri>('huaweicloudTasks.showDeletionHistory');
    const text = (await vscode.workspace.openTextDocument(shown)).getText();
    assert.ok(text.includes(task!.task.id) && text.includes(requestId));

    ui.pickAnswer(/Export format/, 'Export as CSV…').saveAnswer(/Export the deletion history/, join(scratch, 'history.csv'));
    ui.pickAnswer(/Export format/, 'Export as JSON…').saveAnswer(/Export the deletion history/, join(scratch, 'history.json'));
    await vscode.commands.executeCommand('huaweicloudTasks.exportDeletionHistory');
    await vscode.commands.executeCommand('huaweicloudTasks.exportDeletionHistory');
    ui.assertDone();
    const csv = readFileSync(join(scratch, 'history.csv'), 'utf8');
    const json = JSON.parse(readFileSync(join(scratch, 'history.json'), 'utf8')) as Array<{ taskId: string }>;
    assert.ok(csv.startsWith('\uFEFFtime,profile,region,service,') && csv.includes(task!.task.id));
    assert.ok(json.some((r) => r.taskId === task!.task.id));

    const stored = readFileSync(fx.api.history.file, 'utf8');
    for (const [where, content] of [['history file', stored], ['CSV', csv], ['document', text]] as const) {
      for (const secret of [fx.emulator.accessKey, fx.emulator.secretKey]) assert.ok(!content.includes(secret), `a key in the ${where}`);
    }
  });
});
