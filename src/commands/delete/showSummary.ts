/** The one message that ends a delete or a clean-up; a warning with the way to the log when anything failed. */
import * as vscode from 'vscode';
import { withUnlisted } from '../../cleanup/outcomeText';
import type { UnlistedLevel } from '../../cleanup/unlisted';
import type { CommandContext } from '../commandContext';
import type { BulkDeleteSummary } from '../../deletion/bulkDelete';
import { requestIdsText } from '../../deletion/requestIds';
import type { MessageAction } from '../../ui/userInput';
import { deleteSummary } from './confirmationText';

/** `unlisted`: the levels a clean-up could not list in full, named after the counts. */
export function showDeleteSummary(ctx: CommandContext, what: 'delete' | 'clean-up', summary: BulkDeleteSummary<unknown>, unlisted: readonly UnlistedLevel[] = []): void {
  const text = withUnlisted(deleteSummary(summary, vscode.l10n), unlisted, vscode.l10n);
  ctx.logger.info(`${what} summary: ${text}`);
  const actions = copyRequestIds(summary);
  if (summary.failed > 0 || summary.unconfirmed > 0 || unlisted.length > 0) ctx.ui.warn(text, ...actions, { label: vscode.l10n.t('Show Log'), run: () => ctx.log.show() });
  else ctx.ui.info(text, ...actions);
}

/** Support asks for the request ids; offered only when the outcomes carry any. */
function copyRequestIds(summary: BulkDeleteSummary<unknown>): MessageAction[] {
  const ids = requestIdsText(summary.outcomes);
  return ids === '' ? [] : [{ label: vscode.l10n.t('Copy Request IDs'), run: () => vscode.env.clipboard.writeText(ids) }];
}
