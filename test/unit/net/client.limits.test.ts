import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { clientFor } from '../../helpers/netClient';
import { withTestServer } from '../../helpers/serverFixture';

const get: ApiRequest = { service: 'dms', region: 'r1', method: 'GET', path: ['v2', 'x'] };
const del: ApiRequest = { ...get, method: 'DELETE' };
const fast = { timeouts: { connectMs: 1000, headersMs: 300, bodyMs: 300 }, retry: { maxRetries: 0 } };

describe('client: timeouts, size cap and cancellation', () => {
  const fx = withTestServer();

  it('times out a fx.server that never sends headers', async () => {
    fx.server.handle(() => undefined);
    const { client } = clientFor(fx.server.origin, fast);
    await assert.rejects(client.send(get), (e) => isCloudError(e, 'timeout'));
    await client.close();
  });

  it('does not repeat a DELETE whose answer timed out (it may have run)', async () => {
    fx.server.handle(() => undefined);
    const { client } = clientFor(fx.server.origin, { ...fast, retry: { maxRetries: 3 } });
    await assert.rejects(client.send(del), (e) => isCloudError(e, 'timeout'));
    await client.close();
    assert.equal(fx.server.requests.length, 1);
  });

  it('times out a body that keeps trickling past bodyMs', async () => {
    let timer: NodeJS.Timeout | undefined;
    fx.server.handle((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      // A byte every 50 ms never trips an idle timeout; only a total body deadline stops it.
      timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    const { client } = clientFor(fx.server.origin, fast);
    try {
      await assert.rejects(client.send(get), (e) => isCloudError(e, 'timeout') && /reading the response/.test(e.message));
    } finally {
      clearInterval(timer);
      await client.close();
    }
  });

  it('refuses a body larger than maxResponseBytes as badResponse, declared or streamed', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(5000) });
    const { client } = clientFor(fx.server.origin, { ...fast, maxResponseBytes: 1000 });
    fx.server.handle((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) }).end(big);
    });
    await assert.rejects(client.send(get), (e) => isCloudError(e, 'badResponse') && /larger than 1000 bytes/.test(e.message));
    fx.server.handle((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no length to check up front
      for (let i = 0; i < 10; i++) res.write(big.slice(i * 500, (i + 1) * 500));
      res.end(big.slice(5000));
    });
    await assert.rejects(client.send(get), (e) => isCloudError(e, 'badResponse'));
    await client.close();
  });

  it('accepts a body of exactly maxResponseBytes', async () => {
    const body = JSON.stringify({ d: 'y'.repeat(100) });
    fx.server.handle((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    const { client } = clientFor(fx.server.origin, { ...fast, maxResponseBytes: Buffer.byteLength(body) });
    const res = await client.send(get);
    await client.close();
    assert.deepEqual(res.body, JSON.parse(body));
  });

  it('reports a truncated JSON body as badResponse', async () => {
    fx.server.handle((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"tasks":[{"id":"t1"');
    });
    const { client } = clientFor(fx.server.origin, fast);
    await assert.rejects(client.send(get), (e) => isCloudError(e, 'badResponse'));
    await client.close();
  });

  it('cancels a request in flight through its AbortSignal, without retrying', async () => {
    const controller = new AbortController();
    fx.server.handle(() => controller.abort());
    const { client } = clientFor(fx.server.origin, { timeouts: { headersMs: 30_000 }, retry: { maxRetries: 3 } });
    await assert.rejects(client.send({ ...get, signal: controller.signal }), (e) => isCloudError(e, 'cancelled'));
    await client.close();
    assert.equal(fx.server.requests.length, 1);
  });
});
