import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { EmptyNode } from '../../src/tree/emptyNode';
import { ErrorNode } from '../../src/tree/errorNode';
import { HiddenNode } from '../../src/tree/hiddenNode';
import { LoadMoreNode } from '../../src/tree/loadMoreNode';
import { PagingIgnoredNode } from '../../src/tree/pagingIgnoredNode';
import type { TreeNode } from '../../src/tree/treeNode';
import { emulatorSuite, tasksOf } from './extensionFixture';

const labelOf = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('accessible names of rows', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 3 }, profile: 'accessibility', resetEachTest: false });

  /** One row of every kind: the levels as the tree lists them, and the rows a level adds at its end. */
  async function rowsOfEveryKind(): Promise<Array<[string, TreeNode]>> {
    const container = await fx.containerOf('dcs');
    const service = container.getParent();
    const project = service.getParent();
    const profile = project.getParent();
    const [task] = await tasksOf(fx.api, container);
    assert.ok(task, 'the instance has tasks');
    return [
      ['profile', profile],
      ['project', project],
      ['service', service],
      ['container', container],
      ['task', task],
      ['empty', new EmptyNode(container, 'No background tasks')],
      ['error', new ErrorNode(container, new Error('listing failed'))],
      ['hidden', new HiddenNode(container, 2)],
      ['load more', new LoadMoreNode(container)],
      ['paging ignored', new PagingIgnoredNode(container, 10, 30)],
    ];
  }

  // VS Code reads a string tooltip to screen readers in place of label and description: each row names itself.
  it('gives every kind of row a name that starts with its label and says what the row shows', async () => {
    for (const [kind, row] of await rowsOfEveryKind()) {
      const item = row.getTreeItem();
      const a11y = item.accessibilityInformation;
      assert.ok(a11y, `${kind} row has accessibility information`);
      assert.equal(a11y.role, 'treeitem', kind);
      assert.ok(a11y.label.startsWith(labelOf(item)), `${kind}: "${a11y.label}" starts with "${labelOf(item)}"`);
      if (typeof item.description === 'string' && item.description !== '') assert.ok(a11y.label.includes(item.description), `${kind}: "${a11y.label}" has "${item.description}"`);
      assert.doesNotMatch(a11y.label, /\n/, `${kind}: one line, not the tooltip`);
    }
  });

  it('tells a screen reader what clicking an error row does', async () => {
    const rows = new Map(await rowsOfEveryKind());
    assert.match(rows.get('error')!.getTreeItem().accessibilityInformation?.label ?? '', /show the log/i);
  });
});
