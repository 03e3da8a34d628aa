/**
 * The services report times in five notations (ISO with and without zone, epoch milliseconds as a
 * number or a string, `yyyy-MM-dd HH:mm:ss`, `yyyyMMddHHmmss`). One parser for all of them; anything
 * it does not recognise is `undefined`, so a bad timestamp blanks a column instead of failing a list.
 */

const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
// The zone: `Z`, or an offset as `+08:00`, `+0800` or `+08` (ISO 8601 allows all three; Java's `X` patterns
// write the short one), after an optional space, as some servers print `2026-05-01 06:30:00 +08:00`.
const SPACED = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?: ?(Z|[+-]\d{2}(?::?\d{2})?))?$/i;
const EPOCH_MS = /^\d{1,15}$/;

/** Dates before this are certainly not task times; guards against epoch seconds read as ms. */
const MIN_EPOCH_MS = Date.UTC(2000, 0, 1);

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): Date | undefined {
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  // Date.UTC rolls 2024-02-31 over to March; a real timestamp never needs that.
  const roundTrips =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s;
  return roundTrips ? date : undefined;
}

function fromEpochMs(ms: number): Date | undefined {
  if (!Number.isSafeInteger(ms) || ms < MIN_EPOCH_MS) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** The value of `count` ASCII digits at `at`, or -1 when any of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the fields name a real UTC second, as `utc` decides it (years before 100 included: never). */
function realFields(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[mo - 1]! + (leap ? 1 : 0);
}

/**
 * `yyyy-MM-dd[T ]HH:mm:ss` with optional fraction and zone, the form nearly every task time has, read
 * without regexes or intermediate arrays (the walk parses two per task). Undefined when the text is
 * not of that form, and the general parser below decides; when it is, the result is the general one's.
 */
function parseIsoFast(text: string): Date | undefined | null {
  const n = text.length;
  if (n < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  const s = digits(text, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return undefined;
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    let end = at + 1;
    while (end < n && end - at <= 9 && digits(text, end, 1) >= 0) end++;
    if (end === at + 1 || (end < n && digits(text, end, 1) >= 0)) return undefined;
    // The general parser's arithmetic, so both round a fraction the same way.
    ms = Math.floor(Number(`0.${text.slice(at + 1, end)}`) * 1000);
    at = end;
  }
  let zone = 0;
  if (at < n) {
    const c = text.charCodeAt(at);
    if (c === 90 && at + 1 === n) zone = 0;
    else if ((c === 43 || c === 45) && (n - at === 6 || n - at === 5)) {
      const colon = n - at === 6;
      if (colon && text.charCodeAt(at + 3) !== 58) return undefined;
      const zh = digits(text, at + 1, 2);
      const zm = digits(text, at + (colon ? 4 : 3), 2);
      if (zh < 0 || zm < 0) return undefined;
      zone = (c === 45 ? -1 : 1) * (zh * 60 + zm);
    } else return undefined;
  }
  if (!realFields(y, mo, d, h, mi, s) || Math.abs(zone) > 18 * 60) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - zone * 60_000);
}

export function parseCloudTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return parseCloudTimeByPattern(value);
  // null: of the ISO form but not a real time.
  const fast = parseIsoFast(value.trim());
  return fast === undefined ? parseCloudTimeByPattern(value) : (fast ?? undefined);
}

/** The general parser, for every notation; exported so tests can hold the fast path to it. */
export function parseCloudTimeByPattern(value: unknown): Date | undefined {
  if (typeof value === 'number') return fromEpochMs(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const compact = COMPACT.exec(text);
  if (compact) {
    const [y, mo, d, h, mi, s] = compact.slice(1).map(Number) as [number, number, number, number, number, number];
    return utc(y, mo, d, h, mi, s, 0);
  }
  if (EPOCH_MS.test(text)) return fromEpochMs(Number(text));
  const m = SPACED.exec(text);
  if (!m) return undefined;
  // A time without a zone (`2022-09-01 11:52:24`, the DCS progress and old CodeArts examples) is
  // taken as UTC: the APIs document UTC for the fields that say anything, and the local zone of the
  // machine running VS Code has nothing to do with the server's.
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const date = utc(y, mo, d, h, mi, s, ms);
  if (!date) return undefined;
  const zone = offsetMinutes(m[8]);
  if (Math.abs(zone) > 18 * 60) return undefined;
  return new Date(date.getTime() - zone * 60_000);
}

/** `yyyyMMddHHmmss` in UTC, the form the DCS and DMS task filters take. */
export function formatCompactUtc(date: Date): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}
