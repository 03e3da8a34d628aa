import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index';
import { DeletionHistory } from '../../src/history/historyStore';
import type { ExtensionTestApi } from '../../src/testApi';
import { addEmulatorProfile, containerOf, tasksOf, testApi } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

describe('deletion history', () => {
  let emulator: Emulator;
  let api: ExtensionTestApi;
  let profileId: string;
  let scratch: string;

  before(async () => {
    emulator = await startEmulator({ projects: 1, instances: 1, tasks: 6 });
    api = await testApi();
    profileId = await addEmulatorProfile(api, emulator, 'history-tests');
    scratch = mkdtempSync(join(tmpdir(), 'hwc-history-export-'));
  });

  after(async () => {
    await api.store.remove(profileId);
    await emulator.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('records a delete with its request id, survives a reload, exports, and holds no keys', async () => {
    const container = await containerOf(api, profileId, 'dcs', emulator);
    const [task] = await tasksOf(api, container);
    const ui = new ScriptedUserInput().confirmAnswer(/Delete the task/, true);
    api.setUserInput(ui);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', task);
    const requestId = emulator.log().find((e) => e.method === 'DELETE')!.requestId;

    // Writes are queued; listing waits for them, as a window does before it closes.
    assert.ok((await api.history.list()).some((r) => r.taskId === task!.task.id));
    // A reload re-creates the store over the same storage.
    const reloaded = await new DeletionHistory(api.history.directory).list();
    const record = reloaded.find((r) => r.taskId === task!.task.id);
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
    assert.ok(csv.startsWith('time,profile,region,service,') && csv.includes(task!.task.id));
    assert.ok(json.some((r) => r.taskId === task!.task.id));

    const stored = readFileSync(api.history.file, 'utf8');
    for (const [where, content] of [['history file', stored], ['CSV', csv], ['document', text]] as const) {
      for (const secret of [emulator.accessKey, emulator.secretKey]) assert.ok(!content.includes(secret), `a key in the ${where}`);
    }
  });
});
