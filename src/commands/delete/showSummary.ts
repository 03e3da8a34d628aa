/** The one message that ends a delete or a clean-up; a warning with the way to the log when anything failed. */
import * as vscode from 'vscode';
import type { CommandContext } from '../commandContext';
import type { BulkDeleteSummary } from './bulkDelete';
import { deleteSummary } from './confirmationText';

export function showDeleteSummary(ctx: CommandContext, what: 'delete' | 'clean-up', summary: BulkDeleteSummary<unknown>, unlisted = 0): void {
  let text = deleteSummary(summary, vscode.l10n);
  if (unlisted > 0) text += ' ' + vscode.l10n.t('({0} could not be listed)', unlisted);
  ctx.logger.info(`${what} summary: ${text}`);
  if (summary.failed > 0 || summary.unconfirmed > 0 || unlisted > 0) ctx.ui.warn(text, { label: vscode.l10n.t('Show Log'), run: () => ctx.log.show() });
  else ctx.ui.info(text);
}
