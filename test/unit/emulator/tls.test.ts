import * as assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCli } from '../../../emulator/cli';
import { startEmulator, type Emulator } from '../../../emulator/index';
import { createApiClient } from '../../../src/net/client';
import { isCloudError } from '../../../src/net/errors';
import type { ApiRequest } from '../../../src/net/api';

const projects: ApiRequest = { service: 'iam', region: 'cn-north-4', method: 'GET', path: ['v3', 'auth', 'projects'] };

describe('emulator: HTTPS with a throw-away authority', function () {
  this.timeout(20_000);
  let dir: string;
  let emulator: Emulator;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-tls-test-'));
    emulator = await startEmulator({ projects: 1, instances: 1, tasks: 1, tls: { dir } });
  });
  after(async () => {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const send = async (caCertificates: string[]): Promise<unknown> => {
    const client = createApiClient({
      credentials: emulator,
      endpoints: { cloud: 'custom', template: emulator.endpointTemplate },
      proxy: { env: {}, caCertificates },
      retry: { maxRetries: 0 },
    });
    try {
      return await client.send(projects).then((r) => r.body, (e: unknown) => e);
    } finally {
      await client.close();
    }
  };

  it('writes the authority, the certificate and its key to the folder, the certificate signed by the authority for 127.0.0.1', () => {
    assert.equal(emulator.tls?.caPath, join(dir, 'ca.pem'));
    const ca = new X509Certificate(readFileSync(join(dir, 'ca.pem')));
    const server = new X509Certificate(readFileSync(join(dir, 'server.pem')));
    assert.ok(ca.ca);
    assert.ok(server.checkIssued(ca) && server.verify(ca.publicKey));
    assert.equal(server.checkIP('127.0.0.1'), '127.0.0.1');
    assert.equal(server.checkHost('localhost'), 'localhost');
    assert.match(readFileSync(join(dir, 'server-key.pem'), 'utf8'), /^-----BEGIN PRIVATE KEY-----/);
  });

  it('serves signed API calls over HTTPS to a client that trusts the authority', async () => {
    assert.match(emulator.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    const body = (await send([emulator.tls!.caPath])) as { projects: unknown[] };
    assert.ok(Array.isArray(body.projects) && body.projects.length > 0, JSON.stringify(body));
  });

  it('is refused by a client that does not, naming the emulator’s authority', async () => {
    const error = await send([]);
    assert.ok(isCloudError(error) && error.network?.kind === 'untrustedCertificate', String(error));
    assert.equal(error.network.certificate?.issuer, emulator.tls!.authorityName);
  });
});

describe('emulator: --tls on the command line', () => {
  it('parses --tls alone and with a folder, and refuses a folder without --tls', () => {
    assert.deepEqual(parseCli(['--tls']), { tls: true });
    assert.deepEqual(parseCli(['--tls', '--tls-dir', '/tmp/emulator-ca']), { tls: { dir: '/tmp/emulator-ca' } });
    assert.throws(() => parseCli(['--tls-dir', '/tmp/emulator-ca']), /--tls-dir goes with --tls/);
  });
});
