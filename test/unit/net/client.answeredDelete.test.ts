import * as assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import type { ApiRequest } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { clientFor } from '../../helpers/netClient';
import { withTestServer } from '../../helpers/serverFixture';

const del: ApiRequest = { service: 'dcs', region: 'r1', method: 'DELETE', path: ['v2', 'p1', 'instances', 'i1', 'tasks', 't1'] };
const get: ApiRequest = { ...del, method: 'GET' };
const REQUEST_ID = 'req-7f3a';
const MAX_BYTES = 1000;
const options = { timeouts: { connectMs: 1000, headersMs: 1000, bodyMs: 300 }, retry: { maxRetries: 3 }, maxResponseBytes: MAX_BYTES };

interface BodyFault {
  readonly name: string;
  /** What the failure reads like for a GET, which needs the body. */
  readonly getKind: 'badResponse' | 'timeout' | 'network';
  readonly reason: RegExp;
  answer(res: ServerResponse, status: number): void;
}

const head = (res: ServerResponse, status: number, extra: Record<string, string | number> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': REQUEST_ID, ...extra });
};

const FAULTS: readonly BodyFault[] = [
  {
    name: 'a body cut off before its declared length',
    getKind: 'network',
    reason: /connection/,
    answer: (res, status) => {
      head(res, status, { 'content-length': 40 });
      res.write('{"message":', () => res.socket?.destroy());
    },
  },
  {
    name: 'a complete but truncated JSON body',
    getKind: 'badResponse',
    reason: /not valid JSON/,
    answer: (res, status) => {
      head(res, status);
      res.end('{"message":"');
    },
  },
  {
    name: 'a body trickling past the body timeout',
    getKind: 'timeout',
    reason: /Timed out reading/,
    answer: (res, status) => {
      head(res, status);
      res.write('{');
      // A byte every 50 ms never trips an idle timeout; only the total body deadline stops it.
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    },
  },
  {
    name: 'a body declared larger than the cap',
    getKind: 'badResponse',
    reason: /larger than 1000 bytes/,
    answer: (res, status) => {
      const big = JSON.stringify({ message: 'x'.repeat(MAX_BYTES) });
      head(res, status, { 'content-length': Buffer.byteLength(big) });
      res.end(big);
    },
  },
  {
    name: 'a streamed body growing past the cap',
    getKind: 'badResponse',
    reason: /larger than 1000 bytes/,
    answer: (res, status) => {
      head(res, status); // chunked: no length to check up front
      for (let i = 0; i < 5; i++) res.write(`"${'y'.repeat(400)}"`);
      res.end();
    },
  },
];

describe('client: a non-GET answered 2xx succeeds whatever happens to its body', () => {
  const fx = withTestServer();

  for (const fault of FAULTS) {
    it(`DELETE + 200 + ${fault.name} → success without a body, one attempt, a warning with the request id`, async () => {
      fx.server.handle((_r, res) => fault.answer(res, 200));
      const { client, delays, lines } = clientFor(fx.server.origin, options);
      try {
        const res = await client.send(del);
        assert.equal(res.status, 200);
        assert.equal(res.body, undefined);
        assert.equal(res.requestId, REQUEST_ID);
      } finally {
        await client.close();
      }
      assert.equal(fx.server.requests.filter((r) => r.method === 'DELETE').length, 1, 'the DELETE was sent once');
      assert.deepEqual(delays, [], 'no retry was scheduled');
      const warnings = lines.filter((l) => l.level === 'warn');
      assert.equal(warnings.length, 1, 'one warning');
      assert.match(warnings[0]!.text, new RegExp(REQUEST_ID));
      assert.match(warnings[0]!.text, fault.reason);
    });

    it(`GET + 200 + ${fault.name} → still fails as ${fault.getKind}`, async () => {
      fx.server.handle((_r, res) => fault.answer(res, 200));
      const { client, lines } = clientFor(fx.server.origin, { ...options, retry: { maxRetries: 0 } });
      try {
        await assert.rejects(client.send(get), (e) => isCloudError(e, fault.getKind) && fault.reason.test(e.message));
      } finally {
        await client.close();
      }
      assert.equal(lines.filter((l) => l.level === 'warn').length, 0, 'no warning: the failure is the report');
    });
  }

  it('any 2xx counts: a DELETE answered 202 with its body cut off succeeds', async () => {
    fx.server.handle((_r, res) => FAULTS[0]!.answer(res, 202));
    const { client } = clientFor(fx.server.origin, options);
    try {
      const res = await client.send(del);
      assert.equal(res.status, 202);
      assert.equal(res.body, undefined);
    } finally {
      await client.close();
    }
  });

  it('a DELETE answered 500 whose body trickles past the timeout still fails, and is not repeated', async () => {
    fx.server.handle((_r, res) => FAULTS[2]!.answer(res, 500));
    const { client, lines } = clientFor(fx.server.origin, options);
    try {
      await assert.rejects(client.send(del), (e) => isCloudError(e, 'timeout'));
    } finally {
      await client.close();
    }
    assert.equal(fx.server.requests.length, 1);
    assert.equal(lines.filter((l) => l.level === 'warn').length, 0);
  });
});
