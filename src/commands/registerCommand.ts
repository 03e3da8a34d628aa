/**
 * The one wrapper every command runs through: logs the id, keeps a person's cancel silent, and turns any
 * failure into one message with "Show Log" (scrubbed of keys), so no handler's promise is left dangling.
 */
import * as vscode from 'vscode';
import { errorReason } from '../text/errorText';
import { isCloudError } from '../net/errors';
import { isUserCancelled, type MessageAction } from '../ui/userInput';
import type { CommandContext, CommandHandler } from './commandContext';
import { UserFacingError } from '../ui/userFacingError';

export function registerCommand(id: string, handler: CommandHandler, ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (node?: unknown, selected?: unknown, ...rest: unknown[]) => {
    ctx.logger.debug(`command ${id}`);
    try {
      const result = await handler(ctx, node, selected, ...rest);
      return ctx.returnResults ? result : undefined;
    } catch (error) {
      if (isUserCancelled(error)) {
        ctx.logger.debug(`command ${id} cancelled`);
        return undefined;
      }
      ctx.logger.error(`command ${id} failed:`, error);
      ctx.ui.error(ctx.log.scrubber.scrub(failureMessage(error)), ...remedies(error), {
        label: vscode.l10n.t('Show Log'),
        run: () => ctx.log.show(),
      });
      return undefined;
    }
  });
}

/** Refused keys (401) are fixed by entering them again, a refused action (403) by granting it. */
function remedies(error: unknown): MessageAction[] {
  if (isCloudError(error, 'auth') && !error.clockSkew) {
    return [{ label: vscode.l10n.t('Edit Keys'), run: () => vscode.commands.executeCommand('huaweicloudTasks.editKeys') }];
  }
  if (isCloudError(error, 'forbidden')) {
    return [{ label: vscode.l10n.t('Show Required Permissions'), run: () => vscode.commands.executeCommand('huaweicloudTasks.showRequiredPermissions') }];
  }
  return [];
}

function failureMessage(error: unknown): string {
  // Our own errors carry a message written for people; any other gets the reason for its kind.
  return error instanceof UserFacingError ? error.message : errorReason(error, vscode.l10n);
}
