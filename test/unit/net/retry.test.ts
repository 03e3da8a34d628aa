import * as assert from 'node:assert/strict';
import type { HttpMethod } from '../../../src/net/api';
import { CloudError, CloudErrorKind } from '../../../src/net/errors';
import { DEFAULT_RETRY, isRetryable, retryDelayMs } from '../../../src/net/retry';

describe('retry policy', () => {
  const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 30_000 };

  it('backs off exponentially up to the cap, with full jitter', () => {
    const top = (retry: number) => retryDelayMs(policy, retry, undefined, () => 0.999999);
    assert.deepEqual([0, 1, 2, 3, 4, 10].map(top), [99, 199, 399, 799, 999, 999]);
    assert.equal(retryDelayMs(policy, 3, undefined, () => 0), 0);
    assert.equal(retryDelayMs(policy, 3, undefined, () => 0.5), 400);
  });

  it('never waits less than Retry-After, and gives up when it exceeds the cap', () => {
    assert.equal(retryDelayMs(policy, 0, 2500, () => 0.5), 2500);
    assert.equal(retryDelayMs(policy, 5, 200, () => 0.999999), 999);
    assert.equal(retryDelayMs(policy, 0, 30_001, () => 0.5), undefined);
  });

  const err = (kind: CloudErrorKind, status?: number) => new CloudError(kind, kind, { status });
  const table: Array<[HttpMethod, CloudError, boolean, boolean]> = [
    ['GET', err('server', 500), false, true],
    ['GET', err('server', 502), false, true],
    ['GET', err('network'), false, true],
    ['GET', err('timeout'), false, true],
    ['GET', err('throttled', 429), false, true],
    ['GET', err('throttled', 404), false, true],
    ['GET', err('auth', 401), false, false],
    ['GET', err('forbidden', 403), false, false],
    ['GET', err('notFound', 404), false, false],
    ['GET', err('badResponse', 200), false, false],
    ['GET', err('cancelled'), false, false],
    ['DELETE', err('server', 500), false, false],
    ['DELETE', err('server', 504), false, false],
    ['DELETE', err('server', 503), false, true],
    ['DELETE', err('throttled', 429), false, true],
    ['DELETE', err('network'), false, false],
    ['DELETE', err('network'), true, true],
    ['DELETE', err('timeout'), false, false],
    ['DELETE', err('timeout'), true, true],
    ['DELETE', err('auth', 401), true, false],
    ['POST', err('server', 500), false, false],
  ];
  for (const [method, e, notSent, expected] of table) {
    it(`${method} ${e.kind} ${e.status ?? ''}${notSent ? ' (not sent)' : ''} → ${expected ? 'retry' : 'no retry'}`, () => {
      assert.equal(isRetryable(method, e, notSent), expected);
    });
  }
});
