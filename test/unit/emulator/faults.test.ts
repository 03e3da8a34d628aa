import * as assert from 'node:assert/strict';
import { request } from 'node:http';
import { Emulator, FaultRule, startEmulator } from '../../../emulator/index';
import { call, CallOptions, control, signedHeaders } from '../../helpers/emulatorClient';
import type { DmsTaskList, GatewayError, KeystoneError } from '../../helpers/emulatorShapes';

/** Streams a response, counting bytes and chunks without keeping them. */
function measure(emu: Emulator, o: CallOptions): Promise<{ status: number; bytes: number; chunks: number; head: string }> {
  const { path, headers } = signedHeaders(emu, o);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: emu.port, path, headers }, (res) => {
      let bytes = 0;
      let chunks = 0;
      let head = '';
      res.on('data', (c: Buffer) => {
        if (head.length < 64) head += c.toString('utf8', 0, 64);
        bytes += c.length;
        chunks++;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, chunks, head }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('emulator: fault injection', () => {
  let emu: Emulator;
  let projectId: string;
  let instanceId: string;
  const listTasks = (): CallOptions => ({ service: 'dms', path: ['v2', projectId, 'instances', instanceId, 'tasks'], query: { start: 1, limit: 10 }, projectId });
  const deleteTask = (taskId: string): CallOptions => ({ service: 'dms', method: 'DELETE', path: ['v2', projectId, 'instances', instanceId, 'tasks', taskId], projectId });
  const one = (action: FaultRule['action'], extra: Partial<FaultRule> = {}): FaultRule[] => [{ service: 'dms', path: '/tasks$', action, ...extra }];

  before(async () => {
    emu = await startEmulator({ projects: 1, instances: 1, tasks: 12, seed: 7 });
    projectId = emu.data.projects[0]!.id;
    instanceId = emu.data.dmsInstances(projectId, 'kafka')[0]!.id;
  });
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  it('answers 429 APIGW.0308 with Retry-After, or without it when asked, for the first N matching requests only', async () => {
    emu.setFaults(one({ kind: 'status', status: 429 }, { count: 2 }));
    const first = await call(emu, listTasks());
    assert.equal(first.status, 429);
    assert.equal((first.json as GatewayError).error_code, 'APIGW.0308');
    assert.ok(Number(first.headers['retry-after']) > 0);
    assert.equal((await call(emu, listTasks())).status, 429);
    assert.equal((await call(emu, listTasks())).status, 200);
    emu.setFaults(one({ kind: 'status', status: 429, retryAfter: null }, { count: 1 }));
    const bare = await call(emu, listTasks());
    assert.equal(bare.status, 429);
    assert.equal(bare.headers['retry-after'], undefined);
  });

  it('answers 500/502/503/504 with each origin\'s error body', async () => {
    const expected: Record<number, string> = { 500: 'DMS.00500000', 502: 'APIGW.0202', 503: 'APIGW.0204', 504: 'APIGW.0203' };
    for (const [status, code] of Object.entries(expected)) {
      emu.setFaults(one({ kind: 'status', status: Number(status) }));
      const res = await call(emu, listTasks());
      assert.equal(res.status, Number(status));
      assert.equal((res.json as GatewayError).error_code, code);
    }
    emu.setFaults([{ service: 'iam', action: { kind: 'status', status: 500 } }]);
    const iam = await call(emu, { service: 'iam', path: ['v3', 'auth', 'projects'] });
    assert.equal((iam.json as KeystoneError).error.code, 500);
  });

  it('answers DMS flow control (DMS.10240407) without deleting the task', async () => {
    const task = emu.data.tasks(instanceId)[0]!;
    emu.setFaults([{ service: 'dms', method: 'DELETE', action: { kind: 'flowControl' } }]);
    const res = await call(emu, deleteTask(task.id));
    assert.equal((res.json as GatewayError).error_code, 'DMS.10240407');
    assert.ok(emu.data.task(instanceId, task.id), 'still there');
  });

  it('targets one task id only', async () => {
    const [a, b] = emu.data.tasks(instanceId);
    emu.setFaults([{ service: 'dms', taskId: a!.id, action: { kind: 'status', status: 503 } }]);
    assert.equal((await call(emu, deleteTask(b!.id))).status, 204);
    assert.equal((await call(emu, deleteTask(a!.id))).status, 503);
  });

  it('targets one page of a list by its query parameters; an absent parameter does not match', async () => {
    emu.setFaults([{ service: 'dms', path: '/tasks$', query: { start: '^(?!1$)' }, action: { kind: 'status', status: 500 } }]);
    assert.equal((await call(emu, listTasks())).status, 200, 'page 1 (start=1) is untouched');
    assert.equal((await call(emu, { ...listTasks(), query: { start: 11, limit: 10 } })).status, 500, 'page 2 fails');
    assert.equal((await call(emu, { ...listTasks(), query: { offset: 10, limit: 10 } })).status, 200, 'no start parameter, no match');
    assert.equal((await control(emu, 'POST', 'faults', { query: { start: '(' }, action: { kind: 'status', status: 500 } })).status, 400);
  });

  it('resets the connection before any byte, after partial headers, and mid-body', async () => {
    for (const at of ['beforeResponse', 'afterHeaders', 'midBody'] as const) {
      emu.setFaults(one({ kind: 'reset', at }, { count: 1 }));
      await assert.rejects(call(emu, listTasks()), at);
      assert.equal((await call(emu, listTasks())).status, 200, `recovers after ${at}`);
    }
    const statuses = emu.log().filter((e) => e.fault === 'reset').map((e) => e.status);
    assert.deepEqual(statuses, [0, 0, 200]);
  });

  it('a delete whose response is cut still deletes: the retry finds the task gone', async () => {
    const task = emu.data.tasks(instanceId)[0]!;
    emu.setFaults([{ service: 'dms', method: 'DELETE', action: { kind: 'reset', at: 'afterHeaders' }, count: 1 }]);
    await assert.rejects(call(emu, deleteTask(task.id)));
    assert.equal((await call(emu, deleteTask(task.id))).status, 404);
  });

  it('sends truncated JSON, an HTML error page and a 200 of the wrong shape', async () => {
    emu.setFaults(one({ kind: 'truncatedJson' }, { count: 1 }));
    const cut = await call(emu, listTasks());
    assert.equal(cut.status, 200);
    assert.throws(() => JSON.parse(cut.text));
    assert.ok(cut.text.startsWith('{"task_count":"12"'));
    emu.setFaults(one({ kind: 'html', status: 502 }, { count: 1 }));
    const html = await call(emu, listTasks());
    assert.equal(html.status, 502);
    assert.match(String(html.headers['content-type']), /text\/html/);
    assert.match(html.text, /<html>/);
    emu.setFaults(one({ kind: 'wrongShape' }, { count: 1 }));
    const wrong = await call(emu, listTasks());
    assert.equal(wrong.status, 200);
    assert.ok(!Array.isArray((wrong.json as { tasks?: unknown }).tasks));
  });

  it('streams a 50 MB body by default for the oversized fault', async () => {
    emu.setFaults(one({ kind: 'oversized' }, { count: 1 }));
    const res = await measure(emu, listTasks());
    assert.equal(res.status, 200);
    assert.equal(res.bytes, 50 * 1024 * 1024);
    assert.ok(res.head.startsWith('{"tasks":[]'));
  });

  it('trickles the real body in many small chunks', async () => {
    const normal = await call(emu, listTasks());
    emu.setFaults(one({ kind: 'slowBody', chunkBytes: 256, intervalMs: 1 }, { count: 1 }));
    const slow = await measure(emu, listTasks());
    assert.equal(slow.bytes, Buffer.byteLength(normal.text));
    assert.ok(slow.chunks >= Math.floor(slow.bytes / 256) - 1, `${slow.chunks} chunks`);
  });

  it('applies a probability with a seeded, repeatable sequence', async () => {
    const run = async () => {
      emu.reset();
      emu.setFaults(one({ kind: 'status', status: 503 }, { probability: 0.5 }));
      const out: number[] = [];
      for (let i = 0; i < 24; i++) out.push((await call(emu, listTasks())).status);
      return out;
    };
    const a = await run();
    assert.deepEqual(await run(), a);
    assert.ok(a.includes(503) && a.includes(200), a.join(','));
  });

  it('marks latency faults in the log and still answers normally', async () => {
    emu.setFaults(one({ kind: 'latency', ms: 20 }));
    const res = await call(emu, listTasks());
    assert.equal(res.status, 200);
    assert.equal(emu.log().at(-1)!.fault, 'latency');
  });

  it('is controlled over HTTP: set, list and clear faults; reset restores deleted tasks', async () => {
    const rule = one({ kind: 'status', status: 504 })[0]!;
    assert.equal((await control(emu, 'POST', 'faults', [rule])).status, 200);
    assert.deepEqual(((await control(emu, 'GET', 'faults')).json as { faults: FaultRule[] }).faults, [rule]);
    assert.equal((await call(emu, listTasks())).status, 504);
    assert.equal((await control(emu, 'DELETE', 'faults')).status, 204);
    assert.equal((await call(emu, listTasks())).status, 200);
    assert.equal((await control(emu, 'POST', 'faults', { action: { kind: 'explode' } })).status, 400);

    const task = emu.data.tasks(instanceId)[0]!;
    await call(emu, deleteTask(task.id));
    assert.equal(((await call(emu, listTasks())).json as DmsTaskList).task_count, '11');
    assert.equal((await control(emu, 'POST', 'reset')).status, 204);
    assert.equal(((await call(emu, listTasks())).json as DmsTaskList).task_count, '12');
  });

  it('shifts the clock over HTTP so fresh signatures fail the 15-minute rule', async () => {
    assert.equal((await control(emu, 'POST', 'clock', { offsetMs: -30 * 60_000 })).status, 200);
    const res = await call(emu, listTasks());
    assert.equal(res.status, 401);
    assert.match((res.json as GatewayError).error_msg, /15 minutes/);
    assert.equal((await control(emu, 'POST', 'clock', { offsetMs: 0 })).status, 200);
    assert.equal((await call(emu, listTasks())).status, 200);
  });
});

describe('emulator: global rate limit', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ projects: 1, instances: 1, tasks: 1, ratePerSecond: 3 });
  });
  after(() => emu.stop());

  it('answers 429 APIGW.0308 with Retry-After beyond N requests in a second', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => call(emu, { service: 'iam', path: ['v3', 'regions'] })));
    const limited = results.filter((r) => r.status === 429);
    // Ten requests span at most two one-second windows, so at most six pass.
    assert.ok(limited.length >= 4, `${limited.length} limited`);
    assert.ok(limited.every((r) => (r.json as GatewayError).error_code === 'APIGW.0308' && r.headers['retry-after'] === '1'));
    assert.ok(results.filter((r) => r.status === 200).length >= 3);
  });
});
