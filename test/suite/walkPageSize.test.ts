/**
 * Walks read each service's largest page, whatever the tree's page size: a clean-up and the delete picker
 * list 1,000 DCS tasks a request (100 DMS or CodeArts), not the 3 a row of this suite pages by.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CHECK_MAX_PAGE } from '../../src/services/codeartsCheck';
import { DCS_MAX_PAGE } from '../../src/services/dcs';
import { DMS_MAX_TASK_PAGE } from '../../src/services/dms';
import type { ContainerNode } from '../../src/tree/containerNode';
import { CANCEL, ScriptedUserInput } from './scriptedUserInput';
import { emulatorSuite, REGION } from './extensionFixture';

const PAGE = 3;
const MAXIMA: ReadonlyArray<[string, number]> = [
  ['dcs', DCS_MAX_PAGE],
  ['kafka', DMS_MAX_TASK_PAGE],
  ['codeartsCheck', CHECK_MAX_PAGE],
];

describe('walks page at the service maximum', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 9 }, profile: 'walk-tests', settings: { pageSize: PAGE }, input: () => new ScriptedUserInput() });

  /** The `limit` of each task-list request for this instance (or CodeArts project), in order. */
  const limitsSent = (container: ContainerNode): number[] =>
    fx.emulator
      .log()
      .filter((e) => e.method === 'GET' && e.path.includes(`/${container.container.id}/`) && /\/tasks$/.test(e.path.split('?')[0]!))
      .map((e) => Number(e.query['limit']?.[0]));

  for (const [service, max] of MAXIMA) {
    it(`a clean-up of a ${service} instance asks for ${max} tasks a page`, async () => {
      const container = await fx.containerOf(service);
      fx.emulator.clearLog();
      fx.ui
        .pickAnswer(/Clean-up rule/, 'Finished, failed and cancelled tasks older than N days')
        .inputAnswer(/Older than/, '1')
        .pickAnswer(/Clean-up mode/, 'Preview only (dry run)');
      await vscode.commands.executeCommand('huaweicloudTasks.cleanUpTasks', container);
      fx.ui.assertDone();
      const limits = limitsSent(container);
      assert.ok(limits.length > 0, 'the walk listed the tasks');
      assert.deepEqual(new Set(limits), new Set([max]), `limits sent: ${limits.join(', ')}`);
    });
  }

  it('the delete picker loads the pages after the first at the service maximum', async () => {
    const container = await fx.containerOf('kafka');
    fx.emulator.clearLog();
    fx.ui
      .pickAnswer(/Profile/, 'walk-tests')
      .pickAnswer(/Project/, REGION)
      .pickAnswer(/Service/, 'DMS for Kafka')
      .pickAnswer(/Instance/, container.container.name)
      .pickManyAnswer(/Tasks to delete/, CANCEL);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask');
    // The first page is the tree's own (the instance row shows it); the rest come in one request.
    assert.deepEqual(limitsSent(container), [PAGE, DMS_MAX_TASK_PAGE]);
  });
});
