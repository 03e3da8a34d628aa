/**
 * Find Tasks walks the whole account into its pick as pages arrive, reveals the chosen task in the tree
 * (loading "Load more…" pages down to it), and stops walking when the pick closes; the view's badge
 * counts the running tasks the tree has loaded.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FindResult } from '../../src/commands/findTasks';
import { taskKey } from '../../src/model/location';
import type { ContainerNode } from '../../src/tree/containerNode';
import { CANCEL, CLOSE_AT_ONCE, ScriptedUserInput } from './scriptedUserInput';
import { emulatorSuite, tasksOf } from './extensionFixture';

const PAGE = 3;
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Find Tasks', () => {
  const fx = emulatorSuite({
    emulator: { projects: 2, instances: 3, tasks: 10, latencyMs: 20 },
    profile: 'find-tests',
    // No running-task refresh: the tests count the requests the walks and reveals send.
    settings: { pageSize: PAGE, runningTaskRefreshSeconds: 0 },
    input: () => new ScriptedUserInput(),
  });

  const taskLists = () => fx.emulator.log().filter((e) => e.method === 'GET' && /\/tasks$/.test(e.path.split('?')[0]!)).length;

  it('finds a task beyond the first page of its instance and reveals it, loading the pages down to it', async () => {
    const container = await fx.containerOf('kafka');
    const firstPage = new Set((await tasksOf(fx.api, container)).map((t) => t.task.id));
    const target = fx.emulator.data.tasks(container.container.id).find((t) => !firstPage.has(t.id));
    assert.ok(target, 'the instance has tasks beyond its first page');
    await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    fx.emulator.clearLog();

    fx.ui.streamingPickAnswer(/Find Tasks/, target.id.slice(-10), (label) => label === target.name);
    const result = await vscode.commands.executeCommand<FindResult>('huaweicloudTasks.findTasks');
    fx.ui.assertDone();

    assert.equal(result.location.task.id, target.id);
    assert.equal(result.revealed, true, 'the reveal resolved');
    assert.ok(fx.ui.streamed.labels.includes(target.name));
    assert.match(fx.ui.streamed.progress.at(-1) ?? '', /^\d+ tasks looked at$/);
    const row = fx.api.tree.ctx.nodes.get(taskKey(result.location));
    assert.ok(row, 'the tree loaded the task row');
    const parent = row.getParent() as ContainerNode;
    assert.equal(parent.id, container.id);
    const loaded = (await fx.api.tree.getChildren(parent)).map((n) => n.id);
    assert.ok(loaded.includes(row.id), 'the row is among its instance rows');
    assert.ok(parent.tasks().length > PAGE, `"Load more…" pages were loaded: ${parent.tasks().length} tasks`);
    // The tree's first page at its size, then the rest at the service's largest: nobody reads the rows between.
    const limits = fx.emulator
      .log()
      .filter((e) => e.method === 'GET' && e.path.endsWith(`/instances/${container.container.id}/tasks`))
      .map((e) => Number(e.query.limit?.[0]));
    const treeReads = limits.filter((l) => l === PAGE);
    assert.equal(treeReads.length, 1, `the reveal read one page at the tree's size: ${limits.join(', ')}`);
    assert.equal(parent.tasks().length, fx.emulator.data.tasks(container.container.id).length, 'the page after it held the rest');
  });

  it('says when the filter hides the task found, and shows it once the filter is cleared from the message', async () => {
    const container = await fx.containerOf('kafka');
    const target = fx.emulator.data.tasks(container.container.id).find((t) => t.status === 'SUCCESS')!;
    assert.ok(target, 'the instance has a finished task');
    await fx.api.filter.set({ states: ['failed'] });
    try {
      fx.ui.streamingPickAnswer(/Find Tasks/, target.id, (label) => label === target.name);
      const result = await vscode.commands.executeCommand<FindResult>('huaweicloudTasks.findTasks');
      fx.ui.assertDone();
      assert.equal(result.revealed, false);
      const message = fx.ui.messages.at(-1)!;
      assert.deepEqual(message, { level: 'warn', text: `${target.name} is hidden by the task filter.` });
      const [clear] = fx.ui.actionsOf(message);
      assert.equal(clear?.label, 'Clear Filter and Show');
      await clear!.run();
      assert.deepEqual(fx.api.filter.current, {});
      const row = fx.api.tree.ctx.nodes.get(taskKey(result.location));
      assert.ok(row, 'the task row was loaded and revealed');
      assert.ok((await fx.api.tree.getChildren(row.getParent())).includes(row), 'among its instance rows');
    } finally {
      await fx.api.filter.set({});
    }
  });

  /**
   * An open view with its tree collapsed and refreshed: levels earlier tests revealed (expanded, some with
   * running tasks that refresh themselves) ask for nothing more, so every request after this is the test's.
   */
  async function collapsedTree(): Promise<void> {
    await vscode.commands.executeCommand('workbench.view.extension.huaweicloudTasks');
    await vscode.commands.executeCommand('workbench.actions.treeView.huaweicloudTasks.explorer.collapseAll');
    await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    await delay(300);
  }

  it('stops walking when the pick closes', async () => {
    await collapsedTree();
    fx.emulator.clearLog();
    fx.ui.streamingPickAnswer(/Find Tasks/, '', CANCEL);
    assert.equal(await vscode.commands.executeCommand('huaweicloudTasks.findTasks'), undefined, 'closing the pick is a silent cancel');
    fx.ui.assertDone();
    assert.ok(fx.ui.streamed.closedAt, 'the pick closed once the first tasks arrived');
    // Requests already on the wire when it closed are aborted or answered; none is sent after.
    await delay(300);
    const settled = fx.emulator.log().length;
    const listed = taskLists();
    await delay(1000);
    assert.equal(fx.emulator.log().length, settled, 'the emulator log stopped growing');
    // 2 regions × 3 instances × at least 4 services: the walk stopped well short of them.
    assert.ok(listed < 24, `${listed} task lists requested before the walk stopped`);
  });

  it('closed before any task arrived, lists no more instances either', async () => {
    await collapsedTree();
    fx.emulator.clearLog();
    fx.ui.streamingPickAnswer(/Find Tasks/, '', CLOSE_AT_ONCE);
    assert.equal(await vscode.commands.executeCommand('huaweicloudTasks.findTasks'), undefined);
    fx.ui.assertDone();
    await delay(1000);
    const instanceLists = fx.emulator.log().filter((e) => e.method === 'GET' && /\/instances$/.test(e.path.split('?')[0]!));
    // Closing at once leaves at most the listing already under way for the profile's projects.
    assert.deepEqual(instanceLists.map((e) => e.path), [], 'no service was asked for its instances');
    assert.equal(taskLists(), 0);
  });

  /** From a collapsed tree, loads three instances of the REGION project and waits until the badge counts their running tasks. */
  async function loadRunningInstances(): Promise<ContainerNode[]> {
    await collapsedTree();
    const loaded: ContainerNode[] = [await fx.containerOf('kafka'), await fx.containerOf('dcs'), await fx.containerOf('rocketmq')];
    let running = 0;
    for (const c of loaded) {
      await tasksOf(fx.api, c);
      running += c.tasks().filter((t) => t.state === 'running').length;
    }
    assert.ok(running > 0, 'the sample data has running tasks on the first pages');
    await waitFor(() => fx.api.viewBadge()?.value === running, () => `badge ${fx.api.viewBadge()?.value}, expected ${running}`);
    return loaded;
  }

  it('the badge counts the running tasks the tree has loaded', async () => {
    await loadRunningInstances();
    assert.match(fx.api.viewBadge()?.tooltip ?? '', /running task/);
    await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    await waitFor(() => fx.api.viewBadge() === undefined, () => `badge ${fx.api.viewBadge()?.value} after a refresh`);
  });

  it('the badge drops the running tasks of a project that Show/Hide Projects hides', async () => {
    const loaded = await loadRunningInstances();

    const profile = fx.api.tree.profileNodes().find((p) => p.profile.id === fx.profileId)!;
    // Expanded in the view, so VS Code itself lists the profile's rows again once Show/Hide refreshes it.
    await fx.api.view.reveal(profile, { expand: true });
    const shownProject = loaded[0]!.location.project.name;
    fx.ui.pickManyAnswer(/Projects to show/, (label) => label !== shownProject);
    await vscode.commands.executeCommand('huaweicloudTasks.selectProjects', profile);
    try {
      fx.ui.assertDone();
      const projectRows = () => (profile.loadedChildren() ?? []).map((r) => String(r.getTreeItem().label));
      await waitFor(() => projectRows().length > 0 && !projectRows().includes(shownProject), () => `the view's rows: ${projectRows().join(', ')}`);
      await waitFor(() => fx.api.viewBadge() === undefined, () => `badge ${fx.api.viewBadge()?.value} with the project hidden`);
      // Find searches what the tree shows, and says what it leaves out.
      fx.ui.streamingPickAnswer(/Find Tasks/, '', CANCEL);
      await vscode.commands.executeCommand('huaweicloudTasks.findTasks');
      fx.ui.assertDone();
      assert.match(fx.ui.streamed.progress.at(-1) ?? '', /; 1 project the tree hides is not searched$/);
    } finally {
      fx.ui.pickManyAnswer(/Projects to show/, () => true);
      await vscode.commands.executeCommand('huaweicloudTasks.selectProjects', profile);
    }
  });

  it('the badge drops them as well when the profile row is collapsed, which VS Code does not list again', async () => {
    const loaded = await loadRunningInstances();
    const profile = fx.api.tree.profileNodes().find((p) => p.profile.id === fx.profileId)!;
    fx.ui.pickManyAnswer(/Projects to show/, (label) => label !== loaded[0]!.location.project.name);
    await vscode.commands.executeCommand('huaweicloudTasks.selectProjects', profile);
    try {
      fx.ui.assertDone();
      await waitFor(() => fx.api.viewBadge() === undefined, () => `badge ${fx.api.viewBadge()?.value} under a refreshed, collapsed profile`);
      assert.equal(profile.loadedChildren(), undefined, 'its old rows say nothing of now');
    } finally {
      fx.ui.pickManyAnswer(/Projects to show/, () => true);
      await vscode.commands.executeCommand('huaweicloudTasks.selectProjects', profile);
    }
  });

  async function waitFor(check: () => boolean, why: () => string): Promise<void> {
    for (let i = 0; i < 100 && !check(); i++) await delay(50);
    assert.ok(check(), why());
  }

});
