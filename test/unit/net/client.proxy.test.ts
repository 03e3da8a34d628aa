import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { createApiClient } from '../../../src/net/client';
import { CloudError, isCloudError } from '../../../src/net/errors';
import type { ProxySettings } from '../../../src/net/proxy';
import { clientFor, TEST_CREDENTIALS } from '../../helpers/netClient';
import { startProxy, TestProxy } from '../../helpers/httpProxy';
import { startServer, TestServer } from '../../helpers/httpServer';
import { recomputeSignature } from '../../helpers/wireSignature';

const get: ApiRequest = { service: 'dcs', region: 'eu-de', method: 'GET', path: ['v2', 'p', 'instances'], query: { limit: 5 } };

describe('client: proxies', () => {
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

  async function sendVia(settings: ProxySettings): Promise<void> {
    const { client } = clientFor(server.origin, { proxy: settings });
    try {
      await client.send(get);
    } finally {
      await client.close();
    }
    assert.equal(server.requests.length, 1, 'the server got the request either way');
  }

  const target = () => `127.0.0.1:${server.port}`;

  it('goes through http.proxy, and the signature still verifies at the server', async () => {
    await sendVia({ proxy: proxy.url, env: {} });
    assert.deepEqual(proxy.targets, [target()]);
    const check = recomputeSignature(server.requests[0]!, TEST_CREDENTIALS);
    assert.equal(check.received, check.expected.authorization);
  });

  it('bypasses http.proxy for a host in http.noProxy', async () => {
    await sendVia({ proxy: proxy.url, noProxy: ['127.0.0.1'], env: {} });
    assert.deepEqual(proxy.targets, []);
  });

  it('uses HTTP_PROXY from the environment when no proxy is configured', async () => {
    await sendVia({ env: { HTTP_PROXY: proxy.url } });
    assert.deepEqual(proxy.targets, [target()]);
  });

  it('bypasses the environment proxy for a host in NO_PROXY, port included', async () => {
    await sendVia({ env: { http_proxy: proxy.url, NO_PROXY: `example.com, 127.0.0.1:${server.port}` } });
    assert.deepEqual(proxy.targets, []);
  });

  it('still proxies when NO_PROXY names another port of the host', async () => {
    await sendVia({ env: { HTTP_PROXY: proxy.url, NO_PROXY: `127.0.0.1:${server.port + 1}` } });
    assert.deepEqual(proxy.targets, [target()]);
  });

  it('lets http.proxy win over the environment', async () => {
    await sendVia({ proxy: proxy.url, env: { HTTP_PROXY: 'http://127.0.0.1:9' } });
    assert.deepEqual(proxy.targets, [target()]);
  });

  it('sends nothing through a proxy when none is configured', async () => {
    await sendVia({ env: {} });
    assert.deepEqual(proxy.targets, []);
  });

  it('refuses a malformed proxy setting without echoing it', () => {
    assert.throws(
      () => createApiClient({ credentials: TEST_CREDENTIALS, endpoints: { cloud: 'huaweicloud' }, proxy: { proxy: 'user:hunter2@nowhere', env: {} } }),
      (e) => isCloudError(e, 'badInput') && !(e as CloudError).message.includes('hunter2'),
    );
  });
});
