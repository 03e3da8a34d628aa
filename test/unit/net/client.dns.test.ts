import * as assert from 'node:assert/strict';
import type { LookupFunction } from 'node:net';
import type { ApiRequest } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { json, startServer, type TestServer } from '../../helpers/httpServer';
import { clientFor } from '../../helpers/netClient';

const get: ApiRequest = { service: 'dcs', region: 'eu-de', method: 'GET', path: ['v2', 'p', 'instances'] };

// Name resolution is replaced so no query leaves the machine: the endpoint is "localhost", and the fake
// lookup fails with the code a real resolver gives, or answers 127.0.0.1 once "the network is back".
describe('client: DNS failures and being offline', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer((_req, res) => json(res, 200, { ok: true }));
  });
  afterEach(() => server.close());

  function lookupFailing(state: { code?: string }): LookupFunction {
    return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (state.code) return callback(Object.assign(new Error(`getaddrinfo ${state.code} ${hostname}`), { code: state.code, hostname }));
      if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
      return callback(null, '127.0.0.1', 4);
    }) as unknown as LookupFunction;
  }

  for (const [code, kind, text] of [
    ['ENOTFOUND', 'dns', /Cannot resolve localhost:\d+ \(ENOTFOUND\)/],
    ['EAI_AGAIN', 'offline', /seems to be offline/],
  ] as const) {
    it(`reports ${code} as ${kind}, and the same client recovers when names resolve again`, async () => {
      const state: { code?: string } = { code };
      const origin = `http://localhost:${server.port}`;
      const { client } = clientFor(origin, { proxy: { env: {}, lookup: lookupFailing(state) }, retry: { maxRetries: 0 } });
      try {
        const error = await client.send(get).catch((e: unknown) => e);
        assert.ok(isCloudError(error, 'network'));
        assert.equal(error.network?.kind, kind);
        assert.match(error.message, text);
        assert.equal(server.requests.length, 0);
        delete state.code;
        assert.deepEqual((await client.send(get)).body, { ok: true });
      } finally {
        await client.close();
      }
    });
  }
});
