import * as assert from 'node:assert/strict';
import { firstMatches } from '../../../src/util/firstMatches';

describe('firstMatches', () => {
  const numbers = Array.from({ length: 10 }, (_, i) => i);
  const even = (n: number) => n % 2 === 0;

  it('keeps the matches in order, up to the cap, and says whether more matched', () => {
    assert.deepEqual(firstMatches(numbers, even, 3), { shown: [0, 2, 4], more: true });
    assert.deepEqual(firstMatches(numbers, even, 5), { shown: [0, 2, 4, 6, 8], more: false });
    assert.deepEqual(firstMatches(numbers, () => false, 5), { shown: [], more: false });
  });

  it('asks about no item after the cap and the one that proves more', () => {
    let asked = 0;
    firstMatches(numbers, (n) => (asked++, n >= 0), 2);
    assert.equal(asked, 3);
  });
});
