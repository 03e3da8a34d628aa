/**
 * Imports KooCLI's AK/SK profiles (name, region, project id). KooCLI keeps the keys encrypted, so each
 * imported profile asks for its keys, which are checked before saving like a new profile's, in the same steps.
 */
import * as vscode from 'vscode';
import { defaultKooCliConfigPath, readKooCliConfig, type KooCliFailure, type KooCliProfile } from '../profiles/koocli';
import { readKooCliConfigPath } from '../settings';
import type { CommandContext } from './commandContext';
import { runSteps } from '../ui/multiStepInput';
import { UserFacingError } from '../ui/userFacingError';
import { answersFrom, credentialsOf, endpointsStep, keySteps, settingsOf, settingsSteps, type ProfileAnswers } from './profileSteps';

export async function importKooCliProfiles(ctx: CommandContext): Promise<string[]> {
  const path = kooCliConfigPath();
  const result = await readKooCliConfig(path);
  if (!result.ok) throw new UserFacingError(failureText(result.failure, path));
  for (const s of result.skipped) ctx.logger.info(`KooCLI profile "${s.name}" skipped: mode ${s.mode} is not AK/SK`);
  if (result.profiles.length === 0) {
    throw new UserFacingError(
      vscode.l10n.t(
        'KooCLI has no AK/SK profiles to import; these use another authentication mode: {0}.',
        result.skipped.map((s) => `${s.name} (${s.mode})`).join(', '),
      ),
    );
  }
  const chosen = await ctx.ui.pickMany(
    result.profiles.map((p) => ({ label: p.name, description: [p.region, p.projectId].filter(Boolean).join(' · '), value: p })),
    { title: vscode.l10n.t('KooCLI profiles'), placeholder: vscode.l10n.t('KooCLI profiles to import') },
  );
  const added: string[] = [];
  for (const koo of chosen) added.push(await importOne(ctx, koo));
  ctx.ui.info(
    added.length === 1 ? vscode.l10n.t('{0} profile imported from KooCLI.', added.length) : vscode.l10n.t('{0} profiles imported from KooCLI.', added.length),
  );
  return added;
}

/** One KooCLI profile: a name only when the one it has is taken, then its settings and keys as steps. */
async function importOne(ctx: CommandContext, koo: KooCliProfile): Promise<string> {
  const initial = answersFrom({ name: koo.name, ...(koo.region ? { region: koo.region, cloud: 'huaweicloud' } : {}), ...(koo.projectId ? { projectId: koo.projectId } : {}) });
  const taken = ctx.store.isNameTaken(koo.name);
  const answers = await runSteps<ProfileAnswers>({ ...initial, ...(taken ? { name: `${koo.name} (KooCLI)` } : {}) }, [
    ...settingsSteps(ctx, initial, { askName: () => taken }),
    endpointsStep(ctx),
    ...keySteps(ctx),
  ]);
  const profile = await ctx.store.add(settingsOf(answers), credentialsOf(answers));
  await answers.approval!.record(profile.id);
  ctx.logger.info(`imported KooCLI profile "${koo.name}" as "${profile.name}"`);
  return profile.id;
}

/** KooCLI's own file unless the `kooCliConfigPath` setting names another (a relocated KooCLI home). */
function kooCliConfigPath(): string {
  return readKooCliConfigPath() || defaultKooCliConfigPath();
}

function failureText(failure: KooCliFailure, path: string): string {
  switch (failure) {
    case 'missing':
      return vscode.l10n.t('No KooCLI configuration found at {0}. Configure KooCLI first, or add a profile.', path);
    case 'unreadable':
      return vscode.l10n.t('The KooCLI configuration {0} could not be read.', path);
    case 'empty':
      return vscode.l10n.t('The KooCLI configuration {0} is empty.', path);
    case 'tooLarge':
      return vscode.l10n.t('The KooCLI configuration {0} is too large to be a KooCLI configuration.', path);
    case 'malformed':
      return vscode.l10n.t('The KooCLI configuration {0} is not valid JSON of the expected form.', path);
    case 'noProfiles':
      return vscode.l10n.t('The KooCLI configuration {0} has no profiles.', path);
  }
}
