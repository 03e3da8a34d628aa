import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ProfileStore } from '../../src/profiles/profileStore';
import { ProjectChoices } from '../../src/profiles/projectChoices';
import { TasksTreeProvider } from '../../src/tree/provider';
import type { TreeNode } from '../../src/tree/treeNode';
import { addEmulatorProfile, emulatorSuite } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

// As IAM's projects are sorted by name.
const ALL = ['ap-southeast-3', 'cn-north-4', 'cn-north-4_team', 'eu-west-101'];

describe('Show/Hide Projects…', () => {
  const fx = emulatorSuite({ emulator: { projects: 4, instances: 1, tasks: 1 }, profile: 'sp-main', input: () => new ScriptedUserInput() });
  const config = () => vscode.workspace.getConfiguration('huaweicloudTasks');
  // Read through a store of the tests' own over the extension's globalState: what a reload would find.
  const stored = (profileId = fx.profileId) => new ProjectChoices(fx.api.globalState).chosen(profileId);

  afterEach(async () => {
    await new ProjectChoices(fx.api.globalState).forget(fx.profileId);
    await config().update('regions', undefined, vscode.ConfigurationTarget.Global);
  });

  const rowOf = (tree: TasksTreeProvider, profileId = fx.profileId) => {
    const row = tree.profileNodes().find((p) => p.profile.id === profileId);
    assert.ok(row, `no row for ${profileId}`);
    return row;
  };
  const labels = (nodes: TreeNode[]) => nodes.filter((n) => n.id.includes('/project/')).map((n) => String(n.getTreeItem().label));
  const shown = async (tree = fx.api.tree) => labels(await tree.getChildren(rowOf(tree)));

  /** Runs the command on the suite's profile row, checking exactly `names`. */
  const choose = async (names: readonly string[]) => {
    fx.ui.pickManyAnswer(/Projects to show/, (label) => names.includes(label));
    await vscode.commands.executeCommand('huaweicloudTasks.selectProjects', rowOf(fx.api.tree));
    fx.ui.assertDone();
  };

  it('shows exactly the two projects chosen, and the profile row says how many of all it shows', async () => {
    await choose(['cn-north-4_team', 'eu-west-101']);
    const picker = fx.ui.asked.find((a) => a.kind === 'pickMany');
    assert.deepEqual(picker?.items?.map((i) => [i.label, i.picked]), ALL.map((name) => [name, true]), 'every project offered, the shown ones checked');
    assert.deepEqual(await shown(), ['cn-north-4_team', 'eu-west-101']);
    const item = rowOf(fx.api.tree).getTreeItem();
    assert.match(String(item.description), /· 2 of 4 projects$/);
    assert.match(String(item.tooltip), /Hidden projects: ap-southeast-3 \(AP-Singapore\), cn-north-4 \(CN North-Beijing4\)/);
  });

  it('with nothing checked, says so and keeps showing what it showed', async () => {
    await choose(['cn-north-4']);
    await choose([]);
    assert.deepEqual(fx.ui.messages.at(-1), {
      level: 'warn',
      text: 'No project was checked, so "sp-main" goes on showing what it showed. To see none of its projects, remove the profile.',
    });
    assert.deepEqual([...(stored() ?? [])].length, 1, 'the choice is as it was');
    assert.deepEqual(await shown(), ['cn-north-4']);
  });

  it('offers the current choice checked the next time', async () => {
    await choose(['ap-southeast-3']);
    await choose(['ap-southeast-3', 'cn-north-4']);
    const pickers = fx.ui.asked.filter((a) => a.kind === 'pickMany');
    assert.deepEqual(pickers[1]?.items?.filter((i) => i.picked).map((i) => i.label), ['ap-southeast-3']);
    assert.deepEqual(await shown(), ['ap-southeast-3', 'cn-north-4']);
  });

  it('keeps the choice over a full refresh and in a new store and tree over the same globalState (a reload)', async () => {
    await choose(['cn-north-4']);
    await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    assert.deepEqual(await shown(), ['cn-north-4']);

    const store = new ProfileStore(fx.api.globalState, fx.api.secrets);
    const tree = new TasksTreeProvider(store, { ...fx.api.tree.ctx, projectChoices: new ProjectChoices(fx.api.globalState) });
    try {
      assert.deepEqual(await shown(tree), ['cn-north-4']);
      assert.match(String(rowOf(tree).getTreeItem().description), /1 of 4 projects/);
    } finally {
      tree.dispose();
      store.dispose();
    }
  });

  it('wins over the regions setting, and choosing what the setting shows returns the profile to it', async () => {
    await config().update('regions', ['cn-north-4'], vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    assert.deepEqual(await shown(), ['cn-north-4', 'cn-north-4_team'], 'the setting is the default');

    await choose(['eu-west-101']);
    assert.deepEqual(await shown(), ['eu-west-101']);

    await choose(['cn-north-4', 'cn-north-4_team']);
    assert.equal(stored(), undefined, 'no choice of its own any more');
    await config().update('regions', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    assert.deepEqual(await shown(), ALL, 'it follows the setting again');
  });

  it('"show all" clears the choice, and the row no longer counts', async () => {
    await choose(['cn-north-4']);
    await choose(ALL);
    assert.equal(stored(), undefined);
    assert.deepEqual(await shown(), ALL);
    assert.doesNotMatch(String(rowOf(fx.api.tree).getTreeItem().description), /projects/);
  });

  it('from the palette asks for the profile first; removing the profile drops its choice', async () => {
    const other = await addEmulatorProfile(fx.api, fx.emulator, 'sp-other');
    fx.api.setUserInput(fx.ui);
    fx.ui.pickAnswer(/Profile/, 'sp-other').pickManyAnswer(/Projects to show/, 'ap-southeast-3');
    await vscode.commands.executeCommand('huaweicloudTasks.selectProjects');
    assert.deepEqual([...(stored(other) ?? [])], [fx.emulator.data.projects.find((p) => p.name === 'ap-southeast-3')!.id]);
    assert.equal(stored(), undefined, 'the other profile keeps its default');

    fx.ui.confirmAnswer(/Remove the profile "sp-other"/, true);
    await vscode.commands.executeCommand('huaweicloudTasks.removeProfile', rowOf(fx.api.tree, other));
    fx.ui.assertDone();
    assert.equal(fx.api.store.get(other), undefined);
    assert.equal(stored(other), undefined);
  });
});
