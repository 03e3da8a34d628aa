/** A globalState value holding a list of strings per profile id; anything else stored there reads as nothing. */
import type { StateLike } from './profileStore';

export type ListsByProfile = Readonly<Record<string, readonly string[]>>;

export function readStringLists(state: StateLike, key: string): ListsByProfile {
  const raw = state.get<unknown>(key);
  if (typeof raw !== 'object' || raw === null) return {};
  const valid = Object.entries(raw).filter(
    (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((s) => typeof s === 'string'),
  );
  return Object.fromEntries(valid);
}
