/**
 * One page of any list the services read (instances, tasks, CodeArts projects): the one place that sends
 * the page request, reads the items and decides what comes next.
 *
 * Where the documents and the SDKs disagree on how a list pages (DMS `start` or `offset`, CodeArts page 0
 * or 1, ProjectMan items or pages), a listing has several schemes, tried in order. A page that repeats the
 * previous one, or comes back empty while the service's own total says more remain, means the service did
 * not take the position as sent: the same page is asked again under the next untried scheme, and the
 * listing carries on with the one that moved. When every scheme repeats, the page says `pagingIgnored`
 * and the listing stops there, logged: never a silent truncation, never a loop.
 */
import type { ApiRequest } from '../net/api';
import type { QueryParams } from '../net/encoding';
import { pageDigest } from './pageDigest';
import { decodeCursor, encodeCursor, hasMore, pageSizeFor, type CursorState, type PagingScheme } from './paging';
import { withOperation, type JsonObject } from './parse';
import { sendForObject } from './scope';
import type { Page, ServiceScope } from './types';
import { uniqueById, type Identified } from './uniqueById';

export interface PagedListSpec<T extends Identified> {
  readonly operation: string;
  /** What the list holds, for log lines: "tasks", "instances", "CodeArts projects". */
  readonly what: string;
  readonly maxPageSize: number;
  /** Tried in this order; the first is where every listing starts. */
  readonly schemes: readonly [PagingScheme, ...PagingScheme[]];
  /** The request for one page; `paging` (position and `limit`) goes into its query. */
  readonly request: (paging: QueryParams) => ApiRequest;
  /** Every item of a page as the server sent it (before any filtering), and the total it reports. */
  readonly read: (body: JsonObject) => { readonly items: readonly T[]; readonly total: number | undefined };
}

type Verdict = 'moved' | 'repeated' | 'stalled';

const bit = (i: number): number => 1 << i;

function judge(items: readonly Identified[], total: number | undefined, state: CursorState | undefined): Verdict {
  const seen = state?.seen ?? 0;
  if (items.length === 0) return total !== undefined && seen < total ? 'stalled' : 'moved';
  if (state === undefined) return 'moved';
  // The same page, or the last page's first item again (the top of the list, shifted by tasks added since).
  return pageDigest(items) === state.last || items.some((i) => pageDigest([i]) === state.first) ? 'repeated' : 'moved';
}

export async function listPage<T extends Identified>(
  scope: ServiceScope,
  spec: PagedListSpec<T>,
  cursor: string | undefined,
  pageSize: number | undefined,
): Promise<Page<T>> {
  const state = decodeCursor(cursor, spec.schemes);
  // A page number means nothing at a new page size (page 2 of 100 is not what follows page 1 of 50), so a
  // listing that counts pages, or may switch to counting them, keeps the size it began with. Item
  // positions hold at any size: a walk that continues the tree's listing reads its largest pages.
  const limit = state && spec.schemes.some((s) => s.countsPages) ? state.limit : pageSizeFor(pageSize, spec.maxPageSize);
  const seen = state?.seen ?? 0;
  const pages = state?.pages ?? 0;
  let index = state ? spec.schemes.findIndex((s) => s.id === state.scheme) : 0;
  let tried = (state?.tried ?? 0) | bit(index);
  for (;;) {
    const scheme = spec.schemes[index]!;
    const position = scheme.position(seen, pages);
    const request = spec.request({ [scheme.param]: position, limit });
    const { body } = await sendForObject(scope.client, { ...request, operation: spec.operation });
    const { items, total } = withOperation(spec.operation, () => spec.read(body));
    const verdict = judge(items, total, state);
    if (verdict === 'moved') {
      // Without a total a page shorter than asked ends the list; but a walk asks for the service's largest page,
      // which a server may cap lower than the documents say, so there one more page settles whether it was the last.
      const probe = pageSize === undefined && total === undefined && items.length > 0 && items.length < limit;
      const nextState: CursorState = {
        scheme: scheme.id,
        seen: seen + items.length,
        pages: pages + 1,
        tried,
        last: pageDigest(items),
        first: pageDigest(items.slice(0, 1)),
        limit,
        ...(probe ? { probe } : {}),
      };
      const more = probe || hasMore(nextState.seen, items.length, limit, total);
      return { items: uniqueById(items), total, next: more ? encodeCursor(nextState) : undefined };
    }
    const alternative = spec.schemes.findIndex((_s, i) => (tried & bit(i)) === 0);
    const asked = `${scheme.param}=${position}`;
    if (alternative === -1 && state?.probe && verdict === 'repeated' && state.pages === 1) {
      // The page asked only to settle whether the short first page was the last repeats it under every scheme:
      // a server that does not page at all, whose one short page was the whole list. A repeat after several
      // pages is a server that stopped paging part-way, and is said to be so below.
      return { items: [], total, next: undefined };
    }
    if (alternative === -1) {
      // Every scheme gave nothing new. Empty pages under all of them agree that the list ends here; a
      // repeated page means the service returns the same page whatever it is asked.
      // Empty pages under every scheme while the service's own total says more remain: the list ends short
      // of what the service reported, so it is said to be incomplete, never cut silently.
      if (verdict === 'stalled') {
        scope.logger?.warn(`${spec.operation}: page ${pages + 1} came back empty under every paging parameter while the service reports ${total} ${spec.what}; the list stops after ${seen} and is incomplete`);
        return { items: [], total, pagingIgnored: true };
      }
      const params = spec.schemes.filter((_s, i) => (tried & bit(i)) !== 0).map((s) => s.param);
      scope.logger?.warn(
        `${spec.operation}: the service ignored paging: page ${pages + 1} repeated page ${pages} (asked by ${params.join(', then ')}); the list stops after ${seen}${total === undefined ? '' : ` of ${total}`} ${spec.what} and is incomplete`,
      );
      return { items: [], total, pagingIgnored: true };
    }
    const next = spec.schemes[alternative]!;
    scope.logger?.info(
      `${spec.operation}: page ${pages + 1} asked with ${asked} ${verdict === 'repeated' ? 'repeated the page before' : 'came back empty short of the total'}; asking with ${next.param}=${next.position(seen, pages)} instead`,
    );
    index = alternative;
    tried |= bit(alternative);
  }
}
