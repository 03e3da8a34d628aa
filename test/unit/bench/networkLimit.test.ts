import * as assert from 'node:assert/strict';
import { networkLimitMs } from '../../../bench/networkLimit';
import { median } from '../../../bench/stats';

describe('network limit', () => {
  it('adds one latency per dependent level to the waves of capped requests', () => {
    assert.equal(networkLimitMs(40, 1, 1000, 16), 40 * (1 + 63));
    assert.equal(networkLimitMs(40, 3, 177, 16), 40 * (3 + 12));
  });

  it('counts a partly filled wave as a whole one', () => {
    assert.equal(networkLimitMs(10, 0, 17, 16), 20);
    assert.equal(networkLimitMs(10, 0, 16, 16), 10);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });
});
