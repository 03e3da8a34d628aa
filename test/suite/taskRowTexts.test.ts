/**
 * What task and instance rows say in English: a status's label with the raw value in the tooltip, times
 * as the locale writes them, and, under a filter, counts that name what was looked at.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { statusLabel } from '../../src/text/statusText';
import type { TreeNode } from '../../src/tree/treeNode';
import { englishLocalizer } from '../../src/util/localizer';
import { emulatorSuite, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const PAGE = 5;
const TASKS = 20;
/** "just now", "5 min. ago", "3 hr. ago", "2 days ago", or a date: "Mar 2, 2026". */
const WHEN = /(just now|\d+ (min\.|hr\.|days?) ago|[A-Z][a-z]{2} \d{1,2}, \d{4})$/;

describe('task and instance row texts', () => {
  const fx = emulatorSuite({
    emulator: { projects: 1, instances: 1, tasks: TASKS },
    profile: 'row-text-tests',
    settings: { pageSize: PAGE },
    resetEachTest: false,
    input: () => new ScriptedUserInput(),
  });

  after(async () => {
    await vscode.commands.executeCommand('huaweicloudTasks.clearFilter');
  });

  it('a task row shows its status as a word and its time in the locale; the tooltip keeps the raw status', async () => {
    const rows = await tasksOf(fx.api, await fx.containerOf('kafka'));
    assert.ok(rows.length > 0);
    for (const row of rows) {
      const item = row.getTreeItem();
      const label = statusLabel(row.task.status, englishLocalizer);
      assert.notEqual(label, row.task.status, `${row.task.status} has a label`);
      assert.ok(String(item.description).startsWith(`${label} · `), String(item.description));
      assert.match(String(item.description), WHEN);
      // The tooltip's Markdown escapes its text: undone here to read it as shown.
      const tooltip = (item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
      assert.ok(tooltip.includes(`${label} (${row.task.status})`), tooltip);
    }
  });

  it('a filtered instance counts the loaded tasks while pages remain, and the hidden row says to load the rest', async () => {
    const container = await fx.containerOf('kafka');
    fx.ui.pickAnswer(/Filter tasks by/, 'Status…').pickManyAnswer(/Task statuses/, 'failed');
    await vscode.commands.executeCommand('huaweicloudTasks.filterTasks', container);
    fx.ui.assertDone();
    const hiddenRow = async (): Promise<TreeNode | undefined> => (await fx.api.tree.getChildren(container)).find((n) => n.id.endsWith('/hidden'));

    const shownFirst = (await tasksOf(fx.api, container)).length;
    assert.ok(shownFirst < PAGE, 'the first page has tasks the filter hides');
    assert.match(String(container.getTreeItem().description), new RegExp(`^${shownFirst} of ${PAGE} loaded tasks \\(${TASKS} in all\\) · `));
    assert.equal((await hiddenRow())?.getTreeItem().description, 'load the rest to filter them');

    while ((await fx.api.tree.getChildren(container)).some((n) => n.id.endsWith('/more'))) await container.loadMore();
    const failed = fx.emulator.data.tasks(container.container.id).filter((t) => t.status === 'FAILED');
    assert.equal((await tasksOf(fx.api, container)).length, failed.length);
    assert.match(String(container.getTreeItem().description), new RegExp(`^${failed.length} of ${TASKS} tasks · `));
    assert.equal((await hiddenRow())?.getTreeItem().description, undefined);
  });
});
