/**
 * A failed level: the reason as the label, the details in the tooltip, a click opens the log. A host the
 * person did not allow is the exception: there is nothing in the log to read, so a click asks again; and
 * refused keys (401) are fixed by entering them again, so that click edits the profile's keys.
 */
import * as vscode from 'vscode';
import { EndpointNotApprovedError } from '../cloud/sessionErrors';
import type { ProfileLocation } from '../model/location';
import { isCloudError } from '../net/errors';
import { errorDetail, errorReason } from '../text/errorText';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import { LeafNode } from './leafNode';
import type { TreeNode } from './treeNode';

export class ErrorNode extends LeafNode {
  /** The failed level's location: whose keys to edit, for a 401. */
  readonly location?: ProfileLocation;

  constructor(
    parent: TreeNode,
    readonly error: unknown,
  ) {
    super(parent, `${parent.id}/error`);
    this.location = (parent as { readonly location?: ProfileLocation }).location;
  }

  /** The service's id of the failed request, which support asks for. */
  get requestId(): string | undefined {
    return isCloudError(this.error) ? this.error.requestId : undefined;
  }

  getTreeItem(): vscode.TreeItem {
    const reason = errorReason(this.error, vscode.l10n);
    const item = new vscode.TreeItem(reason, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    // A clock off by more than 15 minutes is a 401 too, but new keys would not fix it.
    const keysRefused = isCloudError(this.error, 'auth') && !this.error.clockSkew;
    item.contextValue = contextValue('error', keysRefused && 'authError', isCloudError(this.error, 'forbidden') && 'forbiddenError', this.requestId !== undefined && 'requestId');
    const click =
      this.error instanceof EndpointNotApprovedError
        ? { hint: vscode.l10n.t('Click to be asked again.'), command: { command: 'huaweicloudTasks.refresh', title: vscode.l10n.t('Ask Again'), arguments: [this.parent] } }
        : keysRefused && this.location
          ? { hint: vscode.l10n.t('Click to enter the keys again.'), command: { command: 'huaweicloudTasks.editKeys', title: vscode.l10n.t('Edit Keys'), arguments: [this] } }
          : { hint: vscode.l10n.t('Click to show the log.'), command: { command: 'huaweicloudTasks.showLog', title: vscode.l10n.t('Show Log') } };
    item.tooltip = `${errorDetail(this.error)}\n${click.hint}`;
    item.accessibilityInformation = rowAccessibility(reason, click.hint);
    item.command = click.command;
    return item;
  }
}
