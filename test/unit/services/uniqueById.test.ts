import * as assert from 'node:assert/strict';
import { keepUnseen, uniqueById } from '../../../src/services/uniqueById';

const item = (id: string, n: number) => ({ id, n });

describe('services/uniqueById', () => {
  it('keeps the first of each id, in order', () => {
    const kept = uniqueById([item('a', 1), item('b', 2), item('a', 3), item('c', 4), item('b', 5)]);
    assert.deepEqual(kept.map((i) => i.n), [1, 2, 4]);
  });

  it('drops what an earlier page already listed and remembers what this one adds', () => {
    const seen = new Set(['a']);
    const kept = keepUnseen([item('a', 1), item('b', 2), item('b', 3)], seen);
    assert.deepEqual(kept.map((i) => i.n), [2]);
    assert.deepEqual([...seen].sort(), ['a', 'b']);
    assert.deepEqual(keepUnseen([item('b', 4), item('c', 5)], seen).map((i) => i.n), [5]);
  });
});
