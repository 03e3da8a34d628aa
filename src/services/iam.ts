/**
 * IAM: which projects (and so regions) the account has, and what the regions are called. Read-only:
 * the extension never creates a project. Calls go to the profile's home region.
 */
import type { ApiClient } from '../net/api';
import { isCloudError } from '../net/errors';
import { isObject, readBoolean, readObjects, readString, withOperation, type JsonObject } from './parse';
import { sendForObject } from './scope';
import { builtInRegionNames, isKnownRegion } from './regions';
import type { Project } from './types';

export type RegionLocale = 'en-us' | 'zh-cn';

export interface RegionNames {
  readonly names: ReadonlyMap<string, string>;
  /** False when `GET /v3/regions` failed and the names are the built-in table. */
  readonly live: boolean;
}

interface IamCall {
  readonly client: ApiClient;
  readonly homeRegion: string;
  readonly signal?: AbortSignal;
}

async function getIam(call: IamCall, path: string[], operation: string): Promise<JsonObject> {
  const { body } = await sendForObject(call.client, {
    service: 'iam',
    region: call.homeRegion,
    method: 'GET',
    path,
    signal: call.signal,
    operation,
  });
  return body;
}

export function regionOfProjectName(name: string): string {
  const cut = name.indexOf('_');
  return cut === -1 ? name : name.slice(0, cut);
}

function compareProjects(a: Project, b: Project): number {
  // `numeric` puts cn-north-4 before cn-north-11 and a region's own project before its sub-projects.
  return a.name.localeCompare(b.name, 'en', { numeric: true });
}

/** Maps `GET /v3/auth/projects`, keeping enabled projects of known regions (not `MOS` and the like). */
export function readProjects(body: JsonObject, isRegion: (id: string) => boolean): Project[] {
  const all = readObjects(body, 'projects', (p, at) => ({
    id: readString(p, 'id', { at }),
    name: readString(p, 'name', { at }),
    description: readString(p, 'description', { optional: true, at }) || undefined,
    domainId: readString(p, 'domain_id', { optional: true, at }),
    enabled: readBoolean(p, 'enabled', { optional: true, at }) !== false,
    isDomain: readBoolean(p, 'is_domain', { optional: true, at }) === true,
  }));
  return all
    .filter((p) => p.enabled && !p.isDomain && isRegion(regionOfProjectName(p.name)))
    .map(({ id, name, description, domainId }) => ({ id, name, region: regionOfProjectName(name), description, domainId }))
    .sort(compareProjects);
}

export async function listProjects(
  client: ApiClient,
  homeRegion: string,
  options: { readonly signal?: AbortSignal; readonly extraRegions?: Iterable<string> } = {},
): Promise<Project[]> {
  const extra = new Set(options.extraRegions ?? []);
  const body = await getIam({ client, homeRegion, signal: options.signal }, ['v3', 'auth', 'projects'], 'iam.listProjects');
  return withOperation('iam.listProjects', () => readProjects(body, (r) => isKnownRegion(r) || extra.has(r)));
}

/** Region names from `GET /v3/regions`, over the built-in table; the table alone if the call fails. */
export async function listRegionNames(
  client: ApiClient,
  homeRegion: string,
  locale: RegionLocale,
  signal?: AbortSignal,
): Promise<RegionNames> {
  const names = builtInRegionNames();
  try {
    const body = await getIam({ client, homeRegion, signal }, ['v3', 'regions'], 'iam.listRegions');
    withOperation('iam.listRegions', () =>
      readObjects(body, 'regions', (r, at) => {
        const id = readString(r, 'id', { at });
        const locales = isObject(r['locales']) ? r['locales'] : {};
        const name = [locales[locale], locales['en-us']].find((n): n is string => typeof n === 'string' && n.trim() !== '');
        if (name) names.set(id, name);
        else if (!names.has(id)) names.set(id, id);
      }),
    );
    return { names, live: true };
  } catch (e) {
    // Names are cosmetic: any cloud failure falls back to the table. A cancel still cancels.
    if (isCloudError(e) && e.kind !== 'cancelled') return { names: builtInRegionNames(), live: false };
    throw e;
  }
}

/**
 * The account's projects with region names. Regions the live list reports count as known, so a
 * private cloud's own regions are shown.
 */
export async function loadAccount(
  client: ApiClient,
  homeRegion: string,
  locale: RegionLocale,
  signal?: AbortSignal,
): Promise<{ readonly projects: Project[]; readonly regionNames: RegionNames }> {
  const regionNames = await listRegionNames(client, homeRegion, locale, signal);
  const extraRegions = regionNames.live ? regionNames.names.keys() : [];
  const projects = await listProjects(client, homeRegion, { signal, extraRegions });
  return { projects, regionNames };
}

/** One cheap signed call, so keys are known to work before they are saved. Rejects with CloudError. */
export async function checkCredentials(client: ApiClient, region: string, signal?: AbortSignal): Promise<void> {
  const body = await getIam({ client, homeRegion: region, signal }, ['v3', 'auth', 'projects'], 'iam.checkCredentials');
  withOperation('iam.checkCredentials', () => readObjects(body, 'projects', () => undefined));
}
