import * as assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../emulator/index';

// Extension-host tests drive the extension against the emulator running in the same Node process; this
// proves that the compiled emulator loads there and that the host's fetch reaches it on loopback.
describe('the emulator inside the extension host', () => {
  let emulator: Emulator;

  before(async () => {
    emulator = await startEmulator({ port: 0, projects: 1, instances: 1, tasks: 1 });
  });

  after(async () => {
    await emulator?.stop();
  });

  it('answers an unsigned request with 401 APIGW.0301 and records it', async () => {
    const url = emulator.endpointTemplate.replace('{service}', 'iam').replace('{region}', 'cn-north-4') + '/v3/auth/projects';
    const res = await fetch(url);
    const body = await res.text();
    assert.equal(res.status, 401);
    assert.match(body, /APIGW\.0301/);
    assert.equal(emulator.log().length, 1);
  });
});
