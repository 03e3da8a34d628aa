import * as vscode from 'vscode';
import type { ProfileSettings } from '../profiles/profile';
import { changedFields } from '../profiles/profileFields';
import { allowProfileEndpoints } from './allowProfileEndpoints';
import type { CommandContext } from './commandContext';
import { promptEndpointOverrides } from './editProfileOverrides';
import { storedProfileFrom } from './pickProfile';
import { promptCredentials, promptProfileSettings } from './profilePrompts';
import { verifyKeys } from './verifyKeys';

export async function editProfile(ctx: CommandContext, node?: unknown): Promise<void> {
  const profile = await storedProfileFrom(ctx, node);
  const { endpointOverrides: _kept, ...asked } = await promptProfileSettings(ctx, profile, { askName: false });
  const endpointOverrides = await promptEndpointOverrides(ctx, profile.endpointOverrides);
  const settings: ProfileSettings = { ...asked, ...(endpointOverrides ? { endpointOverrides } : {}) };
  const approve = await allowProfileEndpoints(ctx, settings, profile.id);
  const replaceKeys = await ctx.ui.pick(
    [
      { label: vscode.l10n.t('Keep the stored keys'), value: false },
      { label: vscode.l10n.t('Enter new keys'), value: true },
    ],
    { title: vscode.l10n.t('Keys'), placeholder: vscode.l10n.t('Keys of "{0}"', profile.name) },
  );
  const credentials = replaceKeys ? await promptCredentials(ctx, profile.name) : await ctx.store.getCredentials(profile.id);
  if (credentials) await verifyKeys(ctx, settings, credentials);
  await approve(profile.id);
  // Only what the person changed, applied to the profile as stored now: another window may have changed the rest.
  await ctx.store.update(profile.id, changedFields(profile, settings), replaceKeys ? credentials : undefined);
  ctx.logger.info(`updated profile "${profile.name}"`);
}
