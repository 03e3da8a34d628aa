import * as assert from 'node:assert/strict';
import { startTimeRedraw } from '../../../src/tree/timeRedraw';

/** Resolves once `check` holds, looking every few milliseconds for up to two seconds. */
async function until(check: () => boolean, why: string): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(check(), why);
}

describe('time redraw', () => {
  it('redraws only the stale rows, only while the view is visible, and stops when disposed', async () => {
    const visible = { value: true };
    let stale = ['a'];
    let asked = 0;
    let looked = 0;
    const redrawn: string[][] = [];
    const redraw = startTimeRedraw(
      {
        isVisible: () => (looked++, visible.value),
        staleRows: () => (asked++, stale),
        redraw: (rows) => redrawn.push([...rows]),
      },
      5,
    );
    try {
      await until(() => redrawn.length > 0, 'the stale row was redrawn');
      assert.ok(redrawn.every((r) => r.join() === 'a'), JSON.stringify(redrawn));

      stale = [];
      redrawn.length = 0;
      const askedBefore = asked;
      await until(() => asked > askedBefore + 2, 'the rows were looked at again');
      assert.deepEqual(redrawn, [], 'nothing stale, nothing redrawn');

      stale = ['b'];
      visible.value = false;
      const [lookedBefore, askedHidden] = [looked, asked];
      await until(() => looked > lookedBefore + 2, 'the visibility was asked again');
      assert.ok(asked <= askedHidden + 1, 'a hidden view is not looked through');
      assert.ok(!JSON.stringify(redrawn).includes('"b"'), 'nor redrawn');
    } finally {
      redraw.dispose();
    }
    visible.value = true;
    const lookedAfter = looked;
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(looked, lookedAfter, 'disposed: the timer no longer runs');
  });
});
