import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FilterState } from '../../src/filter/filterState';
import type { TaskFilter } from '../../src/filter/taskFilter';
import type { ContainerNode } from '../../src/tree/containerNode';
import type { TreeNode } from '../../src/tree/treeNode';
import { emulatorSuite, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const FILTER = 'huaweicloudTasks.filterTasks';
const DAY = 86_400_000;

describe('filtering tasks', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 20 }, profile: 'filter-tests', resetEachTest: false, input: () => new ScriptedUserInput() });
  let container: ContainerNode;

  before(async () => {
    container = await fx.containerOf('kafka');
  });

  after(async () => {
    await vscode.commands.executeCommand('huaweicloudTasks.clearFilter');
  });

  const run = () => vscode.commands.executeCommand<TaskFilter | undefined>(FILTER, container);
  const allTasks = () => fx.emulator.data.tasks(container.container.id);
  const hiddenRow = async (): Promise<TreeNode | undefined> => (await fx.api.tree.getChildren(container)).find((n) => n.id.endsWith('/hidden'));
  const hiddenCount = async () => {
    const row = await hiddenRow();
    const label = row ? String(row.getTreeItem().label) : '';
    return row ? Number(/^(\d+) tasks hidden by the filter$/.exec(label)?.[1]) : 0;
  };

  it('by status shows only those states and counts the rest as hidden', async () => {
    await vscode.commands.executeCommand('huaweicloudTasks.clearFilter');
    fx.ui.pickAnswer(/Filter tasks by/, 'Status…').pickManyAnswer(/Task statuses/, 'failed');
    const filter = await run();
    fx.ui.assertDone();
    assert.deepEqual(filter, { states: ['failed'] });
    const shown = await tasksOf(fx.api, container);
    const failed = allTasks().filter((t) => t.status === 'FAILED');
    assert.ok(failed.length > 0);
    assert.deepEqual(shown.map((t) => t.task.id).sort(), failed.map((t) => t.id).sort());
    assert.equal(await hiddenCount(), allTasks().length - failed.length);
    // The instance row counts what is shown out of all, so the hidden ones never look deleted.
    assert.match(String(container.getTreeItem().description), new RegExp(`^${failed.length} of ${allTasks().length} tasks · `));
  });

  it('by name shows only tasks of that name', async () => {
    const name = allTasks()[0]!.name;
    fx.ui.pickAnswer(/Filter tasks by/, 'Status…').pickManyAnswer(/Task statuses/, 'Any status');
    fx.ui.pickAnswer(/Filter tasks by/, 'Task name or type…').inputAnswer(/Task names or types/, name.toUpperCase());
    await run();
    const filter = await run();
    fx.ui.assertDone();
    assert.deepEqual(filter, { names: [name.toUpperCase()] });
    const shown = await tasksOf(fx.api, container);
    assert.deepEqual(shown.map((t) => t.task.id).sort(), allTasks().filter((t) => t.name === name).map((t) => t.id).sort());
  });

  it('by age shows only tasks whose shown time (last update) is before the limit', async () => {
    fx.ui.pickAnswer(/Filter tasks by/, 'Task name or type…').inputAnswer(/Task names or types/, '');
    fx.ui.pickAnswer(/Filter tasks by/, 'Age…').inputAnswer(/Older than/, '30');
    await run();
    await run();
    fx.ui.assertDone();
    const limit = Date.now() - 30 * DAY;
    const shown = await tasksOf(fx.api, container);
    const old = allTasks().filter((t) => Math.max(t.createdMs, t.updatedMs) < limit);
    assert.ok(old.length > 0 && old.length < allTasks().length, 'the sample data spans the limit');
    assert.deepEqual(shown.map((t) => t.task.id).sort(), old.map((t) => t.id).sort());
    assert.equal(await hiddenCount(), allTasks().length - old.length);
  });

  it('by text finds a task by part of its id, then clearing shows everything', async () => {
    const target = allTasks()[3]!;
    fx.ui.pickAnswer(/Filter tasks by/, 'Age…').inputAnswer(/Older than/, '');
    fx.ui.pickAnswer(/Filter tasks by/, 'Text in ID or name…').inputAnswer(/Text in task ID or name/, target.id.slice(4, 14));
    await run();
    await run();
    assert.deepEqual((await tasksOf(fx.api, container)).map((t) => t.task.id), [target.id]);
    fx.ui.pickAnswer(/Filter tasks by/, 'Clear Filter');
    const cleared = await run();
    fx.ui.assertDone();
    assert.deepEqual(cleared, {});
    assert.equal((await tasksOf(fx.api, container)).length, allTasks().length);
    assert.equal(await hiddenRow(), undefined);
  });

  it('is kept in the workspace state and shown in the view', async () => {
    fx.ui.pickAnswer(/Filter tasks by/, 'Status…').pickManyAnswer(/Task statuses/, 'failed');
    await run();
    fx.ui.assertDone();
    assert.deepEqual(fx.api.filter.current, { states: ['failed'] });
    assert.equal(fx.api.viewDescription(), 'Filter: failed');
    assert.deepEqual(new FilterState(fx.api.workspaceState).current, { states: ['failed'] }, 'a reloaded window reads the same filter');
    await vscode.commands.executeCommand('huaweicloudTasks.clearFilter');
    assert.equal(fx.api.viewDescription(), undefined);
    assert.deepEqual(new FilterState(fx.api.workspaceState).current, {});
  });
});
