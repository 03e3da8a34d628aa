import * as assert from 'node:assert/strict';
import { Emulator, startEmulator } from '../../../emulator/index';
import { formatSdkDate } from '../../../src/net/signer';
import { call, CallOptions, rawRequest, signedHeaders } from '../../helpers/emulatorClient';
import type { GatewayError } from '../../helpers/emulatorShapes';

describe('emulator: signature verification', () => {
  let emu: Emulator;
  let projectId: string;
  const listInstances = (extra: Partial<CallOptions> = {}): CallOptions => ({ service: 'dms', path: ['v2', projectId, 'instances'], query: { engine: 'kafka' }, projectId, ...extra });

  before(async () => {
    emu = await startEmulator({ projects: 1, instances: 2, tasks: 3, keys: [{ accessKey: 'AKONE', secretKey: 'SKONE' }, { accessKey: 'AKTWO', secretKey: 'SKTWO' }] });
    projectId = emu.data.projects[0]!.id;
  });
  after(() => emu.stop());
  afterEach(() => emu.setClockOffset(0));

  function assertAuthFailure(res: { status: number; json: unknown; headers: Record<string, unknown> }, msgPattern = /verify aksk signature fail/): void {
    assert.equal(res.status, 401);
    const body = res.json as GatewayError;
    assert.equal(body.error_code, 'APIGW.0301');
    assert.match(body.error_msg, msgPattern);
    assert.equal(body.request_id, res.headers['x-request-id']);
  }

  it('accepts a correctly signed request from each configured key pair and logs its access key', async () => {
    for (const keys of [{ accessKey: 'AKONE', secretKey: 'SKONE' }, { accessKey: 'AKTWO', secretKey: 'SKTWO' }]) {
      const res = await call(emu, listInstances({ keys }));
      assert.equal(res.status, 200);
      assert.equal(emu.log().at(-1)!.accessKey, keys.accessKey);
    }
  });

  it('accepts a V11-HMAC-SHA256 (derived key) signature', async () => {
    const res = await call(emu, listInstances({ derived: true }));
    assert.equal(res.status, 200);
  });

  it('rejects a signature with one changed character', async () => {
    const res = await call(emu, listInstances({
      afterSign: (h) => {
        h.Authorization = h.Authorization!.replace(/Signature=(.)/, (_m, c: string) => `Signature=${c === 'a' ? 'b' : 'a'}`);
      },
    }));
    assertAuthFailure(res);
    assert.equal(emu.log().at(-1)!.accessKey, null);
  });

  it('rejects an unknown access key, a wrong secret key and a missing Authorization header', async () => {
    assertAuthFailure(await call(emu, listInstances({ keys: { accessKey: 'AKNOBODY', secretKey: 'SKONE' } })));
    assertAuthFailure(await call(emu, listInstances({ keys: { accessKey: 'AKONE', secretKey: 'SKTWO' } })));
    assertAuthFailure(await call(emu, listInstances({ unsigned: true })));
  });

  it('rejects requests whose query, path, signed header or body differ from what was signed', async () => {
    const { path, headers } = signedHeaders(emu, listInstances());
    assertAuthFailure(await rawRequest(emu, 'GET', path.replace('engine=kafka', 'engine=rabbitmq'), headers));
    assertAuthFailure(await rawRequest(emu, 'GET', path.replace('/cn-north-4/', '/cn-north-1/'), headers));
    assertAuthFailure(await rawRequest(emu, 'GET', path, { ...headers, 'X-Project-Id': 'ffffffffffffffffffffffffffffffff' }));
    assertAuthFailure(await rawRequest(emu, 'GET', path, { ...headers, host: `localhost:${emu.port}` }));
    const signedEmpty = signedHeaders(emu, listInstances());
    assertAuthFailure(await rawRequest(emu, 'GET', signedEmpty.path, signedEmpty.headers, '{}'));
  });

  it('verifies the hash of the body actually received', async () => {
    const body = '{"a":1}';
    const ok = await call(emu, { service: 'iam', method: 'POST', path: ['v3', 'projects'], body });
    // Signature accepted: the route's own answer (403) comes back, not the gateway's 401.
    assert.equal(ok.status, 403);
    const { path, headers } = signedHeaders(emu, { service: 'iam', method: 'POST', path: ['v3', 'projects'], body });
    assertAuthFailure(await rawRequest(emu, 'POST', path, headers, '{"a":2}'));
  });

  it('accepts X-Sdk-Date up to 15 minutes off the emulator clock and rejects beyond, naming the time', async () => {
    const minutes = (m: number) => formatSdkDate(new Date(Date.now() + m * 60_000));
    assert.equal((await call(emu, listInstances({ date: minutes(-14) }))).status, 200);
    assert.equal((await call(emu, listInstances({ date: minutes(14) }))).status, 200);
    assertAuthFailure(await call(emu, listInstances({ date: minutes(-16) })), /15 minutes/);
    assertAuthFailure(await call(emu, listInstances({ date: minutes(16) })), /15 minutes/);
  });

  it('applies the 15-minute rule to a shifted emulator clock', async () => {
    emu.setClockOffset(20 * 60_000);
    assertAuthFailure(await call(emu, listInstances()), /time/i);
    emu.setClockOffset(0);
    assert.equal((await call(emu, listInstances())).status, 200);
  });

  it('rejects a missing or malformed X-Sdk-Date with a message about the time', async () => {
    const { path, headers } = signedHeaders(emu, listInstances());
    const without = { ...headers };
    delete without['X-Sdk-Date'];
    assertAuthFailure(await rawRequest(emu, 'GET', path, without), /X-Sdk-Date/);
    assertAuthFailure(await rawRequest(emu, 'GET', path, { ...headers, 'X-Sdk-Date': '2026-11-22T06:45:00Z' }), /X-Sdk-Date/);
  });

  it('answers an unknown route with 404 APIGW.0101, signed or not, with X-Request-Id and Date headers', async () => {
    for (const res of [
      await call(emu, { service: 'dms', path: ['v9', 'nothing'] }),
      await call(emu, { service: 'nosuchservice', path: ['v2', 'x'] }),
      await call(emu, { service: 'dcs', method: 'PUT', path: ['v2', projectId, 'instances'], projectId }),
    ]) {
      assert.equal(res.status, 404);
      assert.equal((res.json as GatewayError).error_code, 'APIGW.0101');
      assert.match(String(res.headers['x-request-id']), /^[0-9a-f]{32}$/);
      assert.ok(!Number.isNaN(Date.parse(String(res.headers.date))));
    }
  });

  it('never echoes the secret key in an error', async () => {
    const res = await call(emu, listInstances({ keys: { accessKey: 'AKONE', secretKey: 'SKTWO' } }));
    assert.ok(!res.text.includes('SKONE') && !res.text.includes('SKTWO'));
  });
});
