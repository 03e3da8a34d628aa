import * as assert from 'node:assert/strict';
import { Emulator, startEmulator } from '../../../emulator/index';
import { call } from '../../helpers/emulatorClient';
import type { DmsTaskList, GatewayError, InstanceList, ListedTask } from '../../helpers/emulatorShapes';

describe('emulator: DMS', () => {
  let emu: Emulator;
  let projectId: string;
  before(async () => {
    emu = await startEmulator({ projects: 1, instances: 4, tasks: 27 });
    projectId = emu.data.projects[0]!.id;
  });
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  const dms = (path: string[], query?: Record<string, string | number>, method = 'GET') =>
    call(emu, { service: 'dms', method, path: ['v2', projectId, ...path], ...(query ? { query } : {}), projectId });
  const kafkaId = () => emu.data.dmsInstances(projectId, 'kafka')[0]!.id;

  async function pages(instanceId: string, param: 'start' | 'offset', limit: number): Promise<ListedTask[]> {
    const out: ListedTask[] = [];
    let at = param === 'start' ? 1 : 0;
    for (;;) {
      const body = (await dms(['instances', instanceId, 'tasks'], { [param]: at, limit })).json as DmsTaskList;
      assert.equal(typeof body.task_count, 'string');
      out.push(...body.tasks);
      at += body.tasks.length;
      if (out.length >= Number(body.task_count) || body.tasks.length === 0) return out;
    }
  }

  it('lists instances per engine (required), with epoch-ms created_at and old RocketMQ instances as "reliability"', async () => {
    for (const engine of ['kafka', 'rocketmq', 'rabbitmq']) {
      const body = (await dms(['instances'], { engine })).json as InstanceList;
      assert.equal(body.instance_num, 4);
      assert.ok(body.instances.every((i) => /^\d{13}$/.test(i.created_at)));
      if (engine === 'rocketmq') assert.deepEqual(new Set(body.instances.map((i) => i.engine)), new Set(['rocketmq', 'reliability']));
      else assert.ok(body.instances.every((i) => i.engine === engine));
    }
    const alias = (await dms(['instances'], { engine: 'reliability' })).json as InstanceList;
    assert.equal(alias.instance_num, 4);
    const missing = await dms(['instances']);
    assert.equal(missing.status, 400);
    assert.match((missing.json as GatewayError).error_code, /^DMS\./);
  });

  it('pages instances by offset and limit 1–50', async () => {
    const a = (await dms(['instances'], { engine: 'kafka', offset: 0, limit: 3 })).json as InstanceList;
    const b = (await dms(['instances'], { engine: 'kafka', offset: 3, limit: 3 })).json as InstanceList;
    assert.deepEqual([...a.instances, ...b.instances].map((i) => i.instance_id), emu.data.dmsInstances(projectId, 'kafka').map((i) => i.id));
    assert.equal((await dms(['instances'], { engine: 'kafka', limit: 51 })).status, 400);
    assert.equal((await dms(['instances'], { engine: 'kafka', limit: 0 })).status, 400);
  });

  it('pages tasks by 1-based start, and the same by 0-based offset, to task_count distinct tasks in every status', async () => {
    const byStart = await pages(kafkaId(), 'start', 10);
    const byOffset = await pages(kafkaId(), 'offset', 10);
    assert.equal(byStart.length, 27);
    assert.equal(new Set(byStart.map((t) => t.id)).size, 27);
    assert.deepEqual(byOffset.map((t) => t.id), byStart.map((t) => t.id));
    for (const status of ['CREATED', 'SUCCESS', 'FAILED', 'DELETED', 'EXECUTING', 'CANCELLED']) assert.ok(byStart.some((t) => t.status === status), status);
    assert.ok(byStart.every((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(t.created_at) && typeof t.params === 'string'));
    assert.equal((await dms(['instances', kafkaId(), 'tasks'], { start: 0 })).status, 400);
    assert.equal((await dms(['instances', kafkaId(), 'tasks'], { limit: 101 })).status, 400);
  });

  it('shows one task in the list wrapper and its progress with the field "statue"', async () => {
    const task = emu.data.tasks(kafkaId())[0]!;
    assert.deepEqual(((await dms(['instances', kafkaId(), 'tasks', task.id])).json as DmsTaskList).task_count, '1');
    const progress = (await dms(['instances', kafkaId(), 'tasks', task.id, 'progress'])).json as { progress_percentage: number; step_list: Array<{ statue: string }> };
    assert.equal(typeof progress.progress_percentage, 'number');
    assert.ok(progress.step_list.length > 0 && progress.step_list.every((s) => typeof s.statue === 'string'));
    const rabbit = emu.data.dmsInstances(projectId, 'rabbitmq')[0]!;
    const rabbitTask = emu.data.tasks(rabbit.id)[0]!;
    assert.equal((await dms(['instances', rabbit.id, 'tasks', rabbitTask.id, 'progress'])).status, 404);
  });

  it('deletes a task of each engine with 204; the task is gone and a second delete is 404', async () => {
    for (const engine of ['kafka', 'rocketmq', 'rabbitmq'] as const) {
      const id = emu.data.dmsInstances(projectId, engine)[1]!.id;
      const task = emu.data.tasks(id)[3]!;
      const res = await dms(['instances', id, 'tasks', task.id], undefined, 'DELETE');
      assert.equal(res.status, 204);
      assert.equal(res.text, '');
      const left = await pages(id, 'start', 50);
      assert.equal(left.length, 26);
      assert.ok(!left.some((t) => t.id === task.id));
      const again = await dms(['instances', id, 'tasks', task.id], undefined, 'DELETE');
      assert.equal(again.status, 404);
      assert.match((again.json as GatewayError).error_code, /^DMS\./);
    }
  });

  it('answers unknown and malformed instances and projects with DMS codes', async () => {
    const code = async (path: string[]) => {
      const r = await dms(path);
      return `${r.status} ${(r.json as GatewayError).error_code}`;
    };
    assert.equal(await code(['instances', '0c1d2e3f-0000-4000-8000-000000000000', 'tasks']), '404 DMS.00404022');
    assert.equal(await code(['instances', 'nope', 'tasks']), '400 DMS.00400061');
    const wrong = await call(emu, { service: 'dms', path: ['v2', projectId, 'instances'], query: { engine: 'kafka' }, projectId: 'a'.repeat(32) });
    assert.equal(`${wrong.status} ${(wrong.json as GatewayError).error_code}`, '401 DMS.10240104');
    const malformed = await call(emu, { service: 'dms', path: ['v2', 'xyz', 'instances'], query: { engine: 'kafka' }, projectId: 'xyz' });
    assert.equal(`${malformed.status} ${(malformed.json as GatewayError).error_code}`, '400 DMS.00400002');
  });
});
