/** Field-level work on a profile's settings: what is stored, and what an edit changed. */
import type { ProfileSettings } from './profile';

/** The fields to change; an optional field present as `undefined` is removed. */
export type ProfilePatch = Partial<ProfileSettings>;

const FIELDS: ReadonlyArray<keyof ProfileSettings> = ['name', 'cloud', 'endpointTemplate', 'region', 'endpointOverrides', 'projectId'];

/** Copies only the known, non-secret fields, so nothing else can slip into `globalState`. */
export function storedFields(s: ProfileSettings): ProfileSettings {
  return {
    name: s.name,
    cloud: s.cloud,
    region: s.region,
    ...(s.endpointTemplate !== undefined ? { endpointTemplate: s.endpointTemplate } : {}),
    ...(s.endpointOverrides !== undefined ? { endpointOverrides: { ...s.endpointOverrides } } : {}),
    ...(s.projectId !== undefined ? { projectId: s.projectId } : {}),
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
