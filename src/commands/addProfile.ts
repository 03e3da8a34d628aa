/**
 * Add Profile: one multi-step input ("(2/6)", Back keeps each answer). The keys are checked before anything is
 * saved; when the check fails, the Secret Access Key step is asked again with the reason in it, and giving the
 * same keys again asks whether to save them unchecked.
 */
import * as vscode from 'vscode';
import type { Credentials } from '../net/signer';
import type { ProfileSettings } from '../profiles/profile';
import type { CloudId } from '../services/types';
import { runSteps, type Step } from '../ui/multiStepInput';
import { allowProfileEndpoints, foreignProfileEndpoints } from './allowProfileEndpoints';
import type { CommandContext } from './commandContext';
import { promptAccessKey, promptCloud, promptEndpointTemplate, promptProfileName, promptRegion, promptSecretKey, promptSecurityToken, settingsFrom } from './profilePrompts';
import { checkKeys, confirmUncheckedKeys, uncheckedKeysText } from './verifyKeys';

interface Answers {
  name?: string;
  cloud?: CloudId;
  endpointTemplate?: string;
  region?: string;
  accessKey?: string;
  secretKey?: string;
  securityToken?: string;
  /** The endpoint question answered for these hosts, and what records it once the profile is saved. */
  approval?: { readonly hosts: string; readonly record: (id: string) => Promise<void> };
  /** Keys the check refused, and why. */
  refused?: { readonly keys: string; readonly error: unknown };
}

const settingsOf = (a: Answers): ProfileSettings => settingsFrom({ name: a.name!, cloud: a.cloud!, region: a.region!, endpointTemplate: a.endpointTemplate });
const credentialsOf = (a: Answers): Credentials => ({ accessKey: a.accessKey!, secretKey: a.secretKey!, ...(a.securityToken ? { securityToken: a.securityToken } : {}) });

function steps(ctx: CommandContext): ReadonlyArray<Step<Answers>> {
  return [
    { id: 'name', run: async (a, at) => void (a.name = await promptProfileName(ctx, a.name, undefined, at)) },
    {
      id: 'cloud',
      run: async (a, at) => {
        const cloud = await promptCloud(ctx, a.cloud, at);
        // Another cloud has other regions: its default is offered instead of the region kept.
        if (cloud !== a.cloud) a.region = undefined;
        a.cloud = cloud;
      },
    },
    { id: 'endpoint', applies: (a) => a.cloud === 'custom', run: async (a, at) => void (a.endpointTemplate = await promptEndpointTemplate(ctx, a.endpointTemplate, at)) },
    { id: 'region', run: async (a, at) => void (a.region = await promptRegion(ctx, a.cloud!, a.region, at)) },
    {
      // Before any key is typed; asked again only when Back changed the hosts the keys would go to.
      id: 'endpoints',
      check: true,
      run: async (a) => {
        const hosts = JSON.stringify(foreignProfileEndpoints(ctx, settingsOf(a)));
        if (a.approval?.hosts !== hosts) a.approval = { hosts, record: await allowProfileEndpoints(ctx, settingsOf(a)) };
      },
    },
    { id: 'accessKey', run: async (a, at) => void (a.accessKey = await promptAccessKey(ctx, a.name!, a.accessKey, at)) },
    {
      id: 'secretKey',
      run: async (a, at) => void (a.secretKey = await promptSecretKey(ctx, a.name!, a.secretKey, at, a.refused && uncheckedKeysText(a.refused.error))),
    },
    { id: 'securityToken', run: async (a, at) => void (a.securityToken = await promptSecurityToken(ctx, a.securityToken, at)) },
    {
      id: 'checkKeys',
      check: true,
      run: async (a) => {
        const keys = JSON.stringify(credentialsOf(a));
        if (a.refused?.keys === keys) return confirmUncheckedKeys(ctx, a.refused.error);
        const error = await checkKeys(ctx, settingsOf(a), credentialsOf(a));
        if (error === undefined) return undefined;
        a.refused = { keys, error };
        return 'secretKey';
      },
    },
  ];
}

export async function addProfile(ctx: CommandContext): Promise<string> {
  const answers = await runSteps<Answers>({}, steps(ctx));
  const profile = await ctx.store.add(settingsOf(answers), credentialsOf(answers));
  // A new profile's row is collapsed, so nothing asks the gate before this is recorded.
  await answers.approval!.record(profile.id);
  ctx.logger.info(`added profile "${profile.name}" (${profile.cloud}, ${profile.region})`);
  ctx.ui.info(vscode.l10n.t('Profile "{0}" added.', profile.name));
  return profile.id;
}
