import * as assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import type { ApiRequest, HttpMethod } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { clientFor } from '../../helpers/netClient';
import { withTestServer, status } from '../../helpers/serverFixture';
import { refusedPort, startServer, TestServer } from '../../helpers/httpServer';
import { abortOnRetryWait } from '../../helpers/memoryLogger';

const req = (method: HttpMethod, extra: Partial<ApiRequest> = {}): ApiRequest => ({
  service: 'dms',
  region: 'cn-north-4',
  method,
  path: ['v2', 'p', 'instances', 'i', 'tasks', 't'],
  ...extra,
});

/** Answers the listed responses in order, the last one repeating. */
function sequence(server: TestServer, ...steps: Array<(res: ServerResponse) => void>): void {
  server.handle((_r, res) => steps[Math.min(server.requests.length, steps.length) - 1]!(res));
}

const resetMidBody = (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
  res.write('{"tasks":[');
  setImmediate(() => res.socket?.destroy());
};

describe('client: retries', () => {
  const fx = withTestServer();

  it('retries a GET after a 503 and returns the later 200', async () => {
    sequence(fx.server, status(503), status(200, { ok: 1 }));
    const { client, delays } = clientFor(fx.server.origin);
    const res = await client.send(req('GET'));
    await client.close();
    assert.deepEqual(res.body, { ok: 1 });
    assert.equal(fx.server.requests.length, 2);
    assert.equal(delays.length, 1);
  });

  it('stops before a retry once beforeAttempt refuses (the profile behind the keys changed meanwhile)', async () => {
    sequence(fx.server, status(503), status(200, { ok: 1 }));
    let changed = false;
    const refusal = new Error('the profile changed');
    const { client } = clientFor(fx.server.origin, {
      beforeAttempt: () => {
        if (changed) throw refusal;
        changed = true;
      },
    });
    await assert.rejects(client.send(req('GET')), (e) => e === refusal);
    await client.close();
    assert.equal(fx.server.requests.length, 1, 'the retry was not sent');
  });

  it('waits at least Retry-After seconds after a 429', async () => {
    sequence(fx.server, status(429, { error_code: 'APIGW.0308', error_msg: 'over ratelimit' }, { 'retry-after': '3' }), status(200));
    const { client, delays } = clientFor(fx.server.origin);
    await client.send(req('GET'));
    await client.close();
    assert.equal(fx.server.requests.length, 2);
    assert.ok(delays[0]! >= 3000, `waited ${delays[0]} ms`);
  });

  it('reads an HTTP-date Retry-After against the injected clock', async () => {
    const now = new Date('2026-03-01T12:00:00Z');
    sequence(fx.server, status(429, {}, { 'retry-after': new Date(now.getTime() + 5000).toUTCString() }), status(200));
    const { client, delays } = clientFor(fx.server.origin, { clock: () => now });
    await client.send(req('GET'));
    await client.close();
    assert.ok(delays[0]! >= 5000, `waited ${delays[0]} ms`);
  });

  it('hands a Retry-After longer than the cap to the caller instead of waiting', async () => {
    sequence(fx.server, status(429, {}, { 'retry-after': '3600' }));
    const { client, delays } = clientFor(fx.server.origin);
    await assert.rejects(client.send(req('GET')), (e) => isCloudError(e, 'throttled') && e.retryAfterMs === 3_600_000);
    await client.close();
    assert.equal(fx.server.requests.length, 1);
    assert.deepEqual(delays, []);
  });

  it('retries DMS flow control (DMS.10240407, sent as 404) like a 429', async () => {
    sequence(fx.server, status(404, { error_code: 'DMS.10240407', error_msg: 'request is too frequent, flow control' }), status(200));
    const { client } = clientFor(fx.server.origin);
    await client.send(req('GET'));
    await client.close();
    assert.equal(fx.server.requests.length, 2);
  });

  for (const code of [401, 403]) {
    for (const method of ['GET', 'DELETE'] as const) {
      it(`never retries ${code} on ${method}`, async () => {
        sequence(fx.server, status(code, { error_code: 'APIGW.0301', error_msg: 'verify aksk signature fail' }), status(200));
        const { client } = clientFor(fx.server.origin);
        await assert.rejects(client.send(req(method)), (e) => isCloudError(e, code === 401 ? 'auth' : 'forbidden'));
        await client.close();
        assert.equal(fx.server.requests.length, 1);
      });
    }
  }

  it('does not retry a DELETE after a 500', async () => {
    sequence(fx.server, status(500), status(204));
    const { client } = clientFor(fx.server.origin);
    await assert.rejects(client.send(req('DELETE')), (e) => isCloudError(e, 'server') && e.status === 500);
    await client.close();
    assert.equal(fx.server.requests.length, 1);
  });

  it('does not retry a DELETE whose connection was reset mid-body: its 200 status line is the answer', async () => {
    sequence(fx.server, resetMidBody, status(204));
    const { client } = clientFor(fx.server.origin);
    const res = await client.send(req('DELETE'));
    await client.close();
    assert.equal(res.status, 200);
    assert.equal(fx.server.requests.length, 1);
  });

  it('retries a GET whose connection was reset mid-response', async () => {
    sequence(fx.server, resetMidBody, status(200, { ok: 2 }));
    const { client } = clientFor(fx.server.origin);
    const res = await client.send(req('GET'));
    await client.close();
    assert.deepEqual(res.body, { ok: 2 });
    assert.equal(fx.server.requests.length, 2);
  });

  for (const first of [503, 429]) {
    it(`retries a DELETE after a ${first}`, async () => {
      sequence(fx.server, status(first), (res) => res.writeHead(204).end());
      const { client } = clientFor(fx.server.origin);
      const res = await client.send(req('DELETE'));
      await client.close();
      assert.equal(res.status, 204);
      assert.equal(fx.server.requests.length, 2);
    });
  }

  it('retries a DELETE whose connection was refused, once the fx.server is up', async () => {
    const port = await refusedPort();
    let late: TestServer | undefined;
    const { client, delays } = clientFor(`http://127.0.0.1:${port}`, {
      sleep: async (ms) => {
        delays.push(ms);
        late ??= await startServer((_r, res) => void res.writeHead(204).end(), port);
      },
    });
    try {
      const res = await client.send(req('DELETE'));
      assert.equal(res.status, 204);
      assert.equal(late?.requests.length, 1);
      assert.equal(delays.length, 1);
    } finally {
      await client.close();
      await late?.close();
    }
  });

  it('stops after maxRetries + 1 attempts and reports the last failure', async () => {
    sequence(fx.server, status(503, { error_code: 'SYS.503', error_msg: 'busy' }));
    const { client, delays } = clientFor(fx.server.origin, { retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    await assert.rejects(client.send(req('GET')), (e) => isCloudError(e, 'server') && e.errorCode === 'SYS.503');
    await client.close();
    assert.equal(fx.server.requests.length, 3);
    assert.equal(delays.length, 2);
  });

  it('turns a cancel during the backoff wait into cancelled, without another attempt', async () => {
    sequence(fx.server, status(503));
    const controller = new AbortController();
    const logger = abortOnRetryWait(controller);
    const { client } = clientFor(fx.server.origin, { logger, sleep: undefined, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 }, random: () => 0.5 });
    await assert.rejects(client.send(req('GET', { signal: controller.signal })), (e) => isCloudError(e, 'cancelled'));
    await client.close();
    assert.equal(fx.server.requests.length, 1);
  });

  it('does not send at all when already cancelled', async () => {
    const { client } = clientFor(fx.server.origin);
    await assert.rejects(client.send(req('GET', { signal: AbortSignal.abort() })), (e) => isCloudError(e, 'cancelled'));
    await client.close();
    assert.equal(fx.server.requests.length, 0);
  });
});
