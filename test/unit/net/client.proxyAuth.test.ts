import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { CloudError, isCloudError } from '../../../src/net/errors';
import type { ProxySettings } from '../../../src/net/proxy';
import { basicAuthorization, startProxy, type TestProxy } from '../../helpers/httpProxy';
import { json, refusedPort, type TestServer } from '../../helpers/httpServer';
import { clientFor } from '../../helpers/netClient';
import { useTrustedHttps } from '../../helpers/trustedHttps';

const get: ApiRequest = { service: 'dcs', region: 'eu-de', method: 'GET', path: ['v2', 'p', 'instances'] };
const USER = { user: 'alice', password: 's3cret-Proxy-Pass' };

// The endpoint is HTTPS (a plain-http one never goes through a proxy), signed by an authority the client trusts.
describe('client: proxies that authenticate, refuse or are gone', () => {
  const https = useTrustedHttps();
  let server: TestServer;
  let proxy: TestProxy;
  beforeEach(async () => {
    server = await https.start((_req, res) => json(res, 200, { ok: true }));
    proxy = await startProxy({ basic: USER });
  });
  afterEach(async () => {
    await server.close();
    await proxy.close();
  });

  async function send(settings: ProxySettings): Promise<{ result: unknown; delays: number[]; log: string }> {
    const { client, delays, lines } = clientFor(server.origin, { proxy: https.trusting({ env: {}, ...settings }) });
    try {
      return { result: await client.send(get).then((r) => r.body, (e: unknown) => e), delays, log: lines.map((l) => l.text).join('\n') };
    } finally {
      await client.close();
    }
  }

  const cloudError = (value: unknown): CloudError => {
    assert.ok(isCloudError(value), `expected a CloudError, got ${JSON.stringify(value)}`);
    return value;
  };

  it('reports 407 as missing proxy credentials, naming the proxy and http.proxyAuthorization, without retrying', async () => {
    const { result, delays } = await send({ proxy: proxy.url });
    const error = cloudError(result);
    assert.deepEqual(error.network, { kind: 'proxyAuth', proxy: proxy.url, schemes: ['Basic'], sentCredentials: false });
    assert.match(error.message, /http\.proxyAuthorization/);
    assert.deepEqual(proxy.log, [{ method: 'CONNECT', target: `127.0.0.1:${server.port}`, status: 407, withCredentials: false }]);
    assert.deepEqual(delays, []);
    assert.equal(server.requests.length, 0);
  });

  it('sends http.proxyAuthorization with the CONNECT, and keeps it out of the log', async () => {
    const authorization = basicAuthorization(USER.user, USER.password);
    const { result, log } = await send({ proxy: proxy.url, proxyAuthorization: authorization });
    assert.deepEqual(result, { ok: true });
    assert.deepEqual(proxy.log, [{ method: 'CONNECT', target: `127.0.0.1:${server.port}`, status: 200, withCredentials: true }]);
    assert.equal(server.requests[0]?.headers['proxy-authorization'], undefined, 'the credentials went to the proxy, not the server');
    assert.ok(log.includes(`via ${proxy.url}`), 'the log says which proxy was used');
    assert.ok(!log.includes(authorization.slice(6)), 'the credentials are not logged');
  });

  it('uses credentials written in the proxy URL, never echoing the password', async () => {
    const { result, log } = await send({ proxy: `http://${USER.user}:${USER.password}@127.0.0.1:${proxy.port}` });
    assert.deepEqual(result, { ok: true });
    assert.equal(proxy.log[0]?.status, 200);
    assert.ok(!log.includes(USER.password));
  });

  it('says when the proxy rejects the credentials sent', async () => {
    const error = cloudError((await send({ proxy: proxy.url, proxyAuthorization: basicAuthorization(USER.user, 'wrong') })).result);
    assert.equal(error.network?.kind, 'proxyAuth');
    assert.ok(error.network?.kind === 'proxyAuth' && error.network.sentCredentials);
    assert.match(error.message, /refused the credentials/);
  });

  it('reports a proxy that cannot reach the host (502) as a refusal naming both', async () => {
    await server.close();
    const error = cloudError((await send({ proxy: proxy.url, proxyAuthorization: basicAuthorization(USER.user, USER.password) })).result);
    assert.deepEqual(error.network, { kind: 'proxyRefused', proxy: proxy.url, status: 502, host: `127.0.0.1:${server.port}` });
    server = await https.start();
  });

  it('reports a proxy that cannot be reached, and recovers without a new client once it is back', async () => {
    const port = await refusedPort();
    const { client } = clientFor(server.origin, { proxy: https.trusting({ env: {}, proxy: `http://127.0.0.1:${port}` }), retry: { maxRetries: 0 } });
    let back: TestProxy | undefined;
    try {
      const error = cloudError(await client.send(get).catch((e: unknown) => e));
      assert.deepEqual(error.network, { kind: 'proxyUnreachable', proxy: `http://127.0.0.1:${port}`, code: 'ECONNREFUSED' });
      assert.match(error.message, /Cannot connect to the proxy http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
      back = await startProxy({ port });
      assert.deepEqual((await client.send(get)).body, { ok: true });
      assert.deepEqual(back.targets, [`127.0.0.1:${server.port}`]);
    } finally {
      await client.close();
      await back?.close();
    }
  });
});
