/**
 * A failed level: the reason as the label, the details in the tooltip, a click opens the log. A host the
 * person did not allow is the exception: there is nothing in the log to read, so a click asks again.
 */
import * as vscode from 'vscode';
import { EndpointNotApprovedError } from '../cloud/sessionErrors';
import { errorDetail, errorReason } from '../text/errorText';
import { contextValue } from './contextValue';
import { LeafNode } from './leafNode';
import type { TreeNode } from './treeNode';

export class ErrorNode extends LeafNode {
  constructor(
    parent: TreeNode,
    readonly error: unknown,
  ) {
    super(parent, `${parent.id}/error`);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(errorReason(this.error, vscode.l10n), vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    item.contextValue = contextValue('error');
    if (this.error instanceof EndpointNotApprovedError) {
      item.tooltip = `${errorDetail(this.error)}\n${vscode.l10n.t('Click to be asked again.')}`;
      item.command = { command: 'huaweicloudTasks.refresh', title: vscode.l10n.t('Ask Again'), arguments: [this.parent] };
      return item;
    }
    item.tooltip = `${errorDetail(this.error)}\n${vscode.l10n.t('Click to show the log.')}`;
    item.command = { command: 'huaweicloudTasks.showLog', title: vscode.l10n.t('Show Log') };
    return item;
  }
}
