import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { noProxyMatcher } from '../../../src/net/noProxy';
import type { ProxySettings } from '../../../src/net/proxy';
import { clientFor } from '../../helpers/netClient';
import { useHttpsBehindProxy } from '../../helpers/trustedHttps';

const get: ApiRequest = { service: 'dcs', region: 'eu-de', method: 'GET', path: ['v2', 'p', 'instances'] };

describe('noProxy entries as VS Code reads them', () => {
  const cases: ReadonlyArray<readonly [readonly string[], string, string, boolean]> = [
    [['example.com'], 'example.com', '443', true],
    [['example.com'], 'api.example.com', '443', true],
    [['.example.com'], 'api.example.com', '443', true],
    [['*.example.com'], 'api.example.com', '443', true],
    [['example.com'], 'notexample.com', '443', false],
    [['example.com:8443'], 'example.com', '443', false],
    [['example.com:8443'], 'example.com', '8443', true],
    [['*'], 'anything.test', '80', true],
    [['[::1]:8443'], '[::1]', '8443', true],
    [['::1'], '[::1]', '8443', true],
    [['EXAMPLE.com'], 'Example.COM', '443', true],
    [[' ', ''], 'example.com', '443', false],
  ];
  for (const [list, host, port, bypass] of cases) {
    it(`${JSON.stringify(list)} ${bypass ? 'bypasses' : 'does not bypass'} ${host}:${port}`, () => {
      assert.equal(noProxyMatcher(list)(host, port), bypass);
    });
  }
});

// The endpoint is HTTPS (a plain-http one never goes through a proxy), signed by an authority the client trusts.
describe('client: which proxy, in VS Code’s order', () => {
  const fx = useHttpsBehindProxy();

  async function send(settings: ProxySettings): Promise<unknown> {
    const { client } = clientFor(fx.server.origin, { proxy: fx.https.trusting(settings) });
    try {
      return await client.send(get).then((r) => r.body, (e: unknown) => e);
    } finally {
      await client.close();
    }
  }

  const target = () => `127.0.0.1:${fx.server.port}`;
  /** A stand-in for VS Code's resolver that answers `answer` and counts the URLs it was asked about. */
  const resolver = (answer: string | undefined) => {
    const asked: string[] = [];
    return { asked, host: { resolveProxy: async (url: string) => (asked.push(url), answer) } };
  };

  it('ignores NO_PROXY when http.noProxy has entries, as VS Code does', async () => {
    await send({ noProxy: ['example.com'], env: { HTTP_PROXY: fx.proxy.url, NO_PROXY: '127.0.0.1' } });
    assert.deepEqual(fx.proxy.targets, [target()]);
  });

  it('uses HTTP_PROXY for https endpoints too, as VS Code does', async () => {
    const { host, asked } = resolver(undefined);
    await send({ env: { HTTP_PROXY: fx.proxy.url }, host });
    assert.deepEqual(fx.proxy.targets, [target()]);
    assert.deepEqual(asked, [], 'the environment decides before VS Code’s resolver');
  });

  it('asks VS Code’s resolver (system proxy, PAC) when neither setting nor environment names a proxy', async () => {
    const { host, asked } = resolver(fx.proxy.url);
    await send({ env: {}, host });
    assert.deepEqual(asked, [`https://${target()}/`]);
    assert.deepEqual(fx.proxy.targets, [target()]);
  });

  it('goes direct when the resolver says DIRECT', async () => {
    const { host, asked } = resolver(undefined);
    await send({ env: {}, host });
    assert.equal(asked.length, 1);
    assert.deepEqual(fx.proxy.targets, []);
    assert.equal(fx.server.requests.length, 1);
  });

  it('leaves the resolver out with http.proxySupport off', async () => {
    const { host, asked } = resolver(fx.proxy.url);
    await send({ env: {}, host, proxySupport: 'off' });
    assert.deepEqual(asked, []);
    assert.deepEqual(fx.proxy.targets, []);
  });

  it('still bypasses a resolved proxy for a host in http.noProxy', async () => {
    const { host, asked } = resolver(fx.proxy.url);
    await send({ env: {}, host, noProxy: ['127.0.0.1'] });
    assert.deepEqual(asked, []);
    assert.deepEqual(fx.proxy.targets, []);
  });

  it('says so when the resolver picks a SOCKS proxy, which is not supported', async () => {
    const { host } = resolver('socks://127.0.0.1:1080');
    const error = await send({ env: {}, host });
    assert.ok(isCloudError(error, 'network'));
    assert.deepEqual(error.network, { kind: 'proxyUnsupported', proxy: 'socks://127.0.0.1:1080' });
    assert.equal(fx.server.requests.length, 0);
  });
});
