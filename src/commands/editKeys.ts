/**
 * Edit Keys: only the profile's keys, asked with the same steps as Add Profile ("(2/3)", Back) and checked with
 * one signed call before they are saved. Run from a refused (401) error row, a profile row, a failed command's
 * message, or the palette (then it asks which profile).
 */
import * as vscode from 'vscode';
import type { ProfileLocation } from '../model/location';
import type { Profile } from '../profiles/profile';
import { runSteps } from '../ui/multiStepInput';
import { UserFacingError } from '../ui/userFacingError';
import type { CommandContext } from './commandContext';
import { storedProfileFrom } from './pickProfile';
import { answersFrom, credentialsOf, endpointsStep, keySteps } from './profileSteps';

export async function editKeys(ctx: CommandContext, node?: unknown): Promise<void> {
  const profile = await profileOf(ctx, node);
  // The key check is a signed request like any other: hosts outside the known clouds the profile has not been
  // allowed to use (an override added since, a refused question) are asked about before any key is typed.
  const answers = await runSteps(answersFrom(profile), [endpointsStep(ctx, profile.id), ...keySteps(ctx)]);
  // Keys only: the rest of the profile stays as it is stored now, whatever another window changed meanwhile.
  await ctx.store.update(profile.id, {}, credentialsOf(answers));
  await answers.approval!.record(profile.id);
  ctx.logger.info(`updated the keys of profile "${profile.name}"`);
}

/** The row's profile as stored now (the row may be older than an edit), or one the person picks. */
async function profileOf(ctx: CommandContext, node: unknown): Promise<Profile> {
  const location = (node as { readonly location?: ProfileLocation } | undefined)?.location;
  if (!location) return storedProfileFrom(ctx, undefined);
  if (location.profile.source !== 'stored') {
    throw new UserFacingError(
      vscode.l10n.t(
        'The keys of the Environment profile come from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_SECURITY_TOKEN in the environment VS Code was started in; change them there and restart VS Code.',
      ),
    );
  }
  const stored = ctx.store.get(location.profile.id);
  if (!stored) throw new UserFacingError(vscode.l10n.t('The profile "{0}" no longer exists.', location.profile.name));
  return stored;
}
