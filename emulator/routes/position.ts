/** A list's position parameter as the server variant reads it; a server that ignores paging answers page one. */
import { intParam } from './params';
import type { RouteContext } from './route';

/** The parameter within bounds; `first` when absent or ignored; null when present but invalid. */
export function position(ctx: RouteContext, name: string, first: number, max = Number.MAX_SAFE_INTEGER): number | null {
  if (ctx.behaviour.ignorePaging) return first;
  return intParam(ctx.query, name, first, max, first);
}
