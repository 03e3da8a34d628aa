/**
 * Add Profile: one multi-step input ("(2/6)", Back keeps each answer). The keys are checked before anything is
 * saved; when the check fails, the Secret Access Key step is asked again with the reason in it, and giving the
 * same keys again asks whether to save them unchecked.
 */
import * as vscode from 'vscode';
import { runSteps } from '../ui/multiStepInput';
import type { CommandContext } from './commandContext';
import { credentialsOf, endpointsStep, keySteps, settingsOf, settingsSteps, type ProfileAnswers } from './profileSteps';

export async function addProfile(ctx: CommandContext): Promise<string> {
  const answers = await runSteps<ProfileAnswers>({}, [...settingsSteps(ctx, {}, { askName: () => true }), endpointsStep(ctx), ...keySteps(ctx)]);
  const profile = await ctx.store.add(settingsOf(answers), credentialsOf(answers));
  // A new profile's row is collapsed, so nothing asks the gate before this is recorded.
  await answers.approval!.record(profile.id);
  ctx.logger.info(`added profile "${profile.name}" (${profile.cloud}, ${profile.region})`);
  ctx.ui.info(vscode.l10n.t('Profile "{0}" added.', profile.name));
  return profile.id;
}
