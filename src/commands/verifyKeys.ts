/**
 * Checks new keys with one signed call (listing the account's projects) before they are saved. When it
 * fails, the reason is shown (a wrong clock is named as such) and saving goes on only if the person says so.
 */
import * as vscode from 'vscode';
import type { Credentials } from '../net/signer';
import { type ProfileSettings } from '../profiles/profile';
import { errorDetail, errorReason } from '../text/errorText';
import type { CommandContext } from './commandContext';

export async function verifyKeys(ctx: CommandContext, settings: ProfileSettings, credentials: Credentials): Promise<void> {
  const draft = { ...settings, id: 'unsaved', source: 'stored' as const };
  const connection = ctx.backend.connect(draft, credentials, ctx.settings(), ctx.logger);
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the keys of "{0}"…', settings.name) },
      () => connection.checkCredentials(),
    );
    ctx.logger.info(`keys of profile "${settings.name}" accepted`);
  } catch (error) {
    ctx.logger.warn(`checking the keys of profile "${settings.name}" failed:`, error);
    await ctx.ui.confirm({
      message: vscode.l10n.t('The keys could not be checked: {0}', errorReason(error, vscode.l10n)),
      detail: `${ctx.log.scrubber.scrub(errorDetail(error))}\n${vscode.l10n.t('Save the profile anyway?')}`,
      action: vscode.l10n.t('Save Anyway'),
    });
  } finally {
    await connection.close();
  }
}
