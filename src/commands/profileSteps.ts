/**
 * The steps of the profile flows (Add Profile, Edit Profile, Edit Keys, KooCLI import), each a multi-step
 * input with a step count and Back. One set of steps, so every flow asks, checks and keeps answers the same way.
 */
import type { Credentials } from '../net/signer';
import type { ConsoleSite, ProfileSettings } from '../profiles/profile';
import { routeKey } from '../profiles/profileFields';
import type { CloudId } from '../services/types';
import type { Step } from '../ui/multiStepInput';
import { foreignProfileEndpoints, allowProfileEndpoints } from './allowProfileEndpoints';
import type { CommandContext } from './commandContext';
import type { EndpointOverrides } from './editProfileOverrides';
import { promptAccessKey, promptCloud, promptConsoleSite, promptEndpointTemplate, promptProfileName, promptRegion, promptSecretKey, promptSecurityToken, settingsFrom } from './profilePrompts';
import { checkKeys, confirmUncheckedKeys, uncheckedKeysText } from './verifyKeys';

export interface ProfileAnswers {
  name?: string;
  cloud?: CloudId;
  endpointTemplate?: string;
  region?: string;
  projectId?: string;
  consoleSite?: ConsoleSite;
  endpointOverrides?: EndpointOverrides;
  accessKey?: string;
  secretKey?: string;
  securityToken?: string;
  /** The endpoint question answered for these hosts, and what records it once the profile is saved. */
  approval?: { readonly hosts: string; readonly record: (id: string) => Promise<void> };
  /** The region answered for each cloud chosen so far, so going back to a cloud brings its region back. */
  regionsByCloud?: Partial<Record<CloudId, string>>;
  /** Keys the check refused, where they were sent (the route), and why. */
  refused?: Refusal;
}

/** What a key check refused: the settings' route and the keys, each as one comparable text. */
export interface Refusal {
  readonly route: string;
  readonly keys?: string;
  readonly error: unknown;
}

export const settingsOf = (a: ProfileAnswers): ProfileSettings =>
  settingsFrom({
    name: a.name!,
    cloud: a.cloud!,
    region: a.region!,
    endpointTemplate: a.endpointTemplate,
    ...(a.endpointOverrides ? { endpointOverrides: a.endpointOverrides } : {}),
    ...(a.projectId ? { projectId: a.projectId } : {}),
    ...(a.consoleSite ? { consoleSite: a.consoleSite } : {}),
  });

export const credentialsOf = (a: ProfileAnswers): Credentials => ({
  accessKey: a.accessKey!,
  secretKey: a.secretKey!,
  ...(a.securityToken ? { securityToken: a.securityToken } : {}),
});

/** The answers a flow starts from: a stored profile's settings (its keys are never shown again). */
export function answersFrom(settings: Partial<ProfileSettings>): ProfileAnswers {
  const { name, cloud, region, endpointTemplate, endpointOverrides, projectId, consoleSite } = settings;
  return { name, cloud, region, endpointTemplate, endpointOverrides, projectId, consoleSite };
}

/**
 * Name (when `askName` says so), cloud, endpoint template (Custom only), home region and, for Huawei Cloud,
 * the account's site (its console; guessed from the region until answered). Going back to a cloud
 * answered before brings back its region (for the profile's own cloud, its stored region); another cloud offers
 * its own default.
 */
export function settingsSteps(ctx: CommandContext, initial: ProfileAnswers, options: { askName: (a: ProfileAnswers) => boolean; exceptId?: string }): Array<Step<ProfileAnswers>> {
  return [
    { id: 'name', applies: options.askName, run: async (a, at) => void (a.name = await promptProfileName(ctx, a.name, options.exceptId, at)) },
    {
      id: 'cloud',
      run: async (a, at) => {
        const cloud = await promptCloud(ctx, a.cloud, at);
        if (cloud !== a.cloud) {
          if (a.cloud && a.region) a.regionsByCloud = { ...a.regionsByCloud, [a.cloud]: a.region };
          a.region = a.regionsByCloud?.[cloud] ?? (cloud === initial.cloud ? initial.region : undefined);
        }
        a.cloud = cloud;
      },
    },
    { id: 'endpoint', applies: (a) => a.cloud === 'custom', run: async (a, at) => void (a.endpointTemplate = await promptEndpointTemplate(ctx, a.endpointTemplate, at)) },
    { id: 'region', run: async (a, at) => void (a.region = await promptRegion(ctx, a.cloud!, a.region, at)) },
    { id: 'consoleSite', applies: (a) => a.cloud === 'huaweicloud', run: async (a, at) => void (a.consoleSite = await promptConsoleSite(ctx, a.region!, a.consoleSite, at)) },
  ];
}

/**
 * Before any key is typed or checked: asks about hosts outside the known clouds (those `profileId` has not
 * allowed yet); asked again only when Back changed the hosts the keys would go to.
 */
export function endpointsStep(ctx: CommandContext, profileId?: string): Step<ProfileAnswers> {
  return {
    id: 'endpoints',
    check: true,
    run: async (a) => {
      const hosts = JSON.stringify(foreignProfileEndpoints(ctx, settingsOf(a)));
      if (a.approval?.hosts !== hosts) a.approval = { hosts, record: await allowProfileEndpoints(ctx, settingsOf(a), profileId) };
    },
  };
}

/** The refusal, if it was for the route the answers have now: one for other settings says nothing of these. */
export function refusalFor(a: ProfileAnswers): Refusal | undefined {
  return a.refused?.route === routeKey(settingsOf(a)) ? a.refused : undefined;
}

/**
 * Access Key ID, Secret Access Key and security token, then one signed call to check them. Refused keys
 * reopen the Secret Access Key step with the reason in it; the same keys given again for the same route ask
 * whether to save them unchecked, while keys or settings changed since are checked again. `applies` leaves
 * the steps out (Edit Profile keeping the stored keys).
 */
export function keySteps(ctx: CommandContext, applies?: (a: ProfileAnswers) => boolean): Array<Step<ProfileAnswers>> {
  return [
    { id: 'accessKey', applies, run: async (a, at) => void (a.accessKey = await promptAccessKey(ctx, a.name!, a.accessKey, at)) },
    {
      id: 'secretKey',
      applies,
      run: async (a, at) => {
        // A refusal of the stored keys (Edit Profile) says nothing of keys not typed yet.
        const refused = refusalFor(a);
        a.secretKey = await promptSecretKey(ctx, a.name!, a.secretKey, at, refused?.keys !== undefined ? uncheckedKeysText(refused.error) : undefined);
      },
    },
    { id: 'securityToken', applies, run: async (a, at) => void (a.securityToken = await promptSecurityToken(ctx, a.securityToken, at)) },
    {
      id: 'checkKeys',
      applies,
      check: true,
      run: async (a) => {
        const keys = JSON.stringify(credentialsOf(a));
        const refused = refusalFor(a);
        if (refused?.keys === keys) return confirmUncheckedKeys(ctx, refused.error);
        const error = await checkKeys(ctx, settingsOf(a), credentialsOf(a));
        if (error === undefined) return undefined;
        a.refused = { route: routeKey(settingsOf(a)), keys, error };
        return 'secretKey';
      },
    },
  ];
}
