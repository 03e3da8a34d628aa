/**
 * Checks keys with one signed call (listing the account's projects) before they are saved. When it fails,
 * the flow shows the reason in its step (a wrong clock is named as such), and saving keys that still cannot
 * be checked goes on only if the person says so.
 */
import * as vscode from 'vscode';
import type { Credentials } from '../net/signer';
import { type ProfileSettings } from '../profiles/profile';
import { errorDetail, errorReason } from '../text/errorText';
import type { CommandContext } from './commandContext';

/** The one signed call; resolves with why it failed, or undefined when the keys were accepted. */
export async function checkKeys(ctx: CommandContext, settings: ProfileSettings, credentials: Credentials): Promise<unknown> {
  // Stored keys too (Edit Profile keeps them) reach the scrubber before an answer could repeat them in the log.
  ctx.sessions.protectKeys(credentials.accessKey, credentials.secretKey, credentials.securityToken);
  const draft = { ...settings, id: 'unsaved', source: 'stored' as const };
  const connection = ctx.backend.connect(draft, credentials, ctx.settings(), ctx.logger);
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the keys of "{0}"…', settings.name) },
      () => connection.checkCredentials(),
    );
    ctx.logger.info(`keys of profile "${settings.name}" accepted`);
    return undefined;
  } catch (error) {
    ctx.logger.warn(`checking the keys of profile "${settings.name}" failed:`, error);
    return error ?? new Error('unknown');
  } finally {
    await connection.close();
  }
}

/** The line naming why the keys could not be checked. */
export function uncheckedKeysText(error: unknown): string {
  return vscode.l10n.t('The keys could not be checked: {0}', errorReason(error, vscode.l10n));
}

/** Asks whether to save keys that could not be checked (offline, or the check itself refused); throws on no. */
export async function confirmUncheckedKeys(ctx: CommandContext, error: unknown): Promise<void> {
  await ctx.ui.confirm({
    message: uncheckedKeysText(error),
    detail: `${ctx.log.scrubber.scrub(errorDetail(error))}\n${vscode.l10n.t('Save the profile anyway?')}`,
    action: vscode.l10n.t('Save Anyway'),
  });
}
