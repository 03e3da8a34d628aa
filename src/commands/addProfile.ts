import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { promptCredentials, promptProfileSettings } from './profilePrompts';
import { verifyKeys } from './verifyKeys';

export async function addProfile(ctx: CommandContext): Promise<string> {
  const settings = await promptProfileSettings(ctx);
  const credentials = await promptCredentials(ctx, settings.name);
  await verifyKeys(ctx, settings, credentials);
  const profile = await ctx.store.add(settings, credentials);
  ctx.logger.info(`added profile "${profile.name}" (${profile.cloud}, ${profile.region})`);
  ctx.ui.info(vscode.l10n.t('Profile "{0}" added.', profile.name));
  return profile.id;
}
