import * as assert from 'node:assert/strict';
import { Emulator, LogEntry, startEmulator } from '../../../emulator/index';
import { call, control } from '../../helpers/emulatorClient';

describe('emulator: request log', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ projects: 1, instances: 1, tasks: 2 });
  });
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  it('records method, wire path, query, service, region, verified key, status and time', async () => {
    const projectId = emu.data.projects[0]!.id;
    await call(emu, { service: 'dms', region: 'ap-southeast-3', path: ['v2', projectId, 'instances'], query: { engine: 'kafka', limit: 5 }, projectId });
    const [entry] = emu.log();
    assert.deepEqual(
      { ...entry!, requestId: undefined, time: undefined, durationMs: undefined },
      { requestId: undefined, time: undefined, durationMs: undefined, method: 'GET', path: `/dms/ap-southeast-3/v2/${projectId}/instances`, query: { engine: ['kafka'], limit: ['5'] }, service: 'dms', region: 'ap-southeast-3', accessKey: emu.accessKey, status: 200, fault: null },
    );
    assert.ok(Math.abs(Date.parse(entry!.time) - Date.now()) < 60_000);
  });

  it('is readable and clearable over the control route', async () => {
    await call(emu, { service: 'iam', path: ['v3', 'regions'] });
    const body = (await control(emu, 'GET', 'log')).json as { entries: LogEntry[]; peakConcurrency: number };
    assert.deepEqual(body.entries.map((e) => e.path), ['/iam/cn-north-4/v3/regions']);
    assert.ok(body.peakConcurrency >= 1);
    assert.equal((await control(emu, 'DELETE', 'log')).status, 204);
    // Control calls are not API traffic: nothing is logged for them.
    assert.deepEqual(emu.log(), []);
  });

  it('counts peak concurrent requests', async () => {
    emu.setFaults([{ service: 'iam', action: { kind: 'latency', ms: 300 } }]);
    emu.clearLog();
    await Promise.all(Array.from({ length: 6 }, () => call(emu, { service: 'iam', path: ['v3', 'regions'] })));
    assert.equal(emu.log().length, 6);
    // Six requests held for 300 ms each overlap; at least two were in flight together.
    assert.ok(emu.peakConcurrency() >= 2, `peak ${emu.peakConcurrency()}`);
    assert.ok(emu.peakConcurrency() <= 6);
  });
});
