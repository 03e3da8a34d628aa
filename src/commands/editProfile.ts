/**
 * Edit Profile: cloud, endpoint, home region, endpoint overrides and (optionally) new keys, as one multi-step
 * input with Back. Only what the person changed is applied, to the profile as it is stored when saving.
 */
import * as vscode from 'vscode';
import { changedFields, routeKey, sameRoute } from '../profiles/profileFields';
import { runSteps, type Step } from '../ui/multiStepInput';
import type { CommandContext } from './commandContext';
import { overrideSteps, type OverrideAnswers } from './editProfileOverrides';
import { storedProfileFrom } from './pickProfile';
import { answersFrom, credentialsOf, endpointsStep, keySteps, refusalFor, settingsOf, settingsSteps, type ProfileAnswers } from './profileSteps';
import { checkKeys, confirmUncheckedKeys, uncheckedKeysText } from './verifyKeys';

interface EditAnswers extends ProfileAnswers, OverrideAnswers {
  replaceKeys?: boolean;
}

export async function editProfile(ctx: CommandContext, node?: unknown): Promise<void> {
  const profile = await storedProfileFrom(ctx, node);
  const initial = answersFrom(profile);
  const replacing = (a: EditAnswers): boolean => a.replaceKeys === true;
  const keysChoice: Step<EditAnswers> = {
    id: 'keys',
    run: async (a, at) => {
      // Stored keys the new settings refused: the reason is on "Keep", and "Enter new keys" is offered first.
      const refused = refusalFor(a);
      a.replaceKeys = await ctx.ui.pick(
        [
          { label: vscode.l10n.t('Keep the stored keys'), detail: refused && uncheckedKeysText(refused.error), value: false, picked: a.replaceKeys === false && !refused },
          { label: vscode.l10n.t('Enter new keys'), value: true, picked: a.replaceKeys === true || refused !== undefined },
        ],
        { title: vscode.l10n.t('Keys'), placeholder: vscode.l10n.t('Keys of "{0}"', profile.name), step: at },
      );
    },
  };
  // The stored keys are checked when the requests would go elsewhere (cloud, region, endpoint, overrides): the
  // new route may refuse them. Refused, the keys step comes back with the reason; kept again, Save Anyway asks.
  const keptKeysCheck: Step<EditAnswers> = {
    id: 'keptKeys',
    check: true,
    applies: (a) => !replacing(a),
    run: async (a) => {
      if (sameRoute(profile, settingsOf(a))) return undefined;
      const stored = await ctx.store.getCredentials(profile.id);
      if (!stored) return undefined;
      const refused = refusalFor(a);
      if (refused && refused.keys === undefined) return confirmUncheckedKeys(ctx, refused.error);
      const error = await checkKeys(ctx, settingsOf(a), stored);
      if (error === undefined) return undefined;
      a.refused = { route: routeKey(settingsOf(a)), error };
      return 'keys';
    },
  };
  const answers = await runSteps<EditAnswers>({ ...initial }, [
    ...settingsSteps(ctx, initial, { askName: () => false }),
    ...overrideSteps<EditAnswers>(ctx, profile.endpointOverrides),
    endpointsStep(ctx, profile.id),
    keysChoice,
    ...keySteps(ctx, replacing),
    keptKeysCheck,
  ]);
  await answers.approval!.record(profile.id);
  // Only what the person changed, applied to the profile as stored now: another window may have changed the rest.
  await ctx.store.update(profile.id, changedFields(profile, settingsOf(answers)), answers.replaceKeys ? credentialsOf(answers) : undefined);
  ctx.logger.info(`updated profile "${profile.name}"`);
}
