import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type FaultAction } from '../../emulator/index';
import type { TreeNode } from '../../src/tree/treeNode';
import { addEmulatorProfile, containerOf, emulatorSuite, REGION } from './extensionFixture';

describe('error and empty rows', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 3 }, profile: 'error-rows' });

  /** The Kafka service node of the profile's project, unexpanded. */
  const kafkaService = async (): Promise<TreeNode> => {
    const profile = fx.api.tree.profileNodes().find((p) => p.profile.id === fx.profileId)!;
    const project = (await fx.api.tree.getChildren(profile)).find((n) => n.getTreeItem().label === REGION)!;
    return (await fx.api.tree.getChildren(project)).find((n) => n.id.endsWith('/service/kafka'))!;
  };

  // The label names the reason, and for HTTP failures the status and the service's code, so the row says what
  // failed without a hover.
  const faults: ReadonlyArray<readonly [string, FaultAction, RegExp, RegExp]> = [
    ['a 500 after every retry', { kind: 'status', status: 500 }, /^The service reported an error \(HTTP 500(, [A-Z]+\.\w+)?\)$/, /HTTP 500/],
    ['a 403', { kind: 'status', status: 403, errorCode: 'DMS.00403000', errorMsg: 'Forbidden' }, /^Permission denied \(HTTP 403, DMS\.00403000\)$/, /HTTP 403/],
    ['a body of the wrong shape', { kind: 'wrongShape', body: { unexpected: true } }, /^Unexpected response from the service$/, /dms\.listInstances|kafka/i],
  ];
  for (const [what, action, reason, detail] of faults) {
    it(`shows ${what} as an error row with the reason, whose click opens the log`, async () => {
      fx.emulator.setFaults([{ service: 'dms', method: 'GET', path: '/instances$', action }]);
      const rows = await fx.api.tree.getChildren(await kafkaService());
      assert.equal(rows.length, 1, rows.map((r) => r.id).join(', '));
      const item = rows[0]!.getTreeItem();
      assert.match(String(item.label), reason);
      assert.match(item.contextValue ?? '', /^error(;|$)/);
      // Every answer of the service carries its request id: the row offers to copy it.
      assert.match(item.contextValue ?? '', what === 'a 403' ? /(^|;)forbiddenError(;|$)/ : /^error(;requestId)?$/);
      assert.match(String(item.tooltip), detail);
      assert.equal(item.command?.command, 'huaweicloudTasks.showLog');
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
      const lists = fx.emulator.log().filter((e) => e.service === 'dms' && e.path.endsWith('/instances'));
      assert.ok(lists.length >= 1 && lists.every((e) => e.fault !== null), 'every listing attempt was failed by the emulator');
    });
  }

  it('counts one task as "1 task" and two as "2 tasks"', async () => {
    for (const tasks of [1, 2]) {
      const small = await startEmulator({ projects: 1, instances: 1, tasks });
      const id = await addEmulatorProfile(fx.api, small, `error-rows-${tasks}`);
      try {
        const container = await containerOf(fx.api, id, 'kafka', small);
        await fx.api.tree.getChildren(container);
        assert.match(String(container.getTreeItem().description), tasks === 1 ? /^1 task · / : /^2 tasks · /);
      } finally {
        await fx.api.store.remove(id);
        await small.stop();
      }
    }
  });

  it('says so when a level is empty', async () => {
    const empty = await startEmulator({ projects: 1, instances: 1, tasks: 0 });
    const id = await addEmulatorProfile(fx.api, empty, 'error-rows-empty');
    try {
      const container = await containerOf(fx.api, id, 'kafka', empty);
      const rows = await fx.api.tree.getChildren(container);
      assert.deepEqual(
        rows.map((r) => [r.getTreeItem().label, r.getTreeItem().contextValue]),
        [['No background tasks', 'empty']],
      );
      assert.match(String(container.getTreeItem().description), /^0 tasks · /);
    } finally {
      await fx.api.store.remove(id);
      await empty.stop();
    }
  });
});
