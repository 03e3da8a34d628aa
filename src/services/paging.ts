/**
 * How lists page, and the cursor that carries a listing from one page to the next. Cursors are opaque to
 * the tree ("Load more…" hands back what it was given) but record where the listing stands: which paging
 * scheme the service answered to, how many items and pages came so far, which schemes were tried, and a
 * digest of the last page, so the next page can tell a service that ignored the position from one that
 * moved on (see `pagedList.ts`).
 */
import { CloudError } from '../net/errors';

export type SchemeId = 'offset' | 'start' | 'page0' | 'page1';

/** One way of asking for the next page: a query parameter, and the value it takes after `seen` items on `pages` pages. */
export interface PagingScheme {
  readonly id: SchemeId;
  readonly param: string;
  /** Positions count pages, not items: every page of the listing must then have the same size. */
  readonly countsPages: boolean;
  position(seen: number, pages: number): number;
}

/** 0-based item offset (DCS, DMS instance lists, the current SDKs' DMS task lists). */
export const ITEM_OFFSET: PagingScheme = { id: 'offset', param: 'offset', countsPages: false, position: (seen) => seen };
/** 1-based item position (DMS task lists in the documents, OTC and Terraform). */
export const ITEM_START: PagingScheme = { id: 'start', param: 'start', countsPages: false, position: (seen) => seen + 1 };
/** Page number counted from 0, in `offset`. */
export const PAGE_FROM_0: PagingScheme = { id: 'page0', param: 'offset', countsPages: true, position: (_seen, pages) => pages };
/** Page number counted from 1, in `offset`. */
export const PAGE_FROM_1: PagingScheme = { id: 'page1', param: 'offset', countsPages: true, position: (_seen, pages) => pages + 1 };

export interface CursorState {
  readonly scheme: SchemeId;
  /** Items received so far, repeats included: the servers' own positions. */
  readonly seen: number;
  readonly pages: number;
  /** Bit i set: the listing's scheme i was tried. */
  readonly tried: number;
  /** Digest of the ids on the last page received. */
  readonly last: string;
  /**
   * Digest of the first id on the last page. A later page that holds it again was not asked for by
   * position: a server that ignores the position answers the top of the list, shifted when tasks were
   * added meanwhile (an exact repeat would miss that). A server that pages by position never shows a page's
   * first item on the next page, even after insertions above it.
   */
  readonly first: string;
  /** The page size of the last page asked for, kept by listings whose positions count pages. */
  readonly limit: number;
  /**
   * The last page was shorter than asked, with no total to say whether it was the last: the next page is asked
   * only to settle that, so an empty page, or one that repeats it under every scheme, ends the list unflagged.
   */
  readonly probe?: boolean;
}

const PREFIX = 'c3';
/** Far above any documented total (ProjectMan caps at 10000); keeps forged cursors harmless. */
const MAX_POSITION = 10_000_000;
const DIGEST = /^[A-Za-z0-9_-]{11}$/;

export function encodeCursor(state: CursorState): string {
  const { scheme, seen, pages, tried, last, first, limit, probe } = state;
  return Buffer.from([PREFIX, scheme, seen, pages, tried, last, first, limit, ...(probe ? ['p'] : [])].join(':'), 'utf8').toString('base64url');
}

/** The state a cursor holds for a listing with these schemes; undefined without a cursor; badInput when malformed. */
export function decodeCursor(cursor: string | undefined, schemes: readonly PagingScheme[]): CursorState | undefined {
  if (cursor === undefined) return undefined;
  const text = /^[A-Za-z0-9_-]{1,180}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const [prefix, scheme, seenText, pagesText, triedText, last, first, limitText, probeText, ...rest] = text.split(':');
  const int = (s: string | undefined, max: number): number => (s !== undefined && /^\d{1,8}$/.test(s) && Number(s) <= max ? Number(s) : NaN);
  const seen = int(seenText, MAX_POSITION);
  const pages = int(pagesText, MAX_POSITION);
  const tried = int(triedText, (1 << schemes.length) - 1);
  const limit = int(limitText, MAX_POSITION);
  const valid =
    prefix === PREFIX &&
    rest.length === 0 &&
    (probeText === undefined || probeText === 'p') &&
    schemes.some((s) => s.id === scheme) &&
    pages >= 1 &&
    seen >= 0 &&
    tried >= 1 &&
    limit >= 1 &&
    DIGEST.test(last ?? '') &&
    DIGEST.test(first ?? '');
  if (!valid) throw new CloudError('badInput', 'Invalid page cursor');
  return { scheme: scheme as SchemeId, seen, pages, tried, last: last!, first: first!, limit, ...(probeText === 'p' ? { probe: true } : {}) };
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
