/**
 * Pages can overlap when items are added meanwhile (the next page repeats the last one seen), so every
 * listing keeps an item only the first time its id turns up.
 */
export interface Identified {
  readonly id: string;
}

/** The items whose ids are not yet in `seen`, first of each id; their ids are added to `seen`. */
export function keepUnseen<T extends Identified>(items: readonly T[], seen: Set<string>): T[] {
  return items.filter((item) => !seen.has(item.id) && (seen.add(item.id), true));
}

/** Keeps the first of each id. */
export function uniqueById<T extends Identified>(items: readonly T[]): T[] {
  return keepUnseen(items, new Set());
}
