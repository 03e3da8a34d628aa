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
  ) {
    super(parent, `${parent.id}/hidden`);
  }

  getTreeItem(): vscode.TreeItem {
    const label =
      this.count === 1 ? vscode.l10n.t('{0} task hidden by the filter', this.count) : vscode.l10n.t('{0} tasks hidden by the filter', this.count);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('filter');
    const hint = vscode.l10n.t('Loaded tasks that the filter hides. Clear the filter to show them.');
    item.tooltip = `${label}\n${hint}`;
    item.accessibilityInformation = rowAccessibility(label, hint);
    item.contextValue = contextValue('filtered');
    return item;
  }
}
