/** Saves the deletion history as CSV or JSON where the person chooses. */
import * as vscode from 'vscode';
import { toCsv, toJson } from '../history/exportFormats';
import type { CommandContext } from './commandContext';
import { UserFacingError } from '../ui/userFacingError';

export async function exportDeletionHistory(ctx: CommandContext): Promise<vscode.Uri> {
  const records = await ctx.history.list();
  if (records.length === 0) throw new UserFacingError(vscode.l10n.t('No deletions have been recorded yet.'));
  const format = await ctx.ui.pick(
    [
      { label: vscode.l10n.t('Export as CSV…'), value: 'csv' as const },
      { label: vscode.l10n.t('Export as JSON…'), value: 'json' as const },
    ],
    { title: vscode.l10n.t('Export format'), placeholder: vscode.l10n.t('Export format of the deletion history') },
  );
  const uri = await ctx.ui.saveFile({
    title: vscode.l10n.t('Export the deletion history'),
    defaultName: `deletion-history.${format}`,
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
  });
  const text = format === 'csv' ? toCsv(records) : toJson(records);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  ctx.logger.info(`exported ${records.length} deletion records as ${format}`);
  ctx.ui.info(vscode.l10n.t('{0} deletion records exported.', records.length));
  return uri;
}
