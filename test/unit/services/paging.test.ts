import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { isCloudError } from '../../../src/net/errors';
import { decodeCursor, encodeCursor, hasMore, pageSizeFor, type CursorKind } from '../../../src/services/paging';

const kinds: CursorKind[] = ['offset', 'start', 'page'];

describe('services/paging', () => {
  it('round-trips positions for each cursor kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 10_000_000 }), (kind, n) =>
        decodeCursor(kind, encodeCursor(kind, n), 1) === n,
      ),
    );
  });

  it('starts at the initial position without a cursor', () => {
    assert.equal(decodeCursor('offset', undefined, 0), 0);
    assert.equal(decodeCursor('start', undefined, 1), 1);
  });

  it('refuses a cursor of another kind, below the first position, or forged', () => {
    const refused = (kind: CursorKind, cursor: string, initial: number): boolean => {
      try {
        decodeCursor(kind, cursor, initial);
        return false;
      } catch (e) {
        return isCloudError(e, 'badInput');
      }
    };
    assert.ok(refused('start', encodeCursor('offset', 5), 1));
    assert.ok(refused('start', encodeCursor('start', 0), 1));
    assert.ok(refused('page', encodeCursor('page', 10_000_001), 1));
    assert.ok(refused('offset', '', 0));
    assert.ok(refused('offset', '../../etc', 0));
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...kinds), (s, kind) => {
        try {
          const n = decodeCursor(kind, s, 0);
          return Number.isSafeInteger(n) && n >= 0 && n <= 10_000_000;
        } catch (e) {
          return isCloudError(e, 'badInput');
        }
      }),
    );
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
