/** Field-level work on a profile's settings: what is stored, what an edit changed, what reroutes its requests. */
import { isConsoleSite, type ProfileSettings } from './profile';

/** The fields to change; an optional field present as `undefined` is removed. */
export type ProfilePatch = Partial<ProfileSettings>;

const FIELDS: ReadonlyArray<keyof ProfileSettings> = ['name', 'cloud', 'endpointTemplate', 'region', 'endpointOverrides', 'projectId', 'consoleSite'];

/** Copies only the known, non-secret fields, so nothing else can slip into `globalState`. */
export function storedFields(s: ProfileSettings): ProfileSettings {
  return {
    name: s.name,
    cloud: s.cloud,
    region: s.region,
    ...(s.endpointTemplate !== undefined ? { endpointTemplate: s.endpointTemplate } : {}),
    ...(s.endpointOverrides !== undefined ? { endpointOverrides: { ...s.endpointOverrides } } : {}),
    ...(s.projectId !== undefined ? { projectId: s.projectId } : {}),
    ...(isConsoleSite(s.consoleSite) ? { consoleSite: s.consoleSite } : {}),
  };
}

export function applyPatch(current: ProfileSettings, patch: ProfilePatch): ProfileSettings {
  return storedFields({ ...current, ...patch });
}

/**
 * The fields a person changed between what a prompt showed and what it returned, so that saving touches
 * only those and keeps whatever else changed meanwhile.
 */
export function changedFields(shown: ProfileSettings, answered: ProfileSettings): ProfilePatch {
  const patch: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (JSON.stringify(shown[field]) !== JSON.stringify(answered[field])) patch[field] = answered[field];
  }
  return patch as ProfilePatch;
}

/** Whether two versions of a profile send the same requests to the same places (the name is only a label). */
export function sameRoute(a: ProfileSettings, b: ProfileSettings): boolean {
  return routeKey(a) === routeKey(b);
}

/** Where a profile's requests go (cloud, home region, template, overrides), as one comparable text. */
export function routeKey(p: ProfileSettings): string {
  return JSON.stringify([p.cloud, p.region, p.endpointTemplate ?? '', p.endpointOverrides ?? {}]);
}
