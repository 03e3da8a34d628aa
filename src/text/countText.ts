/**
 * What a filtered instance row says about its tasks. The filter sees only the pages loaded so far, so
 * when more remain the row names what was looked at ("2 of 50 loaded tasks (120 in all)"), never a
 * count that reads as the whole list's ("2 of 120 tasks" while 70 matches wait on page 2).
 */
import type { Localizer } from '../util/localizer';

export interface FilteredCount {
  /** Loaded tasks the filter shows. */
  readonly shown: number;
  readonly loaded: number;
  /** Every task the list has, as the service reported it; undefined when it does not say. */
  readonly total: number | undefined;
  /** Whether every page was loaded. */
  readonly complete: boolean;
}

export function filteredCountText(c: FilteredCount, l10n: Localizer): string {
  if (c.complete) return l10n.t('{0} of {1} tasks', c.shown, c.loaded);
  return c.total === undefined
    ? l10n.t('{0} of {1} loaded tasks (more to load)', c.shown, c.loaded)
    : l10n.t('{0} of {1} loaded tasks ({2} in all)', c.shown, c.loaded, c.total);
}
