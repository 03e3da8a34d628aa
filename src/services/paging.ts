/**
 * Cursors are opaque to the tree ("Load more…" hands back what it was given) but each service pages
 * differently: DCS by 0-based item `offset`, DMS by 1-based `start`, CodeArts Check by 1-based page.
 * A cursor records which of these it holds, so one service's cursor is never misread by another.
 */
import { CloudError } from '../net/errors';

export type CursorKind = 'offset' | 'start' | 'page';

const PREFIX = 'c1';
/** Far above any documented total (ProjectMan caps at 10000); keeps forged cursors harmless. */
const MAX_POSITION = 10_000_000;

export function encodeCursor(kind: CursorKind, position: number): string {
  return Buffer.from(`${PREFIX}:${kind}:${position}`, 'utf8').toString('base64url');
}

/** The position a cursor holds, or `initial` when there is none; a malformed cursor is badInput. */
export function decodeCursor(kind: CursorKind, cursor: string | undefined, initial: number): number {
  if (cursor === undefined) return initial;
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const parts = text.split(':');
  const position = Number(parts[2]);
  const valid =
    parts.length === 3 &&
    parts[0] === PREFIX &&
    parts[1] === kind &&
    /^\d+$/.test(parts[2] ?? '') &&
    position >= initial &&
    position <= MAX_POSITION;
  if (!valid) throw new CloudError('badInput', 'Invalid page cursor');
  return position;
}

/** The largest page the API allows unless the caller asks for less; never below 1. */
export function pageSizeFor(requested: number | undefined, max: number): number {
  if (requested === undefined || !Number.isFinite(requested)) return max;
  return Math.min(max, Math.max(1, Math.floor(requested)));
}

/**
 * Whether another page may follow. With a reported total: until that many items were seen (a page
 * shorter than asked for does not end the list, as the server may cap `limit` below our request).
 * Without a total: until a short page. An empty page always ends it, so a wrong total cannot loop.
 */
export function hasMore(seenThrough: number, received: number, requested: number, total: number | undefined): boolean {
  if (received === 0) return false;
  return total === undefined ? received >= requested : seenThrough < total;
}
