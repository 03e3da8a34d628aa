/**
 * The last row of a list the service stopped paging: it answered a later page with the one before under
 * every paging parameter tried, so what is shown is known to be incomplete. Said, never silently cut.
 */
import * as vscode from 'vscode';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import { LeafNode } from './leafNode';
import type { TreeNode } from './treeNode';

export class PagingIgnoredNode extends LeafNode {
  constructor(
    parent: TreeNode,
    readonly listed: number,
    readonly total: number | undefined,
  ) {
    super(parent, `${parent.id}/pagingIgnored`);
  }

  getTreeItem(): vscode.TreeItem {
    const label =
      this.total === undefined
        ? vscode.l10n.t('The service ignored paging: only the first {0} are listed', this.listed)
        : vscode.l10n.t('The service ignored paging: {0} of {1} are listed', this.listed, this.total);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    const hint = vscode.l10n.t('The service answered a later page with the one before, whichever paging parameter was sent. The rest cannot be listed here; see the log.');
    item.tooltip = `${label}\n${hint}`;
    item.accessibilityInformation = rowAccessibility(label, hint);
    item.contextValue = contextValue('pagingIgnored');
    item.command = { command: 'huaweicloudTasks.showLog', title: vscode.l10n.t('Show Log') };
    return item;
  }
}
