/** The first `max` items `keep` accepts, and whether more would have followed (a list capped for speed). */
export function firstMatches<I>(all: readonly I[], keep: (item: I) => boolean, max: number): { readonly shown: I[]; readonly more: boolean } {
  const shown: I[] = [];
  for (const item of all) {
    if (!keep(item)) continue;
    if (shown.length === max) return { shown, more: true };
    shown.push(item);
  }
  return { shown, more: false };
}
