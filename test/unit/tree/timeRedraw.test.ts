import * as assert from 'node:assert/strict';
import { startTimeRedraw } from '../../../src/tree/timeRedraw';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('time redraw', () => {
  it('redraws only the stale rows, only while the view is visible, and stops when disposed', async () => {
    const visible = { value: true };
    let stale = ['a'];
    const redrawn: string[][] = [];
    const redraw = startTimeRedraw({ isVisible: () => visible.value, staleRows: () => stale, redraw: (rows) => redrawn.push([...rows]) }, 5);
    try {
      await tick(30);
      assert.ok(redrawn.length > 0 && redrawn.every((r) => r.join() === 'a'), JSON.stringify(redrawn));
      stale = [];
      redrawn.length = 0;
      await tick(30);
      assert.deepEqual(redrawn, [], 'nothing stale, nothing redrawn');
      stale = ['b'];
      visible.value = false;
      await tick(30);
      assert.deepEqual(redrawn, [], 'a hidden view is not redrawn');
    } finally {
      redraw.dispose();
    }
    visible.value = true;
    await tick(30);
    assert.deepEqual(redrawn, [], 'disposed: no more redraws');
  });
});
