/** Show Required Permissions: the IAM actions each service needs, in a read-only document (what a 403 asks for). */
import * as vscode from 'vscode';
import { permissionsText } from '../text/permissionsText';
import { serviceName } from '../tree/labels';
import type { CommandContext } from './commandContext';

export async function showRequiredPermissions(ctx: CommandContext): Promise<vscode.Uri> {
  const uri = ctx.documents.put('permissions', 'required-permissions', permissionsText(serviceName, vscode.l10n), 'md');
  await vscode.window.showTextDocument(uri, { preview: true });
  return uri;
}
