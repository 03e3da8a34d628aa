/**
 * Edit Profile: cloud, endpoint, home region, endpoint overrides and (optionally) new keys, as one multi-step
 * input with Back. Only what the person changed is applied, to the profile as it is stored when saving.
 */
import * as vscode from 'vscode';
import { changedFields } from '../profiles/profileFields';
import { runSteps, type Step } from '../ui/multiStepInput';
import type { CommandContext } from './commandContext';
import { overrideSteps, type OverrideAnswers } from './editProfileOverrides';
import { storedProfileFrom } from './pickProfile';
import { answersFrom, credentialsOf, endpointsStep, keySteps, settingsOf, settingsSteps, type ProfileAnswers } from './profileSteps';
import { verifyKeys } from './verifyKeys';

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
      a.replaceKeys = await ctx.ui.pick(
        [
          { label: vscode.l10n.t('Keep the stored keys'), value: false, picked: a.replaceKeys === false },
          { label: vscode.l10n.t('Enter new keys'), value: true, picked: a.replaceKeys === true },
        ],
        { title: vscode.l10n.t('Keys'), placeholder: vscode.l10n.t('Keys of "{0}"', profile.name), step: at },
      );
    },
  };
  // The stored keys are checked against the new settings too: a changed endpoint or region may refuse them.
  const keptKeysCheck: Step<EditAnswers> = {
    id: 'keptKeys',
    check: true,
    applies: (a) => !replacing(a),
    run: async (a) => {
      const stored = await ctx.store.getCredentials(profile.id);
      if (stored) await verifyKeys(ctx, settingsOf(a), stored);
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
