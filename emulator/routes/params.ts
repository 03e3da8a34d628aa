/** Query parameter parsing shared by the routes: bounded integers, time filters, time formats. */

export type Query = Readonly<Record<string, readonly string[]>>;

export function first(query: Query, name: string): string | undefined {
  return query[name]?.[0];
}

/** The parameter as an integer within bounds; `fallback` when absent; null when present but invalid. */
export function intParam(query: Query, name: string, min: number, max: number, fallback: number): number | null {
  const raw = first(query, name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

/** `yyyyMMddHHmmss` (UTC) → epoch ms; null when malformed. */
export function compactTime(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!m) return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return Number.isNaN(ms) ? null : ms;
}

/** The [from, to] window of optional compact-time parameters; null when one is malformed. */
export function timeWindow(query: Query, fromName: string, toName: string): { from: number; to: number } | null {
  const from = first(query, fromName);
  const to = first(query, toName);
  const fromMs = from ? compactTime(from) : -Infinity;
  const toMs = to ? compactTime(to) : Infinity;
  return fromMs === null || toMs === null ? null : { from: fromMs, to: toMs };
}

export const isoTime = (ms: number): string => new Date(ms).toISOString();

/** `yyyy-MM-dd HH:mm:ss` in UTC, as CodeArts and DCS progress steps show times. */
export const plainTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

export const HEX32 = /^[0-9a-f]{32}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Task ids in the wild are hex or uuid-like; anything else is a malformed id. */
export const TASK_ID = /^[0-9A-Za-z-]{1,64}$/;
