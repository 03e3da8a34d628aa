/** "12 tasks hidden by the filter": a filtered level says so, so nothing looks deleted when it is only hidden. */
import * as vscode from 'vscode';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import { LeafNode } from './leafNode';
import type { TreeNode } from './treeNode';

export class HiddenNode extends LeafNode {
  constructor(
    parent: TreeNode,
    readonly count: number,
    /** Pages remain unloaded: the filter has not seen their tasks. */
    readonly more = false,
  ) {
    super(parent, `${parent.id}/hidden`);
  }

  getTreeItem(): vscode.TreeItem {
    const label =
      this.count === 1 ? vscode.l10n.t('{0} task hidden by the filter', this.count) : vscode.l10n.t('{0} tasks hidden by the filter', this.count);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('filter');
    // The filter judges only the loaded pages: with more to load, the row says where the rest are.
    if (this.more) item.description = vscode.l10n.t('load the rest to filter them');
    const why = this.more
      ? vscode.l10n.t('Loaded tasks that the filter hides. Clear the filter to show them. Tasks not loaded yet are not filtered: load more to filter them too.')
      : vscode.l10n.t('Loaded tasks that the filter hides. Clear the filter to show them.');
    item.tooltip = `${label}
${why}`;
    item.accessibilityInformation = rowAccessibility(label, why);
    item.contextValue = contextValue('filtered');
    return item;
  }
}
