/** The last row of a paged list with more to fetch; clicking it appends the next page. */
import * as vscode from 'vscode';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import { LeafNode } from './leafNode';
import type { TreeNode } from './treeNode';

export const LOAD_MORE_COMMAND = 'huaweicloudTasks.loadMore';

export interface LoadMoreOptions {
  /** The service's largest page instead of the tree's page size: for a search, not for a person reading rows. */
  readonly largest?: boolean;
}

export interface PagedNode extends TreeNode {
  loadMore(options?: LoadMoreOptions): Promise<void>;
}

export class LoadMoreNode extends LeafNode<PagedNode> {
  constructor(parent: PagedNode) {
    super(parent, `${parent.id}/more`);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Load more…'), vscode.TreeItemCollapsibleState.None);
    item.accessibilityInformation = rowAccessibility(vscode.l10n.t('Load more…'));
    item.iconPath = new vscode.ThemeIcon('ellipsis');
    item.contextValue = contextValue('loadMore');
    item.command = { command: LOAD_MORE_COMMAND, title: vscode.l10n.t('Load more…'), arguments: [this] };
    return item;
  }

  loadMore(options?: LoadMoreOptions): Promise<void> {
    return this.parent.loadMore(options);
  }
}
