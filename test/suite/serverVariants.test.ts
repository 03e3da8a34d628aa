/**
 * The extension against server variants (emulator/variants.ts): a clean-up over a service that pages only
 * by `offset` sees every task, and one over a service that ignores paging never takes a partial list for a
 * whole one.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CleanupResult } from '../../src/commands/cleanUpTasks';
import { DMS_MAX_TASK_PAGE } from '../../src/services/dms';
import type { TaskRecord } from '../../emulator/index';
import type { TreeNode } from '../../src/tree/treeNode';
import { deletedTaskIds, emulatorSuite, REGION } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const CLEAN_UP = 'huaweicloudTasks.cleanUpTasks';
const OLDER_THAN = 'Finished, failed and cancelled tasks older than N days';
const FINISHED_DMS = ['SUCCESS', 'FAILED', 'CANCELLED'];
/** A clean-up walks at the service's largest page, so an instance needs more tasks than that for a page 2. */
const WALK_PAGE = DMS_MAX_TASK_PAGE;

function variantSuite(variant: 'sdk' | 'ignore-paging', profile: string) {
  const fx = emulatorSuite({
    emulator: { projects: 1, instances: 2, tasks: WALK_PAGE + 15, variant },
    profile,
    settings: { pageSize: 5 },
    input: () => new ScriptedUserInput(),
  });
  const kafkaService = async (): Promise<TreeNode> => (await fx.containerOf('kafka')).getParent();
  const dryRun = async (): Promise<CleanupResult> => {
    fx.ui.pickAnswer(/Clean-up rule/, OLDER_THAN).inputAnswer(/Older than/, '0').pickAnswer(/Clean-up mode/, 'Preview only (dry run)');
    const result = await vscode.commands.executeCommand<CleanupResult | undefined>(CLEAN_UP, await kafkaService());
    fx.ui.assertDone();
    assert.ok(result);
    return result;
  };
  const finished = (instanceIds: readonly string[], first?: number): string[] =>
    instanceIds
      .flatMap((id) => fx.emulator.data.tasks(id).slice(0, first))
      .filter((t: TaskRecord) => FINISHED_DMS.includes(t.status) && Math.max(t.createdMs, t.updatedMs) < Date.now())
      .map((t) => t.id);
  const kafkaInstances = () => fx.emulator.data.dmsInstances(fx.emulator.data.projects[0]!.id, 'kafka');
  return { fx, dryRun, finished, kafkaInstances };
}

describe('server variants: a DMS that pages only by offset', () => {
  const { fx, dryRun, finished, kafkaInstances } = variantSuite('sdk', 'variant-offset');

  it('previews every matching task of every page, as nothing was left unlisted', async () => {
    const result = await dryRun();
    assert.deepEqual([...result.previewIds].sort(), finished(kafkaInstances().map((i) => i.id)).sort());
    assert.ok(!(await vscode.workspace.openTextDocument(result.preview)).getText().includes('partly listed'));
    assert.equal(fx.ui.messages.at(-1)!.level, 'info');
  });

  it('lists the CodeArts projects of a ProjectMan that takes only X-Project-Id', async () => {
    const container = await fx.containerOf('codeartsCheck');
    assert.equal(container.container.kind, 'codeartsProject');
  });
});

describe('server variants: a service that ignores paging', () => {
  const { fx, dryRun, finished, kafkaInstances } = variantSuite('ignore-paging', 'variant-ignored');

  it('marks each instance partly listed after its first page, and deletes nothing from it unasked', async () => {
    const instances = kafkaInstances();
    const result = await dryRun();
    const text = (await vscode.workspace.openTextDocument(result.preview)).getText();
    for (const i of instances) {
      assert.ok(text.includes(`- variant-ignored / ${REGION} / DMS for Kafka / ${i.name}: partly listed: ${WALK_PAGE} tasks looked at before page 2 failed (`), text);
    }
    assert.deepEqual([...result.previewIds].sort(), finished(instances.map((i) => i.id), WALK_PAGE).sort(), 'only what the first pages held');
    const message = fx.ui.messages.at(-1)!;
    assert.equal(message.level, 'warn');
    assert.match(message.text, /Not fully listed, see the log: .*\(partly listed\)/);
    assert.deepEqual(deletedTaskIds(fx.emulator), []);
  });
});
