import * as assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import type { ApiRequest, HttpMethod } from '../../../src/net/api';
import { CloudError, isCloudError } from '../../../src/net/errors';
import { countRetry, DEFAULT_RETRY, maxAttempts, NO_RETRIES, RetryCounts, withinBudget } from '../../../src/net/retry';
import { clientFor } from '../../helpers/netClient';
import { withTestServer, sequence } from '../../helpers/serverFixture';
import { json } from '../../helpers/httpServer';
import { abortOnRetryWait } from '../../helpers/memoryLogger';

const req = (method: HttpMethod, extra: Partial<ApiRequest> = {}): ApiRequest => ({
  service: 'dms',
  region: 'cn-north-4',
  method,
  path: ['v2', 'p', 'instances', 'i', 'tasks', 't'],
  ...extra,
});

type Step = (res: ServerResponse) => void;
const tooMany: Step = (res) => json(res, 429, { error_code: 'APIGW.0308', error_msg: 'over ratelimit' }, { 'retry-after': '1' });
const tooManyBare: Step = (res) => json(res, 429, { error_code: 'APIGW.0308', error_msg: 'over ratelimit' });
const flowControl: Step = (res) => json(res, 404, { error_code: 'DMS.10240407', error_msg: 'request is too frequent, flow control' });
const busy: Step = (res) => json(res, 503, { error_code: 'SYS.503', error_msg: 'busy' });
const deleted: Step = (res) => void res.writeHead(204).end();
const ok: Step = (res) => json(res, 200, { ok: true });

describe('client: throttled answers have their own retry budget', () => {
  const fx = withTestServer();

  it('completes a DELETE refused with 429 + Retry-After four times in a row (default policy)', async () => {
    sequence(fx.server, tooMany, tooMany, tooMany, tooMany, deleted);
    // The default budgets, not the helper's shortened ones: this is the case the old limit of 3 lost.
    const { client, delays } = clientFor(fx.server.origin, { retry: DEFAULT_RETRY });
    const res = await client.send(req('DELETE'));
    await client.close();
    assert.equal(res.status, 204);
    assert.equal(fx.server.requests.length, 5);
    assert.equal(delays.length, 4);
    for (const d of delays) assert.ok(d >= 1000, `waited ${d} ms, less than Retry-After`);
  });

  it('gives DMS flow control (404 DMS.10240407) the same larger budget', async () => {
    sequence(fx.server, flowControl, flowControl, flowControl, flowControl, flowControl, ok);
    const { client } = clientFor(fx.server.origin, { retry: { maxRetries: 1, maxThrottledRetries: 5 } });
    const res = await client.send(req('DELETE'));
    await client.close();
    assert.deepEqual(res.body, { ok: true });
    assert.equal(fx.server.requests.length, 6);
  });

  it('stays bounded: endless throttling ends after 1 + maxThrottledRetries attempts as throttled', async () => {
    sequence(fx.server, tooManyBare);
    const { client, delays } = clientFor(fx.server.origin, { retry: { maxRetries: 1, maxThrottledRetries: 4 } });
    await assert.rejects(client.send(req('DELETE')), (e) => isCloudError(e, 'throttled') && e.status === 429);
    await client.close();
    assert.equal(fx.server.requests.length, 5);
    assert.equal(delays.length, 4);
  });

  it('does not let throttling widen the budget of other failures', async () => {
    sequence(fx.server, busy);
    const { client } = clientFor(fx.server.origin, { retry: { maxRetries: 1, maxThrottledRetries: 6 } });
    await assert.rejects(client.send(req('GET')), (e) => isCloudError(e, 'server') && e.status === 503);
    await client.close();
    assert.equal(fx.server.requests.length, 2);
  });

  it('counts the two budgets apart when failures mix', async () => {
    // One 503 uses the whole ordinary budget; the throttled answers around it still have theirs.
    sequence(fx.server, tooMany, busy, tooMany, tooMany, ok);
    const { client } = clientFor(fx.server.origin, { retry: { maxRetries: 1, maxThrottledRetries: 3 } });
    const res = await client.send(req('GET'));
    await client.close();
    assert.deepEqual(res.body, { ok: true });
    assert.equal(fx.server.requests.length, 5);
  });

  it('backs off exponentially within the throttled budget when there is no Retry-After', async () => {
    sequence(fx.server, tooManyBare, tooManyBare, tooManyBare, ok);
    const { client, delays } = clientFor(fx.server.origin, {
      retry: { baseDelayMs: 100, maxDelayMs: 10_000, maxThrottledRetries: 5 },
      random: () => 0.999999,
    });
    await client.send(req('DELETE'));
    await client.close();
    assert.deepEqual(delays, [99, 199, 399]);
  });

  it('turns a cancel during a throttled wait into cancelled, without another attempt', async () => {
    sequence(fx.server, tooManyBare);
    const controller = new AbortController();
    const logger = abortOnRetryWait(controller);
    const { client } = clientFor(fx.server.origin, { logger, sleep: undefined, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 }, random: () => 0.5 });
    await assert.rejects(client.send(req('DELETE', { signal: controller.signal })), (e) => isCloudError(e, 'cancelled'));
    await client.close();
    assert.equal(fx.server.requests.length, 1);
  });

  it('logs each attempt against the most the request can make', async () => {
    sequence(fx.server, tooMany, deleted);
    const { client, lines } = clientFor(fx.server.origin, { retry: { maxRetries: 2, maxThrottledRetries: 5 } });
    await client.send(req('DELETE'));
    await client.close();
    // The per-attempt result lines, not the "retrying in" line between them.
    const attempts = lines.map((l) => / → \S+ in \d+ ms \(attempt (\d+\/\d+)\)/.exec(l.text)?.[1]).filter((a) => a !== undefined);
    assert.deepEqual(attempts, ['1/8', '2/8']);
  });
});

describe('retry budgets', () => {
  const policy = { ...DEFAULT_RETRY, maxRetries: 2, maxThrottledRetries: 3 };
  const throttled = new CloudError('throttled', 'slow down', { status: 429 });
  const server = new CloudError('server', 'busy', { status: 503 });
  const after = (...errors: CloudError[]): RetryCounts => errors.reduce(countRetry, NO_RETRIES);

  it('counts throttled retries and other retries separately', () => {
    assert.deepEqual(after(throttled, server, throttled), { retries: 1, throttledRetries: 2 });
  });

  it('allows each kind up to its own limit', () => {
    assert.equal(withinBudget(policy, after(throttled, throttled), throttled), true);
    assert.equal(withinBudget(policy, after(throttled, throttled, throttled), throttled), false);
    assert.equal(withinBudget(policy, after(throttled, throttled, throttled), server), true);
    assert.equal(withinBudget(policy, after(server, server), server), false);
    assert.equal(withinBudget(policy, after(server, server), throttled), true);
  });

  it('bounds the attempts of one request by both budgets', () => {
    assert.equal(maxAttempts(policy), 6);
    assert.ok(DEFAULT_RETRY.maxThrottledRetries > DEFAULT_RETRY.maxRetries);
  });
});
