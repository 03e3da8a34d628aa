/**
 * A failed level: the reason as the label, the details in the tooltip, a click opens the log. A host the
 * person did not allow is the exception: there is nothing in the log to read, so a click asks again.
 */
import * as vscode from 'vscode';
import { EndpointNotApprovedError } from '../cloud/sessionErrors';
import { errorDetail, errorReason } from '../text/errorText';
import { rowAccessibility } from './accessibility';
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
    const reason = errorReason(this.error, vscode.l10n);
    const item = new vscode.TreeItem(reason, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    item.contextValue = contextValue('error');
    const askAgain = this.error instanceof EndpointNotApprovedError;
    const hint = askAgain ? vscode.l10n.t('Click to be asked again.') : vscode.l10n.t('Click to show the log.');
    item.tooltip = `${errorDetail(this.error)}\n${hint}`;
    item.accessibilityInformation = rowAccessibility(reason, hint);
    item.command = askAgain
      ? { command: 'huaweicloudTasks.refresh', title: vscode.l10n.t('Ask Again'), arguments: [this.parent] }
      : { command: 'huaweicloudTasks.showLog', title: vscode.l10n.t('Show Log') };
    return item;
  }
}
