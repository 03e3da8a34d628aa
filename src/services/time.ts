/**
 * The services report times in five notations (ISO with and without zone, epoch milliseconds as a
 * number or a string, `yyyy-MM-dd HH:mm:ss`, `yyyyMMddHHmmss`). One parser for all of them; anything
 * it does not recognise is `undefined`, so a bad timestamp blanks a column instead of failing a list.
 */

const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const SPACED = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
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
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

export function parseCloudTime(value: unknown): Date | undefined {
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
