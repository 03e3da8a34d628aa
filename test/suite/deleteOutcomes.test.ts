/**
 * The outcome of a delete, end to end over HTTP: each answer the cloud (or something in between) can give
 * to a DELETE, through the real command, to the summary, the outcome list and the deletion history. Only
 * the service's own "does not exist" answer counts as already gone; a 2xx that is not the service's answer
 * (an HTML page) is not a confirmed delete.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FaultAction } from '../../emulator/index';
import type { BulkDeleteSummary } from '../../src/deletion/bulkDelete';
import type { TaskNode } from '../../src/tree/taskNode';
import { deletedTaskIds, emulatorSuite, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const DELETE = 'huaweicloudTasks.deleteTask';

const PORTAL = '<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body><form action="/login"></form></body></html>';

interface Row {
  readonly answer: string;
  readonly service: 'dcs' | 'kafka' | 'codeartsCheck';
  /** Replaces the DELETE's answer; without it the emulator answers as the service does. */
  readonly fault?: FaultAction;
  /** Deletes the task once before, so the DELETE under test meets the service's own "not found". */
  readonly deletedBefore?: boolean;
  readonly outcome: 'deleted' | 'alreadyGone' | 'failed' | 'unconfirmed';
  /** What the summary must say of it. */
  readonly summary: RegExp;
}

const ROWS: readonly Row[] = [
  { answer: '204, no body (DMS)', service: 'kafka', outcome: 'deleted', summary: /^1 deleted$/ },
  { answer: '200 {"message":""} (DCS)', service: 'dcs', outcome: 'deleted', summary: /^1 deleted$/ },
  { answer: '200 null (CodeArts Check)', service: 'codeartsCheck', outcome: 'deleted', summary: /^1 deleted$/ },
  { answer: "404 with DMS's not-found code", service: 'kafka', deletedBefore: true, outcome: 'alreadyGone', summary: /^1 deleted \(1 was already gone\)$/ },
  { answer: "404 with DCS's not-found code", service: 'dcs', deletedBefore: true, outcome: 'alreadyGone', summary: /^1 deleted \(1 was already gone\)$/ },
  {
    answer: '404 APIGW.0101 (the gateway: API does not exist)',
    service: 'dcs',
    fault: { kind: 'status', status: 404, errorCode: 'APIGW.0101', errorMsg: 'The API does not exist or has not been published in the environment' },
    outcome: 'failed',
    summary: /^0 deleted, 1 failed$/,
  },
  { answer: '404 without an error code', service: 'kafka', fault: { kind: 'raw', status: 404, contentType: 'application/json', text: '{}' }, outcome: 'failed', summary: /^0 deleted, 1 failed$/ },
  { answer: '404 HTML page', service: 'dcs', fault: { kind: 'html', status: 404 }, outcome: 'failed', summary: /^0 deleted, 1 failed$/ },
  {
    answer: '404 DCS.4001, "URL does not exist" (service-coded)',
    service: 'dcs',
    fault: { kind: 'status', status: 404, errorCode: 'DCS.4001', errorMsg: 'URL does not exist.' },
    outcome: 'failed',
    summary: /^0 deleted, 1 failed$/,
  },
  {
    answer: '200 HTML page (a captive portal or proxy)',
    service: 'kafka',
    fault: { kind: 'raw', status: 200, contentType: 'text/html', text: PORTAL },
    outcome: 'unconfirmed',
    summary: /^0 deleted, 1 not confirmed/,
  },
];

describe('the outcome of a delete, for every answer', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 6 }, profile: 'outcome-tests', input: () => new ScriptedUserInput() });

  const firstTask = async (service: Row['service']): Promise<TaskNode> => {
    const tasks = await tasksOf(fx.api, await fx.containerOf(service));
    const task = tasks.find((t) => t.task.state !== 'running') ?? tasks[0];
    assert.ok(task, `no task under ${service}`);
    return task;
  };

  /** Deletes the task through the command, then forgets the request: the node stays, as a second window's would. */
  const deleteOnce = async (task: TaskNode): Promise<void> => {
    fx.ui.confirmAnswer(/Delete the .*task/, true);
    await vscode.commands.executeCommand(DELETE, task);
    fx.emulator.clearLog();
    fx.ui.messages.length = 0;
  };

  for (const row of ROWS) {
    it(`${row.answer} → ${row.outcome}, in the summary, the outcome and the history`, async () => {
      const task = await firstTask(row.service);
      const id = task.task.id;
      if (row.deletedBefore) await deleteOnce(task);
      if (row.fault) fx.emulator.setFaults([{ method: 'DELETE', taskId: id, action: row.fault }]);
      fx.ui.confirmAnswer(/Delete the .*task/, true);
      const summary = await vscode.commands.executeCommand<BulkDeleteSummary<TaskNode>>(DELETE, task);
      fx.ui.assertDone();

      assert.deepEqual(deletedTaskIds(fx.emulator), [id], 'exactly one DELETE went out');
      assert.equal(summary.outcomes.length, 1);
      assert.equal(summary.outcomes[0]!.status, row.outcome);
      const message = fx.ui.messages.at(-1);
      assert.ok(message, 'a summary was shown');
      assert.match(message.text, row.summary);
      assert.equal(message.level, row.outcome === 'deleted' || row.outcome === 'alreadyGone' ? 'info' : 'warn');
      if (row.outcome === 'unconfirmed') assert.match(message.text, /proxy|portal/i, 'the summary names the likely cause');

      const records = (await fx.api.history.list()).filter((r) => r.taskId === id);
      assert.equal(records.at(-1)?.result, row.outcome, JSON.stringify(records));
    });
  }

  it('a multi-selection tallies each answer by the same rule', async () => {
    const [dcs, kafka] = [await firstTask('dcs'), await firstTask('kafka')];
    fx.emulator.setFaults([{ method: 'DELETE', taskId: dcs.task.id, action: { kind: 'status', status: 404, errorCode: 'APIGW.0101' } }]);
    await deleteOnce(kafka);
    fx.ui.confirmAnswer(/Delete 2 tasks/, true);
    const summary = await vscode.commands.executeCommand<BulkDeleteSummary<TaskNode>>(DELETE, dcs, [dcs, kafka]);
    fx.ui.assertDone();
    const byId = new Map(summary.outcomes.map((o) => [o.target.task.id, o.status]));
    assert.equal(byId.get(dcs.task.id), 'failed', 'a gateway 404 is never "already gone"');
    assert.equal(byId.get(kafka.task.id), 'alreadyGone');
  });
});
