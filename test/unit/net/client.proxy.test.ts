import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { createApiClient } from '../../../src/net/client';
import { CloudError, isCloudError } from '../../../src/net/errors';
import type { ProxySettings } from '../../../src/net/proxy';
import { clientFor, TEST_CREDENTIALS } from '../../helpers/netClient';
import { startProxy, TestProxy } from '../../helpers/httpProxy';
import { startServer, TestServer } from '../../helpers/httpServer';
import { useHttpsBehindProxy } from '../../helpers/trustedHttps';
import { recomputeSignature } from '../../helpers/wireSignature';

const get: ApiRequest = { service: 'dcs', region: 'eu-de', method: 'GET', path: ['v2', 'p', 'instances'], query: { limit: 5 } };

// Plain-http endpoints never go through a proxy (see the last suite), so the endpoint here is HTTPS, signed by
// a throw-away authority the client trusts: the proxy tunnels with CONNECT and TLS runs end to end.
describe('client: proxies', () => {
  const fx = useHttpsBehindProxy();

  async function sendVia(settings: ProxySettings): Promise<void> {
    const { client } = clientFor(fx.server.origin, { proxy: fx.https.trusting(settings) });
    try {
      await client.send(get);
    } finally {
      await client.close();
    }
    assert.equal(fx.server.requests.length, 1, 'the server got the request either way');
  }

  const target = () => `127.0.0.1:${fx.server.port}`;

  it('goes through http.proxy, and the signature still verifies at the server', async () => {
    await sendVia({ proxy: fx.proxy.url, env: {} });
    assert.deepEqual(fx.proxy.targets, [target()]);
    const check = recomputeSignature(fx.server.requests[0]!, TEST_CREDENTIALS);
    assert.equal(check.received, check.expected.authorization);
  });

  it('bypasses http.proxy for a host in http.noProxy', async () => {
    await sendVia({ proxy: fx.proxy.url, noProxy: ['127.0.0.1'], env: {} });
    assert.deepEqual(fx.proxy.targets, []);
  });

  it('uses HTTP_PROXY from the environment when no proxy is configured', async () => {
    await sendVia({ env: { HTTP_PROXY: fx.proxy.url } });
    assert.deepEqual(fx.proxy.targets, [target()]);
  });

  it('bypasses the environment proxy for a host in NO_PROXY, port included', async () => {
    await sendVia({ env: { http_proxy: fx.proxy.url, NO_PROXY: `example.com, 127.0.0.1:${fx.server.port}` } });
    assert.deepEqual(fx.proxy.targets, []);
  });

  it('still proxies when NO_PROXY names another port of the host', async () => {
    await sendVia({ env: { HTTP_PROXY: fx.proxy.url, NO_PROXY: `127.0.0.1:${fx.server.port + 1}` } });
    assert.deepEqual(fx.proxy.targets, [target()]);
  });

  it('lets http.proxy win over the environment', async () => {
    await sendVia({ proxy: fx.proxy.url, env: { HTTP_PROXY: 'http://127.0.0.1:9' } });
    assert.deepEqual(fx.proxy.targets, [target()]);
  });

  it('sends nothing through a proxy when none is configured', async () => {
    await sendVia({ env: {} });
    assert.deepEqual(fx.proxy.targets, []);
  });

  it('refuses a malformed proxy setting without echoing it', () => {
    assert.throws(
      () => createApiClient({ credentials: TEST_CREDENTIALS, endpoints: { cloud: 'huaweicloud' }, proxy: { proxy: 'user:hunter2@nowhere', env: {} } }),
      (e) => isCloudError(e, 'badInput') && !(e as CloudError).message.includes('hunter2'),
    );
  });
});

// Plain http is accepted only for loopback endpoints. Through a fx.proxy the signed request (access key id,
// signature, security token) would travel in clear to another machine, which would then reach its own loopback.
describe('client: a plain-http loopback endpoint never goes through a proxy', () => {
  let server: TestServer;
  let proxy: TestProxy;
  beforeEach(async () => {
    server = await startServer();
    proxy = await startProxy();
  });
  afterEach(async () => {
    await server.close();
    await proxy.close();
  });

  it('goes direct with http.proxy set, with HTTPS_PROXY in the environment, and with a resolver naming a proxy', async () => {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    const asked: string[] = [];
    const resolveProxy = async (url: string) => (asked.push(url), proxy.url);
    const cases: ReadonlyArray<readonly [string, ProxySettings]> = [
      ['http.proxy', { proxy: proxy.url, env: {} }],
      ['HTTPS_PROXY and HTTP_PROXY', { env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url } }],
      ['the resolver', { env: {}, host: { resolveProxy } }],
    ];
    for (const [name, settings] of cases) {
      const before = server.requests.length;
      const { client, lines } = clientFor(server.origin, { proxy: settings });
      try {
        await client.send(get);
      } finally {
        await client.close();
      }
      assert.equal(server.requests.length, before + 1, `${name}: the server got the request`);
      const check = recomputeSignature(server.requests[before]!, TEST_CREDENTIALS);
      assert.equal(check.received, check.expected.authorization, `${name}: signed as sent`);
      assert.deepEqual(proxy.log, [], `${name}: the proxy saw no CONNECT and no request`);
      assert.ok(!lines.some((l) => l.text.includes(' via ')), `${name}: the log names no proxy`);
    }
    assert.deepEqual(asked, [], 'VS Code’s resolver is not asked about a plain-http endpoint');
  });
});
