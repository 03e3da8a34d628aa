import * as assert from 'node:assert/strict';
import { Emulator, startEmulator } from '../../../emulator/index';
import { call } from '../../helpers/emulatorClient';
import type { DcsTaskList, GatewayError, InstanceList } from '../../helpers/emulatorShapes';

describe('emulator: DCS', () => {
  let emu: Emulator;
  let projectId: string;
  before(async () => {
    emu = await startEmulator({ projects: 2, instances: 7, tasks: 23 });
    projectId = emu.data.projects[0]!.id;
  });
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  const dcs = (path: string[], query?: Record<string, string | number>, method = 'GET', pid = projectId) =>
    call(emu, { service: 'dcs', method, path: ['v2', pid, ...path], ...(query ? { query } : {}), projectId: pid });
  const instanceIds = () => emu.data.dcsInstances(projectId).map((i) => i.id);

  async function allTasks(instanceId: string, limit: number, query: Record<string, string> = {}): Promise<DcsTaskList['tasks']> {
    const out: DcsTaskList['tasks'] = [];
    for (let offset = 0; ; offset += limit) {
      const body = (await dcs(['instances', instanceId, 'tasks'], { offset, limit, ...query })).json as DcsTaskList;
      assert.equal(typeof body.task_count, 'string', 'as the SDK model types it');
      out.push(...body.tasks);
      if (body.tasks.length < limit) return out;
    }
  }

  it('pages instances by 0-based offset with instance_num, and rejects limits outside 1–1000', async () => {
    const first = (await dcs(['instances'], { offset: 0, limit: 3 })).json as InstanceList;
    const second = (await dcs(['instances'], { offset: 3, limit: 3 })).json as InstanceList;
    assert.equal(first.instance_num, 7);
    assert.deepEqual([...first.instances, ...second.instances].map((i) => i.instance_id), instanceIds().slice(0, 6));
    assert.match(first.instances[0]!.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    for (const limit of [0, 1001, 'x']) {
      const res = await dcs(['instances'], { limit });
      assert.equal(res.status, 400);
      assert.equal((res.json as GatewayError).error_code, 'DCS.4800');
      assert.equal((res.json as GatewayError).error_ext_msg, null);
    }
  });

  it('pages tasks by offset to exactly task_count distinct tasks, newest first, task_count a string', async () => {
    const id = instanceIds()[0]!;
    const tasks = await allTasks(id, 5);
    assert.equal(tasks.length, 23);
    assert.equal(new Set(tasks.map((t) => t.id)).size, 23);
    const times = tasks.map((t) => Date.parse(t.created_at));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    for (const status of ['SUCCESS', 'EXECUTING', 'FAILED']) assert.ok(tasks.some((t) => t.status === status), status);
  });

  it('filters tasks by start_time/end_time (yyyyMMddHHmmss, UTC)', async () => {
    const id = instanceIds()[0]!;
    const all = await allTasks(id, 100);
    const middle = Date.parse(all[11]!.created_at);
    const compact = (ms: number) => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const newer = await allTasks(id, 100, { start_time: compact(middle) });
    assert.deepEqual(newer.map((t) => t.id), all.filter((t) => Date.parse(t.created_at) >= Math.floor(middle / 1000) * 1000).map((t) => t.id));
    assert.ok(newer.length > 0 && newer.length < all.length);
    assert.equal((await dcs(['instances', id, 'tasks'], { start_time: '2026-01-01' })).status, 400);
  });

  it('deletes with 200 {"message":""} on some instances and 204 on others; the task is gone and a second delete is 404', async () => {
    const statuses = new Set<number>();
    for (const id of instanceIds().slice(0, 2)) {
      const task = emu.data.tasks(id)[0]!;
      const res = await dcs(['instances', id, 'tasks', task.id], undefined, 'DELETE');
      statuses.add(res.status);
      if (res.status === 200) assert.deepEqual(res.json, { message: '' });
      else assert.equal(res.text, '');
      const remaining = await allTasks(id, 100);
      assert.equal(remaining.length, 22);
      assert.ok(!remaining.some((t) => t.id === task.id));
      const again = await dcs(['instances', id, 'tasks', task.id], undefined, 'DELETE');
      assert.equal(again.status, 404);
    }
    assert.deepEqual([...statuses].sort(), [200, 204]);
  });

  it('reports progress with step details, step times ISO 8601 with milliseconds as the SDK model states', async () => {
    const id = instanceIds()[0]!;
    const task = emu.data.tasks(id).find((t) => t.status === 'SUCCESS')!;
    const body = (await dcs(['instances', id, 'tasks', task.id, 'progress'])).json as {
      progress: number;
      step_details: Array<{ step_status: string; begin_time: string; end_time: string }>;
    };
    assert.equal(body.progress, 100);
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    assert.ok(body.step_details.every((s) => s.step_status === 'FINISH' && iso.test(s.begin_time) && iso.test(s.end_time)));
  });

  it('answers unknown and malformed ids and a mismatched X-Project-Id with DCS errors', async () => {
    const code = async (p: Promise<{ status: number; json: unknown }>) => {
      const r = await p;
      return `${r.status} ${(r.json as GatewayError).error_code}`;
    };
    const other = emu.data.projects[1]!.id;
    const foreign = emu.data.dcsInstances(other)[0]!.id;
    assert.equal(await code(dcs(['instances', '0c1d2e3f-0000-4000-8000-000000000000', 'tasks'])), '404 DCS.3022');
    assert.equal(await code(dcs(['instances', foreign, 'tasks'])), '404 DCS.3022');
    assert.equal(await code(dcs(['instances', 'not-a-uuid', 'tasks'])), '400 DCS.4800');
    assert.equal(await code(dcs(['instances', instanceIds()[0]!, 'tasks', 'bad id!'], undefined, 'DELETE')), '400 DCS.4070');
    assert.equal(await code(call(emu, { service: 'dcs', path: ['v2', projectId, 'instances'], projectId: other })), '401 DCS.1004');
    assert.equal(await code(dcs(['instances'], undefined, 'GET', 'f'.repeat(32))), '403 DCS.2003');
  });

  it('has no instances in the non-region MOS project', async () => {
    const mos = emu.data.projects.find((p) => p.name === 'MOS')!.id;
    assert.deepEqual((await dcs(['instances'], undefined, 'GET', mos)).json, { instance_num: 0, instances: [] });
  });
});
