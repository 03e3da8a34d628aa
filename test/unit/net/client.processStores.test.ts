import * as assert from 'node:assert/strict';
import * as tls from 'node:tls';
import { runInChild } from '../../helpers/childClient';
import { json, startServer, type TestServer } from '../../helpers/httpServer';
import { createPrivateCa, type PrivateCa } from '../../helpers/privateCa';

// Stores that Node reads when it starts, so each case runs the client in a process of its own.
describe('client: authorities from the process environment', function () {
  this.timeout(30_000);
  let ca: PrivateCa;
  let other: PrivateCa;
  let server: TestServer;
  before(async () => {
    ca = await createPrivateCa('Process Store Test CA');
    other = await createPrivateCa('Unrelated CA');
    server = await startServer((_req, res) => json(res, 200, { ok: true }), 0, ca.server);
  });
  after(async () => {
    await server.close();
    ca.remove();
    other.remove();
  });

  it('trusts NODE_EXTRA_CA_CERTS, also when caCertificates makes the list explicit', async () => {
    const env = { NODE_EXTRA_CA_CERTS: ca.caPath };
    assert.deepEqual(await runInChild({ origin: server.origin, settings: {} }, env), { body: { ok: true } });
    assert.deepEqual(await runInChild({ origin: server.origin, settings: { caCertificates: [other.caPath] } }, env), { body: { ok: true } });
  });

  it('does not trust the authority without it (the control)', async () => {
    const result = await runInChild({ origin: server.origin, settings: { caCertificates: [other.caPath] } }, {});
    assert.ok('error' in result && result.error.network?.kind === 'untrustedCertificate', JSON.stringify(result));
  });

  // Node reads the system store itself from 22.15 / 23.5 on (OpenSSL's paths, which SSL_CERT_FILE overrides
  // on Linux); older Node has no system store of its own outside VS Code.
  const nodeReadsSystemStore = typeof (tls as { getCACertificates?: unknown }).getCACertificates === 'function' && process.platform === 'linux';
  (nodeReadsSystemStore ? it : it.skip)('trusts the system store (SSL_CERT_FILE) with systemCertificates on, and only then', async () => {
    const env = { SSL_CERT_FILE: ca.caPath };
    assert.deepEqual(await runInChild({ origin: server.origin, settings: { systemCertificates: true } }, env), { body: { ok: true } });
    const off = await runInChild({ origin: server.origin, settings: { systemCertificates: false, caCertificates: [other.caPath] } }, env);
    assert.ok('error' in off && off.error.network?.kind === 'untrustedCertificate', JSON.stringify(off));
  });
});
