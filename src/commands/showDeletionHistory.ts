/** The deletion history as a read-only document, newest first, with export offered beside it. */
import * as vscode from 'vscode';
import { historyText } from '../history/historyText';
import type { CommandContext } from './commandContext';

export async function showDeletionHistory(ctx: CommandContext): Promise<vscode.Uri> {
  const records = await ctx.history.list();
  const uri = ctx.documents.put('history', 'deletion-history', historyText(records, vscode.l10n), 'txt');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  if (records.length > 0) {
    const text = records.length === 1 ? vscode.l10n.t('{0} deletion recorded.', records.length) : vscode.l10n.t('{0} deletions recorded.', records.length);
    ctx.ui.info(text, {
      label: vscode.l10n.t('Export…'),
      run: () => vscode.commands.executeCommand('huaweicloudTasks.exportDeletionHistory'),
    });
  }
  return uri;
}
