import * as assert from 'node:assert/strict';
import { isCloudError } from '../../../src/net/errors';
import { dcsService } from '../../../src/services/dcs';
import { listAllTasks } from '../../../src/services/listAll';
import type { Container, Task } from '../../../src/services/types';
import { containerWithId, expectCloudError, startServiceFixture, type ServiceFixture } from '../../helpers/servicesEmulator';

describe('DCS service against the emulator', () => {
  let fx: ServiceFixture;
  let instances: Container[];

  before(async () => {
    fx = await startServiceFixture({ instances: 3 });
    instances = [...(await dcsService.listContainers(fx.scope())).items];
  });
  after(() => fx.stop());
  beforeEach(() => fx.emulator.clearLog());

  const instanceWithDeleteStatus = (status: 200 | 204): Container => {
    const record = fx.emulator.data.dcsInstances(fx.home.id).find((i) => i.deleteStatus === status);
    assert.ok(record, `no instance answering ${status}`);
    return instances.find((c) => c.id === record.id)!;
  };

  it('lists instances page by page with a 0-based item offset', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await dcsService.listContainers(fx.scope(), cursor, 1);
      assert.equal(page.total, 3);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.next;
    } while (cursor);
    assert.deepEqual(seen, fx.emulator.data.dcsInstances(fx.home.id).map((i) => i.id));
    assert.deepEqual(fx.requests('GET').map((e) => e.query['offset']), [['0'], ['1'], ['2']]);
    for (const c of instances) {
      const record = fx.emulator.data.container(c.id);
      assert.ok(record?.kind === 'dcs');
      assert.equal(c.engine, `${record.engine} ${record.engineVersion}`);
      assert.equal(c.createdAt?.getTime(), record.createdMs);
    }
  });

  it('lists background tasks across several pages, in the server order, with the total', async () => {
    const instance = instances[0]!;
    const first = await dcsService.listTasks(fx.scope(), instance, undefined, 10);
    assert.equal(first.items.length, 10);
    assert.equal(first.total, 25);
    const all = await listAllTasks(dcsService, fx.scope(), instance, { pageSize: 10 });
    assert.deepEqual(all.map((t) => t.id), fx.emulator.data.tasks(instance.id).map((t) => t.id));
    assert.deepEqual(fx.requests('GET').slice(1).map((e) => e.query['offset']), [['0'], ['10'], ['20']]);
    assert.ok(all.every((t) => t.createdAt instanceof Date && ['running', 'succeeded', 'failed', 'cancelled', 'other'].includes(t.state)));
  });

  it('uses the largest page size by default', async () => {
    const page = await dcsService.listTasks(fx.scope(), instances[0]!);
    assert.equal(page.items.length, 25);
    assert.equal(page.next, undefined);
    assert.deepEqual(fx.requests('GET')[0]!.query['limit'], ['1000']);
  });

  it('returns an empty page for a time window with no tasks, sending the window in UTC', async () => {
    const from = new Date(Date.now() + 86_400_000);
    const page = await dcsService.listTasks(fx.scope(), instances[0]!, undefined, undefined, { from });
    assert.deepEqual(page.items, []);
    assert.equal(page.next, undefined);
    const sent = fx.requests('GET')[0]!.query['start_time']?.[0];
    assert.match(sent ?? '', /^\d{14}$/);
  });

  for (const status of [200, 204] as const) {
    it(`deletes a task answered with ${status}, at exactly its path, and then it is gone`, async () => {
      const instance = instanceWithDeleteStatus(status);
      const task: Task = (await dcsService.listTasks(fx.scope(), instance, undefined, 1)).items[0]!;
      fx.emulator.clearLog();
      const result = await dcsService.deleteTask(fx.scope(), instance, task.id);
      assert.deepEqual({ outcome: result.outcome, status: result.status }, { outcome: 'deleted', status });
      assert.ok(result.requestId, 'the request id is kept for the log');
      const deletes = fx.requests('DELETE');
      assert.deepEqual(deletes.map((e) => e.path), [`/dcs/cn-north-4/v2/${fx.home.id}/instances/${instance.id}/tasks/${task.id}`]);
      const after = await listAllTasks(dcsService, fx.scope(), instance);
      assert.ok(!after.some((t) => t.id === task.id));
      const again = await dcsService.deleteTask(fx.scope(), instance, task.id);
      assert.equal(again.outcome, 'alreadyGone');
    });
  }

  it('reports an unknown instance as notFound with the DCS code', async () => {
    const e = await expectCloudError(dcsService.listTasks(fx.scope(), containerWithId('00000000-0000-4000-8000-000000000000')));
    assert.equal(e.kind, 'notFound');
    assert.equal(e.errorCode, 'DCS.3022');
  });

  it('does not count a gateway "no such API" 404 on delete as already deleted', async () => {
    const instance = instances[0]!;
    const task = (await dcsService.listTasks(fx.scope(), instance, undefined, 1)).items[0]!;
    fx.emulator.setFaults([{ service: 'dcs', method: 'DELETE', action: { kind: 'status', status: 404, errorCode: 'APIGW.0101' } }]);
    try {
      const verdict = await dcsService.deleteTask(fx.scope(), instance, task.id);
      assert.equal(verdict.outcome, 'failed');
      assert.ok(isCloudError(verdict.error, 'notFound'));
    } finally {
      fx.emulator.clearFaults();
    }
    assert.ok(fx.emulator.data.task(instance.id, task.id), 'the task is still there');
  });

  it('surfaces service, auth and shape errors as typed CloudErrors', async () => {
    fx.emulator.setFaults([{ service: 'dcs', action: { kind: 'status', status: 500 }, count: 1 }]);
    const server = await expectCloudError(dcsService.listContainers(fx.scope()));
    assert.equal(server.kind, 'server');
    assert.equal(server.errorCode, 'DCS.5000');

    fx.emulator.setFaults([{ service: 'dcs', action: { kind: 'wrongShape', body: { instances: 'nope' } }, count: 1 }]);
    const shape = await expectCloudError(dcsService.listContainers(fx.scope()));
    assert.equal(shape.kind, 'badResponse');
    assert.equal(shape.field, 'instances');
    fx.emulator.clearFaults();

    const auth = await expectCloudError(dcsService.listContainers({ client: fx.wrongKeyClient(), project: fx.home }));
    assert.equal(auth.kind, 'auth');
    assert.equal(auth.errorCode, 'APIGW.0301');
  });

  it('reads task progress with its steps', async () => {
    const instance = instances[0]!;
    const task = (await dcsService.listTasks(fx.scope(), instance, undefined, 1)).items[0]!;
    const progress = await dcsService.getProgress!(fx.scope(), instance, task.id);
    assert.ok(progress.percent !== undefined && progress.percent >= 0 && progress.percent <= 100);
    assert.equal(progress.steps.length, 3);
    assert.ok(progress.steps[0]!.start instanceof Date, 'yyyy-MM-dd HH:mm:ss step times are parsed');
    const missing = await expectCloudError(dcsService.getProgress!(fx.scope(), instance, 'ff80808172bd9eab0172c18ad7cf0064'));
    assert.equal(missing.kind, 'notFound');
  });
});
