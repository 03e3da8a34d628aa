import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { issueServerCertificate } from '../../../emulator/certificates';
import { startProxy, type TestProxy } from '../../helpers/httpProxy';
import { json, startServer, type TestServer } from '../../helpers/httpServer';
import { clientFor } from '../../helpers/netClient';
import { createPrivateCa, type PrivateCa } from '../../helpers/privateCa';

const get: ApiRequest = { service: 'dcs', region: 'eu-de', method: 'GET', path: ['v2', 'p', 'instances'] };

// A corporate proxy that inspects TLS shows its own certificate for every host: the endpoint's certificate is
// verified as always, so the proxy's authority must be trusted explicitly, never waved through.
describe('client: a proxy that inspects TLS', function () {
  this.timeout(20_000);
  let cloudCa: PrivateCa;
  let proxyCa: PrivateCa;
  let server: TestServer;
  let proxy: TestProxy;
  before(async () => {
    cloudCa = await createPrivateCa('Private Cloud Root CA');
    proxyCa = await createPrivateCa('Corporate Inspection CA');
  });
  after(() => {
    cloudCa.remove();
    proxyCa.remove();
  });
  beforeEach(async () => {
    server = await startServer((_req, res) => json(res, 200, { ok: true }), 0, cloudCa.server);
    proxy = await startProxy({ intercept: { authority: proxyCa.authority, issue: issueServerCertificate, upstreamCa: [cloudCa.authority.certificatePem] } });
  });
  afterEach(async () => {
    await server.close();
    await proxy.close();
  });

  const send = async (caCertificates: string[]): Promise<unknown> => {
    const { client } = clientFor(server.origin, { proxy: { env: {}, proxy: proxy.url, caCertificates } });
    try {
      return await client.send(get).then((r) => r.body, (e: unknown) => e);
    } finally {
      await client.close();
    }
  };

  it('is refused while only the cloud’s authority is trusted, naming the proxy’s authority and the proxy', async () => {
    const error = await send([cloudCa.caPath]);
    assert.ok(isCloudError(error, 'network'));
    assert.ok(error.network?.kind === 'untrustedCertificate', JSON.stringify(error.network));
    assert.equal(error.network.certificate?.issuer, 'Corporate Inspection CA');
    assert.equal(error.network.proxy, proxy.url);
    assert.match(error.message, /a proxy that inspects TLS signs with its own authority/);
    assert.equal(server.requests.length, 0);
    assert.deepEqual(proxy.targets, [`127.0.0.1:${server.port}`]);
  });

  it('works once the proxy’s authority is trusted too', async () => {
    assert.deepEqual(await send([cloudCa.caPath, proxyCa.caPath]), { ok: true });
    assert.equal(server.requests.length, 1);
  });
});
