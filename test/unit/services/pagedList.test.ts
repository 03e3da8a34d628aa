/**
 * The paged-list helper against servers answering from memory, for the behaviours the variants test only
 * end to end: which parameter each request carries, the cursor carrying a switch, and the log lines.
 */
import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import type { QueryParams } from '../../../src/net/encoding';
import { listPage, type PagedListSpec } from '../../../src/services/pagedList';
import { ITEM_OFFSET, ITEM_START, PAGE_FROM_0, PAGE_FROM_1, type PagingScheme } from '../../../src/services/paging';
import { readListObjects, readNumberLike, readString } from '../../../src/services/parse';
import type { Page } from '../../../src/services/types';
import { createMemoryLogger } from '../../helpers/memoryLogger';
import { sampleProject, stubClient } from '../../helpers/servicesStub';

interface Item {
  readonly id: string;
}

const IDS = Array.from({ length: 25 }, (_, i) => `t${String(i).padStart(2, '0')}`);

function spec(schemes: readonly [PagingScheme, ...PagingScheme[]]): PagedListSpec<Item> {
  return {
    operation: 'test.list',
    what: 'tasks',
    maxPageSize: 100,
    schemes,
    request: (paging: QueryParams): ApiRequest => ({ service: 'dms', region: 'cn-north-4', method: 'GET', path: ['v2', 'list'], query: paging }),
    read: (body) => ({
      items: readListObjects(body, 'items', 'total', (o, at) => ({ id: readString(o, 'id', { at }) })),
      total: readNumberLike(body, 'total', { optional: true }),
    }),
  };
}

/** A server answering items [from, from + limit) where `from` comes from the request as `locate` reads it. */
function server(locate: (query: QueryParams, limit: number) => number) {
  return stubClient((r) => {
    const query = r.query ?? {};
    const limit = Number(query['limit']);
    const from = Math.max(0, locate(query, limit));
    return { total: IDS.length, items: IDS.slice(from, from + limit).map((id) => ({ id })) };
  });
}

const param = (r: ApiRequest): string => Object.entries(r.query ?? {}).filter(([k]) => k !== 'limit').map(([k, v]) => `${k}=${String(v)}`).join('&');

async function walk(client: ReturnType<typeof server>, schemes: readonly [PagingScheme, ...PagingScheme[]]) {
  const { logger, lines } = createMemoryLogger();
  const pages: Array<Page<Item>> = [];
  let cursor: string | undefined;
  do {
    const page = await listPage({ client, project: sampleProject, logger }, spec(schemes), cursor, 10);
    pages.push(page);
    cursor = page.next;
  } while (cursor !== undefined && pages.length < 20);
  return { pages, lines, ids: pages.flatMap((p) => p.items.map((i) => i.id)) };
}

describe('services/pagedList: one page at a time, whatever the server honours', () => {
  it('asks with start first and keeps to it where start is honoured', async () => {
    const client = server((q) => Number(q['start'] ?? 1) - 1);
    const { ids, lines } = await walk(client, [ITEM_START, ITEM_OFFSET]);
    assert.deepEqual(ids, IDS);
    assert.deepEqual(client.requests.map(param), ['start=1', 'start=11', 'start=21']);
    assert.deepEqual(lines, []);
  });

  it('moves to offset for good when a server honouring only offset repeats the first page', async () => {
    const client = server((q) => Number(q['offset'] ?? 0));
    const { ids, lines } = await walk(client, [ITEM_START, ITEM_OFFSET]);
    assert.deepEqual(ids, IDS);
    assert.deepEqual(client.requests.map(param), ['start=1', 'start=11', 'offset=10', 'offset=20']);
    assert.deepEqual(lines.map((l) => l.level), ['info']);
    assert.match(lines[0]!.text, /test\.list: page 2 asked with start=11 repeated the page before; asking with offset=10 instead/);
  });

  it('continues an item-positioned listing at a new page size, and a page-numbered one at the size it began with', async () => {
    // The tree reads a first page of 10; a walk then asks for the rest at the service's largest (no size).
    const twoSizes = async (client: ReturnType<typeof server>, schemes: readonly [PagingScheme, ...PagingScheme[]]) => {
      const scope = { client, project: sampleProject };
      const first = await listPage(scope, spec(schemes), undefined, 10);
      const ids = first.items.map((i) => i.id);
      for (let cursor = first.next; cursor !== undefined; ) {
        const page = await listPage(scope, spec(schemes), cursor, undefined);
        ids.push(...page.items.map((i) => i.id));
        cursor = page.next;
      }
      return { ids, limits: client.requests.map((r) => r.query?.['limit']) };
    };
    const byItem = await twoSizes(server((q) => Number(q['offset'] ?? 0)), [ITEM_OFFSET]);
    assert.deepEqual(byItem, { ids: IDS, limits: [10, 100] });
    // Page 1 of 100 would start at item 100 and skip items 10 to 24.
    const byPage = await twoSizes(server((q, limit) => Number(q['offset'] ?? 0) * limit), [PAGE_FROM_0, PAGE_FROM_1]);
    assert.deepEqual(byPage, { ids: IDS, limits: [10, 10, 10] });
  });

  it('marks the page pagingIgnored and logs a warning when every parameter repeats the first page', async () => {
    const client = server(() => 0);
    const { pages, lines } = await walk(client, [ITEM_START, ITEM_OFFSET]);
    assert.deepEqual(pages.map((p) => [p.items.length, p.pagingIgnored, p.next === undefined]), [
      [10, undefined, false],
      [0, true, true],
    ]);
    assert.equal(pages[1]!.total, 25);
    assert.deepEqual(client.requests.map(param), ['start=1', 'start=11', 'offset=10']);
    assert.deepEqual(lines.map((l) => l.level), ['info', 'warn']);
    assert.match(lines[1]!.text, /ignored paging: page 2 repeated page 1 \(asked by start, then offset\); the list stops after 10 of 25 tasks and is incomplete/);
  });

  it('without a total, a walk follows a page shorter than asked with one more request that settles it', async () => {
    const capped = (cap: number, repeatFrom = Infinity) =>
      stubClient((r) => {
        const from = Math.min(Number(r.query?.['offset'] ?? 0), repeatFrom);
        return { items: IDS.slice(from, from + Math.min(Number(r.query?.['limit']), cap)).map((id) => ({ id })) };
      });
    const walkAll = async (client: ReturnType<typeof capped>) => {
      const { logger, lines } = createMemoryLogger();
      const pages: Array<Page<Item>> = [];
      let cursor: string | undefined;
      do {
        const page = await listPage({ client, project: sampleProject, logger }, spec([ITEM_OFFSET]), cursor, undefined);
        pages.push(page);
        cursor = page.next;
      } while (cursor !== undefined && pages.length < 20);
      return { ids: pages.flatMap((p) => p.items.map((i) => i.id)), flagged: pages.some((p) => p.pagingIgnored), lines };
    };
    // Capped at 7 below the 100 asked: every page is short, each followed by another, until one comes back empty.
    const all = await walkAll(capped(7));
    assert.deepEqual({ ids: all.ids, flagged: all.flagged }, { ids: IDS, flagged: false });
    // A server that stops paging part-way (answers offset 14 and on with the page at 14) is said to, not taken as the end.
    const stopped = await walkAll(capped(7, 14));
    assert.deepEqual({ count: stopped.ids.length, flagged: stopped.flagged }, { count: 21, flagged: true });
    assert.match(stopped.lines.at(-1)?.text ?? '', /ignored paging/);
  });

  it('reads CodeArts page 0 as the first page where pages count from 0', async () => {
    const client = server((q, limit) => Number(q['offset']) * limit);
    const { ids } = await walk(client, [PAGE_FROM_0, PAGE_FROM_1]);
    assert.deepEqual(ids, IDS);
    assert.deepEqual(client.requests.map(param), ['offset=0', 'offset=1', 'offset=2']);
  });

  it('moves to 1-based pages where page 0 comes back empty short of the total', async () => {
    // A server counting from 1 that reads page 0 as "before the first page".
    const client = server((q, limit) => (Number(q['offset']) === 0 ? IDS.length : (Number(q['offset']) - 1) * limit));
    const { ids, lines } = await walk(client, [PAGE_FROM_0, PAGE_FROM_1]);
    assert.deepEqual(ids, IDS);
    assert.deepEqual(client.requests.map(param), ['offset=0', 'offset=1', 'offset=2', 'offset=3']);
    assert.match(lines[0]!.text, /page 1 asked with offset=0 came back empty short of the total; asking with offset=1 instead/);
  });

  it('moves from item offsets to page numbers where ProjectMan counts pages', async () => {
    const client = server((q, limit) => Number(q['offset']) * limit);
    const { ids } = await walk(client, [ITEM_OFFSET, PAGE_FROM_0]);
    assert.deepEqual(ids, IDS);
    // offset=10 read as page 10: empty, short of the total; then page numbers.
    assert.deepEqual(client.requests.map(param), ['offset=0', 'offset=10', 'offset=1', 'offset=2']);
  });

  it('says a list is incomplete when it is empty under every parameter while the total says more remain', async () => {
    const client = stubClient(() => ({ total: 5, items: [] }));
    const { pages, lines } = await walk(client, [ITEM_START, ITEM_OFFSET]);
    assert.deepEqual(pages, [{ items: [], total: 5, pagingIgnored: true }]);
    assert.equal(client.requests.length, 2);
    assert.ok(lines.some((l) => l.level === 'warn' && /incomplete/.test(l.text)), JSON.stringify(lines));
  });

  it('notices a server that ignores start even when a task added between two pages shifts the top page', async () => {
    // Ignores `start` (answers the top of the list), honours `offset`; a new task arrives after the first page.
    let list = [...IDS];
    const client = stubClient((r) => {
      const query = r.query ?? {};
      const limit = Number(query['limit']);
      const from = 'offset' in query ? Number(query['offset']) : 0;
      const answer = { total: list.length, items: list.slice(from, from + limit).map((id) => ({ id })) };
      if (client.requests.length === 1) list = ['new', ...list];
      return answer;
    });
    const { ids } = await walk(client, [ITEM_START, ITEM_OFFSET]);
    assert.deepEqual(IDS.filter((id) => !ids.includes(id)), [], 'no task of the list is skipped');
  });

  it('keeps to a scheme that pages correctly when a task added above shifts the next page by one', async () => {
    let list = [...IDS];
    const client = stubClient((r) => {
      const query = r.query ?? {};
      const limit = Number(query['limit']);
      const from = Number(query['offset']);
      const answer = { total: list.length, items: list.slice(from, from + limit).map((id) => ({ id })) };
      if (client.requests.length === 1) list = ['new', ...list];
      return answer;
    });
    const { lines } = await walk(client, [ITEM_OFFSET, ITEM_START]);
    assert.ok(client.requests.every((r) => 'offset' in (r.query ?? {})), 'never switched away from offset');
    assert.deepEqual(lines.filter((l) => /asking with|ignored paging/.test(l.text)), []);
  });

  it('keeps to one scheme where there is no other: a repeat is the signal at once', async () => {
    const client = server(() => 0);
    const { pages } = await walk(client, [ITEM_OFFSET]);
    assert.deepEqual(pages.map((p) => p.pagingIgnored), [undefined, true]);
    assert.equal(client.requests.length, 2);
  });
});
