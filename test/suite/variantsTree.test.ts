/**
 * The tree and bulk delete against every server variant (emulator/variants.ts): where the documents and the
 * SDKs disagree on paging, an instance of three pages shows every task once, through "Load more…", and a
 * multi-selection of all of them, or a clean-up by rule, deletes each exactly once. A server that ignores paging ends the list with
 * a row that says so, never a silent cut.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { VARIANT_NAMES } from '../../emulator/variants';
import type { CleanupResult } from '../../src/commands/cleanUpTasks';
import { DMS_MAX_TASK_PAGE } from '../../src/services/dms';
import type { BulkDeleteSummary } from '../../src/deletion/bulkDelete';
import type { TaskLocation } from '../../src/model/location';
import type { ContainerNode } from '../../src/tree/containerNode';
import type { TreeNode } from '../../src/tree/treeNode';
import { deletedTaskIds, emulatorSuite, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const PAGE = 3;
const TASKS = 9;
const SERVICES = ['kafka', 'dcs', 'codeartsCheck'] as const;

/** Clicks "Load more…" until the level has no more; bounded, so a server that repeats pages cannot loop the test. */
async function loadEverything(api: Parameters<typeof tasksOf>[0], container: ContainerNode): Promise<TreeNode[]> {
  for (let i = 0; i < 10; i++) {
    const rows = await api.tree.getChildren(container);
    if (!rows.some((r) => r.id.endsWith('/more'))) return rows;
    await container.loadMore();
  }
  assert.fail('"Load more…" never ended');
}

for (const variant of VARIANT_NAMES.filter((v) => v !== 'ignore-paging')) {
  // A clean-up walks at the service's largest page, not the tree's: three of its pages take more tasks.
  describe(`server variant "${variant}": a clean-up by rule`, () => {
    const fx = emulatorSuite({
      emulator: { projects: 1, instances: 1, tasks: 2 * DMS_MAX_TASK_PAGE + TASKS, variant },
      profile: `walk-${variant}`,
      input: () => new ScriptedUserInput(),
    });

    it('kafka: deletes every matching task of all three walk pages, each once', async () => {
      const container = await fx.containerOf('kafka');
      const tasks = fx.emulator.data.tasks(container.container.id);
      const finished = tasks.filter((t) => ['SUCCESS', 'FAILED', 'CANCELLED'].includes(t.status) && Math.max(t.createdMs, t.updatedMs) < Date.now()).map((t) => t.id);
      assert.ok(tasks.slice(2 * DMS_MAX_TASK_PAGE).some((t) => finished.includes(t.id)), 'matches on the third page');
      fx.ui
        .pickAnswer(/Clean-up rule/, 'Finished, failed and cancelled tasks older than N days')
        .inputAnswer(/Older than/, '0')
        .pickAnswer(/Clean-up mode/, 'Preview, then delete')
        .typedAnswer(/Confirm deleting/, String(finished.length));
      const result = await vscode.commands.executeCommand<CleanupResult>('huaweicloudTasks.cleanUpTasks', container);
      fx.ui.assertDone();
      assert.deepEqual([...result.previewIds].sort(), [...finished].sort());
      assert.deepEqual(deletedTaskIds(fx.emulator).sort(), [...finished].sort(), 'one DELETE for each, none for another task');
    });
  });
}

for (const variant of VARIANT_NAMES) {
  describe(`server variant "${variant}": the tree and bulk delete`, () => {
    const fx = emulatorSuite({
      emulator: { projects: 1, instances: 1, tasks: TASKS, variant },
      profile: `tree-${variant}`,
      settings: { pageSize: PAGE },
      input: () => new ScriptedUserInput(),
    });

    for (const service of SERVICES) {
      if (variant === 'ignore-paging') {
        it(`${service}: the first page, then a row saying the service ignored paging`, async () => {
          const container = await fx.containerOf(service);
          const rows = await loadEverything(fx.api, container);
          assert.equal(rows.filter((r) => r.id.includes('/task/')).length, PAGE);
          const notice = rows.find((r) => r.id.endsWith('/pagingIgnored'));
          assert.ok(notice, rows.map((r) => r.id).join(', '));
          assert.match(String(notice.getTreeItem().label), /^The service ignored paging: 3 of 9 are listed$/);
        });
        continue;
      }

      it(`${service}: every task of three pages is shown once, and deleting them all sends one DELETE each`, async () => {
        const container = await fx.containerOf(service);
        await loadEverything(fx.api, container);
        const tasks = await tasksOf(fx.api, container);
        const ids = tasks.map((t) => t.task.id);
        assert.deepEqual([...ids].sort(), fx.emulator.data.tasks(container.container.id).map((t) => t.id).sort());
        assert.equal(new Set(ids).size, ids.length, 'no task twice');

        fx.ui.confirmAnswer(/Delete 9 tasks/, true);
        await vscode.workspace.getConfiguration('huaweicloudTasks').update('confirmationThreshold', 100, vscode.ConfigurationTarget.Global);
        try {
          const summary = await vscode.commands.executeCommand<BulkDeleteSummary<TaskLocation>>('huaweicloudTasks.deleteTask', tasks[0], tasks);
          fx.ui.assertDone();
          assert.equal(summary.deleted, TASKS);
        } finally {
          await vscode.workspace.getConfiguration('huaweicloudTasks').update('confirmationThreshold', undefined, vscode.ConfigurationTarget.Global);
        }
        assert.deepEqual(deletedTaskIds(fx.emulator).sort(), [...ids].sort());
      });
    }
  });
}
