import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { isCloudError } from '../../../src/net/errors';
import { pageDigest } from '../../../src/services/pageDigest';
import {
  decodeCursor,
  encodeCursor,
  hasMore,
  ITEM_OFFSET,
  ITEM_START,
  PAGE_FROM_0,
  PAGE_FROM_1,
  pageSizeFor,
  type CursorState,
  type PagingScheme,
} from '../../../src/services/paging';

const schemes: readonly PagingScheme[] = [ITEM_START, ITEM_OFFSET];
const state = (over: Partial<CursorState> = {}): CursorState => ({ scheme: 'start', seen: 10, pages: 1, tried: 1, last: pageDigest([{ id: 'a' }]), first: pageDigest([{ id: 'a' }]), limit: 50, ...over });

const refused = (cursor: string, allowed: readonly PagingScheme[] = schemes): boolean => {
  try {
    decodeCursor(cursor, allowed);
    return false;
  } catch (e) {
    return isCloudError(e, 'badInput');
  }
};

describe('services/paging', () => {
  it('round-trips the listing state through a cursor', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CursorState['scheme']>('start', 'offset'),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.string(), { maxLength: 5 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (scheme, seen, pages, tried, ids, limit, probe) => {
          const s: CursorState = {
            scheme,
            seen,
            pages,
            tried,
            last: pageDigest(ids.map((id) => ({ id }))),
            first: pageDigest(ids.slice(0, 1).map((id) => ({ id }))),
            limit,
            ...(probe ? { probe } : {}),
          };
          assert.deepEqual(decodeCursor(encodeCursor(s), schemes), s);
        },
      ),
    );
  });

  it('has no state without a cursor', () => {
    assert.equal(decodeCursor(undefined, schemes), undefined);
  });

  it('refuses a cursor of a scheme the listing does not use, out of range, or forged', () => {
    assert.ok(refused(encodeCursor(state({ scheme: 'page0' }))), 'a CodeArts cursor given to a DMS listing');
    assert.ok(refused(encodeCursor(state({ pages: 0 }))));
    assert.ok(refused(encodeCursor(state({ seen: 10_000_001 }))));
    assert.ok(refused(encodeCursor(state({ tried: 4 }))), 'a scheme bit the listing does not have');
    assert.ok(refused(encodeCursor(state({ last: 'short' }))));
    assert.ok(refused(encodeCursor(state({ limit: 0 }))), 'a page of nothing');
    assert.ok(refused(''));
    assert.ok(refused('../../etc'));
    const plain = Buffer.from(encodeCursor(state({})), 'base64url').toString('utf8');
    for (const tail of [':', ':P', ':p:p', ':x']) assert.ok(refused(Buffer.from(plain + tail, 'utf8').toString('base64url')), `a probe field "${tail}"`);
    assert.ok(!refused(Buffer.from(`${plain}:p`, 'utf8').toString('base64url')), 'the probe field itself');
    assert.ok(!refused(encodeCursor(state({ scheme: 'page1' })), [PAGE_FROM_0, PAGE_FROM_1]));
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          const decoded = decodeCursor(s, schemes);
          return decoded !== undefined && decoded.seen <= 10_000_000 && decoded.pages >= 1;
        } catch (e) {
          return isCloudError(e, 'badInput');
        }
      }),
    );
  });

  it('places each scheme where the documents and the SDKs say it starts', () => {
    // After one page of 10: 0-based offset 10, 1-based start 11, page index 1 or page number 2.
    assert.deepEqual(
      [ITEM_OFFSET, ITEM_START, PAGE_FROM_0, PAGE_FROM_1].map((s) => [s.param, s.position(10, 1)]),
      [['offset', 10], ['start', 11], ['offset', 1], ['offset', 2]],
    );
    assert.deepEqual([ITEM_OFFSET, ITEM_START, PAGE_FROM_0, PAGE_FROM_1].map((s) => s.position(0, 0)), [0, 1, 0, 1]);
  });

  it('fingerprints a page by its ids in order', () => {
    const ids = (...list: string[]) => list.map((id) => ({ id }));
    assert.equal(pageDigest(ids('a', 'b')), pageDigest(ids('a', 'b')));
    assert.notEqual(pageDigest(ids('a', 'b')), pageDigest(ids('b', 'a')));
    assert.notEqual(pageDigest(ids('ab')), pageDigest(ids('a', 'b')));
    assert.match(pageDigest([]), /^[A-Za-z0-9_-]{11}$/);
  });

  it('uses the maximum page size unless a smaller one is asked for', () => {
    assert.equal(pageSizeFor(undefined, 1000), 1000);
    assert.equal(pageSizeFor(20, 1000), 20);
    assert.equal(pageSizeFor(5000, 50), 50);
    assert.equal(pageSizeFor(0, 50), 1);
    assert.equal(pageSizeFor(NaN, 50), 50);
  });

  it('decides whether more pages follow from the total, or from a short page when there is none', () => {
    assert.equal(hasMore(100, 100, 100, 250), true);
    assert.equal(hasMore(250, 50, 100, 250), false);
    assert.equal(hasMore(10, 10, 100, 250), true, 'a server capping limit below the request still pages');
    assert.equal(hasMore(0, 0, 100, 250), false, 'an empty page ends the list even if the total says more');
    assert.equal(hasMore(100, 100, 100, undefined), true);
    assert.equal(hasMore(130, 30, 100, undefined), false);
  });
});
