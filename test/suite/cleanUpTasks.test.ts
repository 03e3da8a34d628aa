import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CleanupResult } from '../../src/commands/cleanUpTasks';
import { DMS_MAX_TASK_PAGE } from '../../src/services/dms';
import type { TypedConfirmOptions } from '../../src/ui/userInput';
import type { TreeNode } from '../../src/tree/treeNode';
import type { TaskRecord } from '../../emulator/index';
import { deletedTaskIds, emulatorSuite, REGION, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const CLEAN_UP = 'huaweicloudTasks.cleanUpTasks';
const DAY = 86_400_000;
const OLDER_THAN = 'Finished, failed and cancelled tasks older than N days';
const BY_FILTER = 'Tasks matching the current filter';
const FINISHED_DMS = ['SUCCESS', 'FAILED', 'CANCELLED'];
const RUNNING_DMS = ['CREATED', 'EXECUTING'];
/** A clean-up lists tasks at the service's largest page, whatever the tree's page size. */
const WALK_PAGE = DMS_MAX_TASK_PAGE;

/** Scripted prompts that can act just before the typed confirmation (the moment after the preview). */
class HookedInput extends ScriptedUserInput {
  beforeTyped?: (options: TypedConfirmOptions) => void;
  override confirmTyped(options: TypedConfirmOptions): Promise<void> {
    this.beforeTyped?.(options);
    return super.confirmTyped(options);
  }
}

async function documentText(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

/** Task ids listed in a preview document: the indented lines under each instance. */
async function previewIds(uri: vscode.Uri): Promise<string[]> {
  const text = await documentText(uri);
  return text
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim().split(/\s+/)[0]!);
}

describe('cleaning up tasks by rule', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 2, tasks: 15 }, profile: 'cleanup-tests', input: () => new HookedInput() });

  /** The Kafka service node (both instances below it). */
  const kafkaService = async (): Promise<TreeNode> => (await fx.containerOf('kafka')).getParent();
  const kafkaTasks = (): TaskRecord[] => {
    const project = fx.emulator.data.projects[0]!;
    return fx.emulator.data.dmsInstances(project.id, 'kafka').flatMap((i) => fx.emulator.data.tasks(i.id));
  };
  const run = (node: TreeNode | undefined, signal?: AbortSignal) =>
    signal ? fx.api.cleanUp(node, signal) : vscode.commands.executeCommand<CleanupResult | undefined>(CLEAN_UP, node);
  const script = (days: string, mode: 'Preview, then delete' | 'Preview only (dry run)') =>
    fx.ui.pickAnswer(/Clean-up rule/, OLDER_THAN).inputAnswer(/Older than/, days).pickAnswer(/Clean-up mode/, mode);

  it('a dry run previews the matching tasks of every instance and deletes nothing', async () => {
    script('20', 'Preview only (dry run)');
    const result = await run(await kafkaService());
    fx.ui.assertDone();
    assert.ok(result);
    const limit = Date.now() - 20 * DAY;
    const expected = kafkaTasks().filter((t) => ['SUCCESS', 'FAILED', 'CANCELLED'].includes(t.status) && Math.max(t.createdMs, t.updatedMs) < limit);
    assert.ok(expected.length > 2, 'the sample data has old finished tasks');
    assert.deepEqual([...result.previewIds].sort(), expected.map((t) => t.id).sort());
    assert.deepEqual(await previewIds(result.preview), result.previewIds);
    assert.deepEqual(deletedTaskIds(fx.emulator), []);
    assert.ok(fx.ui.messages.some((m) => m.text.startsWith(`Dry run: ${expected.length} tasks would be deleted`)));
  });

  it('deletes exactly the previewed tasks after the typed count, not one that appeared after the preview', async () => {
    // A matching task deleted now and back (emulator reset) after the preview: it must not be touched.
    const container = await fx.containerOf('kafka');
    const late = (await tasksOf(fx.api, container)).find((t) => t.task.state !== 'running' && t.task.createdAt!.getTime() < Date.now() - 30 * DAY)!;
    fx.ui.confirmAnswer(/Delete the task/, true);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', late);
    script('20', 'Preview only (dry run)');
    const dry = await run(await kafkaService());
    const count = dry!.previewIds.length;
    assert.ok(!dry!.previewIds.includes(late.task.id));

    script('20', 'Preview, then delete').typedAnswer(/Confirm deleting/, String(count));
    fx.ui.beforeTyped = () => fx.emulator.reset();
    const result = await run(await kafkaService());
    fx.ui.assertDone();
    const ids = await previewIds(result!.preview);
    assert.equal(ids.length, count);
    assert.deepEqual([...deletedTaskIds(fx.emulator)].sort(), [...ids].sort(), 'the DELETEs sent are the preview');
    assert.ok(!deletedTaskIds(fx.emulator).includes(late.task.id), 'the task that came back after the preview stays');
    assert.equal(result!.summary?.deleted, count);
    const remaining = new Set(kafkaTasks().map((t) => t.id));
    assert.ok(ids.every((id) => !remaining.has(id)) && remaining.has(late.task.id));
    assert.ok(kafkaTasks().some((t) => RUNNING_DMS.includes(t.status)), 'running tasks were left alone');
    assert.ok(fx.ui.messages.some((m) => m.level === 'info' && m.text === `${count} deleted`), JSON.stringify(fx.ui.messages));
  });

  it('leaves a previewed task whose delete is already in flight to that delete, and says so in the summary', async () => {
    script('20', 'Preview only (dry run)');
    const dry = await run(await kafkaService());
    const count = dry!.previewIds.length;
    assert.ok(count > 1);
    const busy = (await tasksOf(fx.api, await fx.containerOf('kafka'))).find((t) => dry!.previewIds.includes(t.task.id));
    assert.ok(busy, 'a previewed task of the first instance has a row');
    const busyId = busy.task.id;
    fx.emulator.clearLog();
    fx.emulator.setFaults([{ method: 'DELETE', taskId: busyId, action: { kind: 'latency', ms: 4000 } }]);
    fx.ui.confirmAnswer(/Delete the task/, true);
    const single = vscode.commands.executeCommand('huaweicloudTasks.deleteTask', busy);
    await new Promise((r) => setTimeout(r, 200));

    script('20', 'Preview, then delete').typedAnswer(/Confirm deleting/, String(count));
    const result = await run(await kafkaService());
    await single;
    fx.ui.assertDone();
    assert.ok(result!.previewIds.includes(busyId), 'the clean-up previewed the task being deleted');
    assert.equal(result!.summary?.deleted, count - 1);
    assert.equal(result!.summary?.leftInFlight, 1);
    assert.equal(deletedTaskIds(fx.emulator).filter((id) => id === busyId).length, 1, 'one DELETE of it, the first one');
    assert.ok(
      fx.ui.messages.some((m) => m.level === 'info' && m.text === `${count - 1} deleted, 1 left to a delete already in progress`),
      JSON.stringify(fx.ui.messages),
    );
  });

  it('judges age by the time the row shows: a check job made long ago but checked recently is not old', async () => {
    const service = (await fx.containerOf('codeartsCheck')).getParent();
    script('30', 'Preview only (dry run)');
    const result = await run(service);
    fx.ui.assertDone();
    // The emulator's times have milliseconds, the CodeArts API's only seconds: tasks at the limit are left out.
    const limit = Date.now() - 30 * DAY;
    const margin = 60_000;
    const finished = (t: TaskRecord): boolean => ['SUCCESS', 'FAILED', 'STOPPED'].includes(t.status);
    const shown = (t: TaskRecord): number => Math.max(t.createdMs, t.updatedMs);
    const tasks = fx.emulator.data.codeArtsProjects(REGION).flatMap((p) => fx.emulator.data.tasks(p.id));
    const checkedRecently = tasks.filter((t) => finished(t) && t.createdMs < limit - margin && shown(t) > limit + margin);
    const old = tasks.filter((t) => finished(t) && shown(t) < limit - margin);
    assert.ok(checkedRecently.length > 0 && old.length > 0, 'the sample data has old jobs checked recently and long ago');
    const previewed = new Set(result!.previewIds);
    assert.deepEqual(checkedRecently.filter((t) => previewed.has(t.id)).map((t) => t.id), [], 'no job checked recently is taken');
    assert.deepEqual(old.filter((t) => !previewed.has(t.id)).map((t) => t.id), [], 'every job last checked before the limit is taken');
  });

  describe('by the current filter', () => {
    afterEach(() => fx.api.filter.set({}));
    const scriptByFilter = (mode: 'Preview, then delete' | 'Preview only (dry run)') => fx.ui.pickAnswer(/Clean-up rule/, BY_FILTER).pickAnswer(/Clean-up mode/, mode);

    it('takes only finished, failed and cancelled tasks, never another status such as DMS DELETED, and says so', async () => {
      await fx.api.filter.set({ olderThanDays: 0 });
      scriptByFilter('Preview only (dry run)');
      const result = await run(await kafkaService());
      fx.ui.assertDone();
      const tasks = kafkaTasks();
      assert.ok(tasks.some((t) => t.status === 'DELETED'), 'the sample data has DMS tasks in the DELETED state');
      const expected = tasks.filter((t) => FINISHED_DMS.includes(t.status)).map((t) => t.id);
      assert.deepEqual([...result!.previewIds].sort(), [...expected].sort());
      const text = await documentText(result!.preview);
      assert.ok(text.includes('Only tasks in these states are deleted: finished, failed, cancelled. Other and unknown statuses are left alone.'), text);
      assert.ok(!text.includes('running tasks'), text);
    });

    it('warns in the preview and the typed confirmation when the filter names the running state', async () => {
      await fx.api.filter.set({ states: ['running', 'failed'] });
      const running = kafkaTasks().filter((t) => RUNNING_DMS.includes(t.status));
      const chosen = [...running, ...kafkaTasks().filter((t) => t.status === 'FAILED')];
      assert.ok(running.length > 1, 'the sample data has running tasks');
      let typed: TypedConfirmOptions | undefined;
      fx.ui.beforeTyped = (options) => (typed = options);
      scriptByFilter('Preview, then delete').typedAnswer(/Confirm deleting/, String(chosen.length));
      const result = await run(await kafkaService());
      fx.ui.assertDone();
      const text = await documentText(result!.preview);
      assert.ok(text.includes('Only tasks in these states are deleted: running, failed.'), text);
      assert.ok(text.includes('Warning: the rule includes running tasks. A task that is being executed cannot be viewed after being deleted.'), text);
      assert.ok(typed?.prompt?.includes(`${running.length} of them are still running`), typed?.prompt);
      assert.deepEqual([...deletedTaskIds(fx.emulator)].sort(), chosen.map((t) => t.id).sort());
    });
  });

  it('from the palette picks the scope level by level', async () => {
    const container = await fx.containerOf('kafka');
    fx.ui.pickAnswer(/Profile to clean up/, 'cleanup-tests')
      .pickAnswer(/Project to clean up/, (l) => l.startsWith('cn-'))
      .pickAnswer(/Service to clean up/, 'DMS for Kafka')
      .pickAnswer(/Instance to clean up/, container.container.name);
    script('20', 'Preview only (dry run)');
    const result = await run(undefined);
    fx.ui.assertDone();
    const own = new Set(fx.emulator.data.tasks(container.container.id).map((t) => t.id));
    assert.ok(result!.previewIds.length > 0 && result!.previewIds.every((id) => own.has(id)));
  });

  it('cancelling in the middle leaves the rest', async () => {
    const config = vscode.workspace.getConfiguration('huaweicloudTasks');
    await config.update('concurrency', 1, vscode.ConfigurationTarget.Global);
    const abort = new AbortController();
    let deleted = 0;
    const tap = fx.api.log.onDidWrite((line) => {
      if (/\] deleted task /.test(line) && ++deleted === 3) abort.abort();
    });
    try {
      script('0', 'Preview only (dry run)');
      const total = (await run(await kafkaService()))!.previewIds.length;
      script('0', 'Preview, then delete').typedAnswer(/Confirm deleting/, String(total));
      const result = await run(await kafkaService(), abort.signal);
      fx.ui.assertDone();
      const summary = result!.summary!;
      assert.ok(summary.deleted >= 3 && summary.skipped > 0, JSON.stringify({ deleted: summary.deleted, skipped: summary.skipped }));
      assert.equal(summary.deleted + summary.skipped + summary.failed + summary.alreadyGone, total);
      const sent = new Set(deletedTaskIds(fx.emulator));
      const skipped = summary.outcomes.filter((o) => o.status === 'skipped').map((o) => o.target.task.id);
      assert.ok(skipped.every((id) => !sent.has(id)), 'nothing was sent for the skipped tasks');
      const remaining = new Set(kafkaTasks().map((t) => t.id));
      assert.ok(skipped.every((id) => remaining.has(id)), 'the skipped tasks are still there');
      assert.ok(fx.ui.messages.some((m) => m.text.includes('not attempted (cancelled)')));
    } finally {
      tap.dispose();
      await config.update('concurrency', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('cleaning up when a level cannot be listed in full', () => {
  // The tree pages by five, so a service's six instances take two pages; a clean-up walks tasks at the
  // service's largest page, so an instance has three tasks more than that for a page 2.
  const fx = emulatorSuite({
    emulator: { projects: 1, instances: 6, tasks: WALK_PAGE + 3 },
    profile: 'cleanup-partial',
    settings: { pageSize: 5 },
    input: () => new HookedInput(),
  });
  const PROFILE = 'cleanup-partial';
  const KAFKA = `${PROFILE} / ${REGION} / DMS for Kafka`;
  const PARTLY_RULE = /Tasks of partly listed instances/;

  const kafkaService = async (): Promise<TreeNode> => (await fx.containerOf('kafka')).getParent();
  const kafkaInstances = () => fx.emulator.data.dmsInstances(fx.emulator.data.projects[0]!.id, 'kafka');
  const run = (node: TreeNode) => vscode.commands.executeCommand<CleanupResult | undefined>(CLEAN_UP, node);
  const olderThan = (days: string, mode: 'Preview, then delete' | 'Preview only (dry run)') =>
    fx.ui.pickAnswer(/Clean-up rule/, OLDER_THAN).inputAnswer(/Older than/, days).pickAnswer(/Clean-up mode/, mode);
  /** The instance's task list fails from page 2 on (401, as after the clock moved mid-walk). */
  const failTaskPage2 = (instanceId: string): void =>
    fx.emulator.setFaults([{ service: 'dms', method: 'GET', path: `/instances/${instanceId}/tasks$`, query: { start: '^(?!1$)' }, action: { kind: 'status', status: 401 } }]);
  const deletesTo = (instanceId: string): string[] => fx.emulator.log().filter((e) => e.method === 'DELETE' && e.path.includes(`/instances/${instanceId}/tasks/`)).map((e) => e.path);
  /** What "older than 0 days" takes: finished, and shown (last updated) before now. */
  const oldAndFinished = (t: TaskRecord, finished = FINISHED_DMS): boolean => finished.includes(t.status) && Math.max(t.createdMs, t.updatedMs) < Date.now();
  /** The matching tasks of an instance's first page, as the emulator lists them. */
  const firstPageMatches = (instanceId: string): string[] => fx.emulator.data.tasks(instanceId).slice(0, WALK_PAGE).filter((t) => oldAndFinished(t)).map((t) => t.id);

  it('names an instance that could not be listed, by its display name, in the preview and in "No task matches"', async () => {
    const [broken] = kafkaInstances();
    fx.emulator.setFaults([{ service: 'dms', method: 'GET', path: `/instances/${broken!.id}/tasks$`, action: { kind: 'status', status: 403 } }]);
    olderThan('3650', 'Preview only (dry run)');
    const result = await run(await kafkaService());
    fx.ui.assertDone();
    assert.deepEqual(result!.previewIds, []);
    const name = `${KAFKA} / ${broken!.name}`;
    assert.ok((await documentText(result!.preview)).includes(`- ${name}: not listed (Permission denied (HTTP 403`));
    const message = fx.ui.messages.at(-1)!;
    assert.equal(message.level, 'warn');
    assert.equal(message.text, `No task matches the clean-up rule. Not fully listed, see the log: ${name} (not listed).`);
  });

  it('names the profile when a 401 from a skewed clock stops it from being listed at all', async () => {
    const profile = fx.api.tree.profileNodes().find((p) => p.profile.id === fx.profileId)!;
    fx.emulator.setClockOffset(20 * 60_000);
    olderThan('30', 'Preview only (dry run)');
    const result = await run(profile);
    fx.ui.assertDone();
    assert.ok((await documentText(result!.preview)).includes(`- ${PROFILE}: not listed (Authentication failed: this computer's clock is more than 15 minutes off)`));
    assert.equal(fx.ui.messages.at(-1)!.text, `No task matches the clean-up rule. Not fully listed, see the log: ${PROFILE} (not listed).`);
  });

  it('marks an instance whose task list fails on page 2 as partly listed and, by default, sends no DELETE to it', async () => {
    const [partly, ...others] = kafkaInstances();
    failTaskPage2(partly!.id);
    const complete = others.flatMap((i) => fx.emulator.data.tasks(i.id)).filter((t) => oldAndFinished(t)).map((t) => t.id);
    const firstPage = firstPageMatches(partly!.id);
    assert.ok(firstPage.length > 0, 'its first page has tasks the rule takes');
    olderThan('0', 'Preview, then delete').pickAnswer(PARTLY_RULE, 'Leave them out').typedAnswer(/Confirm deleting/, String(complete.length));
    const result = await run(await kafkaService());
    fx.ui.assertDone();
    const text = await documentText(result!.preview);
    assert.ok(text.includes(`- ${KAFKA} / ${partly!.name}: partly listed: ${WALK_PAGE} tasks looked at before page 2 failed (`), text);
    assert.ok(text.includes(`(${partly!.id}) · ${REGION}: ${firstPage.length} tasks (partly listed: ${WALK_PAGE} tasks looked at before page 2 failed)`), text);
    assert.deepEqual(deletesTo(partly!.id), [], 'no DELETE went to the partly listed instance');
    assert.deepEqual([...deletedTaskIds(fx.emulator)].sort(), [...complete].sort(), 'the fully listed instances were cleaned up');
    const summary = fx.ui.messages.at(-1)!;
    assert.equal(summary.level, 'warn');
    assert.equal(summary.text, `${complete.length} deleted. Not fully listed, see the log: ${KAFKA} / ${partly!.name} (partly listed).`);
  });

  it('deletes what matched on the first page of a partly listed instance only when the person includes it', async () => {
    const [partly] = kafkaInstances();
    const expected = firstPageMatches(partly!.id);
    assert.ok(expected.length > 0, 'its first page has tasks the rule takes');
    failTaskPage2(partly!.id);
    const dry = await (async () => {
      olderThan('0', 'Preview only (dry run)');
      return run(await kafkaService());
    })();
    const count = dry!.previewIds.length;
    olderThan('0', 'Preview, then delete').pickAnswer(PARTLY_RULE, 'Include them').typedAnswer(/Confirm deleting/, String(count));
    await run(await kafkaService());
    fx.ui.assertDone();
    const sent = deletesTo(partly!.id).map((p) => p.split('/').pop()!);
    assert.deepEqual([...sent].sort(), [...expected].sort());
  });

  it('goes on with the other services and the listed instances when a service\'s instance list fails on page 2', async () => {
    const profile = fx.api.tree.profileNodes().find((p) => p.profile.id === fx.profileId)!;
    fx.emulator.setFaults([{ service: 'dms', method: 'GET', path: '/instances$', query: { engine: '^kafka$', offset: '^(?!0$)' }, action: { kind: 'status', status: 403 } }]);
    olderThan('0', 'Preview only (dry run)');
    const result = await run(profile);
    fx.ui.assertDone();
    const text = await documentText(result!.preview);
    assert.ok(text.includes(`- ${KAFKA}: partly listed: 5 instances looked at before page 2 failed (Permission denied (HTTP 403`), text);
    const project = fx.emulator.data.projects[0]!.id;
    const previewed = new Set(result!.previewIds);
    const listedKafka = kafkaInstances().slice(0, 5);
    for (const instance of [...fx.emulator.data.dcsInstances(project), ...fx.emulator.data.dmsInstances(project, 'rocketmq'), ...listedKafka]) {
      const expected = fx.emulator.data.tasks(instance.id).filter((t) => oldAndFinished(t, instance.kind === 'dcs' ? ['SUCCESS', 'FAILED'] : FINISHED_DMS));
      assert.ok(expected.every((t) => previewed.has(t.id)), `the tasks of ${instance.name} are in the preview`);
    }
    assert.ok(fx.ui.messages.at(-1)!.text.endsWith(`Not fully listed, see the log: ${KAFKA} (partly listed).`), fx.ui.messages.at(-1)!.text);
  });
});
