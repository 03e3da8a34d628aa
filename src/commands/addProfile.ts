import * as vscode from 'vscode';
import { allowProfileEndpoints } from './allowProfileEndpoints';
import type { CommandContext } from './commandContext';
import { promptCredentials, promptProfileSettings } from './profilePrompts';
import { verifyKeys } from './verifyKeys';

export async function addProfile(ctx: CommandContext): Promise<string> {
  const settings = await promptProfileSettings(ctx);
  const approve = await allowProfileEndpoints(ctx, settings);
  const credentials = await promptCredentials(ctx, settings.name);
  await verifyKeys(ctx, settings, credentials);
  const profile = await ctx.store.add(settings, credentials);
  // A new profile's row is collapsed, so nothing asks the gate before this is recorded.
  await approve(profile.id);
  ctx.logger.info(`added profile "${profile.name}" (${profile.cloud}, ${profile.region})`);
  ctx.ui.info(vscode.l10n.t('Profile "{0}" added.', profile.name));
  return profile.id;
}
