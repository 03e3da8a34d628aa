import * as assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiRequest } from '../../../src/net/api';
import { CloudError, isCloudError } from '../../../src/net/errors';
import type { ProxySettings } from '../../../src/net/proxy';
import { clientFor } from '../../helpers/netClient';
import { json, startServer, type ServerTls, type TestServer } from '../../helpers/httpServer';
import { createPrivateCa, type PrivateCa } from '../../helpers/privateCa';

const get: ApiRequest = { service: 'dcs', region: 'eu-de', method: 'GET', path: ['v2', 'p', 'instances'] };
const CA_NAME = 'Example Corp Private Root CA';

describe('client: private certificate authorities', function () {
  this.timeout(20_000);
  let ca: PrivateCa;
  let server: TestServer;
  before(async () => {
    ca = await createPrivateCa(CA_NAME);
  });
  after(() => ca.remove());
  afterEach(() => server?.close());

  const serve = async (tls: ServerTls = ca.server): Promise<void> => {
    server = await startServer((_req, res) => json(res, 200, { instances: [] }), 0, tls);
  };

  async function send(settings: ProxySettings): Promise<{ result: unknown; delays: number[]; log: string }> {
    const { client, delays, lines } = clientFor(server.origin, { proxy: { env: {}, ...settings } });
    try {
      return { result: await client.send(get).then((r) => r.body, (e: unknown) => e), delays, log: lines.map((l) => l.text).join('\n') };
    } finally {
      await client.close();
    }
  }

  const assertCloudError = (value: unknown): CloudError => {
    assert.ok(isCloudError(value), `expected a CloudError, got ${String(value)}`);
    return value;
  };

  it('refuses a server whose authority is not trusted, naming the issuer, the host and the setting, and does not retry', async () => {
    await serve();
    const { result, delays, log } = await send({});
    const error = assertCloudError(result);
    assert.equal(error.kind, 'network');
    assert.equal(error.network?.kind, 'untrustedCertificate');
    assert.ok(error.network?.kind === 'untrustedCertificate');
    assert.equal(error.network.certificate?.issuer, CA_NAME);
    assert.equal(error.network.host, `127.0.0.1:${server.port}`);
    for (const part of [CA_NAME, `127.0.0.1:${server.port}`, 'huaweicloudTasks.caCertificates']) assert.ok(error.message.includes(part), `${part} in: ${error.message}`);
    assert.deepEqual(delays, [], 'another attempt would meet the same certificate');
    assert.equal(server.requests.length, 0, 'nothing was sent to the untrusted server');
    assert.ok(log.includes(CA_NAME), 'the log line names the issuer too');
  });

  it('trusts the authority once its PEM file is listed in caCertificates', async () => {
    await serve();
    const { result } = await send({ caCertificates: [ca.caPath] });
    assert.deepEqual(result, { instances: [] });
  });

  it('reads an authority given as a DER file', async () => {
    await serve();
    const der = join(ca.caPath, '..', 'ca.der');
    writeFileSync(der, new X509Certificate(ca.authority.certificatePem).raw);
    const { result } = await send({ caCertificates: [der] });
    assert.deepEqual(result, { instances: [] });
  });

  it('trusts the system store when systemCertificates is on, and only then', async () => {
    await serve();
    let asked = 0;
    const host = {
      systemCertificates: async () => {
        asked++;
        return [ca.authority.certificatePem];
      },
    };
    assert.deepEqual((await send({ systemCertificates: true, host })).result, { instances: [] });
    assert.equal(asked, 1);
    const off = assertCloudError((await send({ systemCertificates: false, host })).result);
    assert.equal(off.network?.kind, 'untrustedCertificate');
    assert.equal(asked, 1, 'the store is not read with the setting off');
  });

  it('names a CA file that cannot be read, and uses it without a reload once it exists', async () => {
    await serve();
    const missing = join(ca.caPath, '..', 'later.pem');
    const { client } = clientFor(server.origin, { proxy: { env: {}, caCertificates: [missing] } });
    try {
      const error = assertCloudError(await client.send(get).catch((e: unknown) => e));
      assert.equal(error.kind, 'badInput');
      assert.deepEqual(error.network, { kind: 'caFile', path: missing, reason: 'no such file' });
      writeFileSync(missing, ca.authority.certificatePem);
      assert.deepEqual((await client.send(get)).body, { instances: [] });
    } finally {
      await client.close();
      rmSync(missing, { force: true });
    }
  });

  it('refuses a file that holds no certificate, and a relative path', async () => {
    await serve();
    const junk = join(ca.caPath, '..', 'junk.pem');
    writeFileSync(junk, 'not a certificate');
    const bad = assertCloudError((await send({ caCertificates: [junk] })).result);
    assert.deepEqual(bad.network, { kind: 'caFile', path: junk, reason: 'it holds no PEM or DER certificate' });
    const relative = assertCloudError((await send({ caCertificates: ['certs/ca.pem'] })).result);
    assert.deepEqual(relative.network, { kind: 'caFile', path: 'certs/ca.pem', reason: 'use an absolute path' });
  });

  it('says when a trusted certificate is for another host name', async () => {
    await serve(await ca.issue(['api.example.test']));
    const error = assertCloudError((await send({ caCertificates: [ca.caPath] })).result);
    assert.equal(error.network?.kind, 'certificateName');
    assert.ok(error.network?.kind === 'certificateName');
    assert.deepEqual(error.network.certificate?.names, ['api.example.test']);
    assert.match(error.message, /is for api\.example\.test, not 127\.0\.0\.1/);
  });

  it('says when a trusted certificate has expired', async () => {
    await serve(await ca.issue(['127.0.0.1'], { notBefore: new Date(Date.now() - 10 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) }));
    const error = assertCloudError((await send({ caCertificates: [ca.caPath] })).result);
    assert.equal(error.network?.kind, 'certificateDate');
    assert.ok(error.network?.kind === 'certificateDate');
    assert.equal(error.network.code, 'CERT_HAS_EXPIRED');
  });
});
