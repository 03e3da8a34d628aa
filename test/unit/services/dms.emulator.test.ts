import * as assert from 'node:assert/strict';
import { createDmsService, type DmsEngine } from '../../../src/services/dms';
import { listAllTasks } from '../../../src/services/listAll';
import type { Container } from '../../../src/services/types';
import { containerWithId, expectCloudError, startServiceFixture, type ServiceFixture } from '../../helpers/servicesEmulator';

const UNKNOWN_TASK = 'ff80808172bd9eab0172c18ad7cf0064';

describe('DMS services against the emulator', () => {
  let fx: ServiceFixture;

  before(async () => {
    fx = await startServiceFixture({ instances: 3 });
  });
  after(() => fx.stop());
  beforeEach(() => fx.emulator.clearLog());

  for (const engine of ['kafka', 'rocketmq', 'rabbitmq'] as DmsEngine[]) {
    describe(engine, () => {
      const service = createDmsService(engine);
      let instances: Container[];

      before(async () => {
        instances = [...(await service.listContainers(fx.scope())).items];
      });

      it('lists exactly the instances of its engine, page by page', async () => {
        const expected = fx.emulator.data.dmsInstances(fx.home.id, engine).map((i) => i.id);
        fx.emulator.clearLog();
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await service.listContainers(fx.scope(), cursor, 2);
          seen.push(...page.items.map((c) => c.id));
          cursor = page.next;
        } while (cursor);
        assert.deepEqual(seen, expected);
        assert.deepEqual(instances.map((c) => c.id), expected);
        const queries = fx.requests('GET').map((e) => [e.query['engine']?.[0], e.query['offset']?.[0], e.query['limit']?.[0]]);
        assert.deepEqual(queries, [[engine, '0', '2'], [engine, '2', '2']]);
      });

      it('pages background tasks by 1-based start until task_count', async () => {
        const instance = instances[0]!;
        const pages: number[] = [];
        const all = await listAllTasks(service, fx.scope(), instance, { pageSize: 10, onPage: (t) => pages.push(t.length) });
        assert.deepEqual(pages, [10, 10, 5]);
        assert.deepEqual(all.map((t) => t.id), fx.emulator.data.tasks(instance.id).map((t) => t.id));
        assert.deepEqual(fx.requests('GET').map((e) => e.query['start']), [['1'], ['11'], ['21']]);
        assert.equal(fx.requests('GET')[0]!.query['offset'], undefined, 'start, not offset');
      });

      it('filters by creation time with begin_time and end_time', async () => {
        const instance = instances[0]!;
        const times = fx.emulator.data.tasks(instance.id).map((t) => t.createdMs).sort((a, b) => a - b);
        const from = new Date(Math.ceil(times[5]! / 1000) * 1000);
        const to = new Date(Math.floor(times[20]! / 1000) * 1000);
        const expected = times.filter((t) => t >= from.getTime() && t <= to.getTime()).length;
        const page = await service.listTasks(fx.scope(), instance, undefined, undefined, { from, to });
        assert.equal(page.items.length, expected);
        assert.equal(page.total, expected);
        assert.ok(page.items.every((t) => t.createdAt! >= from && t.createdAt! <= to));
        const query = fx.requests('GET').at(-1)!.query;
        assert.deepEqual([query['begin_time']?.[0]?.length, query['end_time']?.[0]?.length], [14, 14]);
      });

      it('deletes a task with 204 at exactly its path; a second delete finds it already gone', async () => {
        const instance = instances[1]!;
        const task = (await service.listTasks(fx.scope(), instance, undefined, 1)).items[0]!;
        fx.emulator.clearLog();
        const result = await service.deleteTask(fx.scope(), instance, task.id);
        assert.equal(result.status, 204);
        assert.equal(result.outcome, 'deleted');
        assert.deepEqual(fx.requests('DELETE').map((e) => e.path), [
          `/dms/cn-north-4/v2/${fx.home.id}/instances/${instance.id}/tasks/${task.id}`,
        ]);
        assert.equal(fx.emulator.data.task(instance.id, task.id), undefined);
        assert.equal((await service.deleteTask(fx.scope(), instance, task.id)).outcome, 'alreadyGone');
      });

      it('reads one task from the list wrapper, and undefined for an unknown one', async () => {
        const instance = instances[0]!;
        const task = (await service.listTasks(fx.scope(), instance, undefined, 3)).items[2]!;
        const got = await service.getTask!(fx.scope(), instance, task.id);
        assert.deepEqual(got, task);
        assert.equal(await service.getTask!(fx.scope(), instance, UNKNOWN_TASK), undefined);
      });

      it('reports an unknown instance as notFound with the DMS code', async () => {
        const e = await expectCloudError(service.listTasks(fx.scope(), containerWithId('00000000-0000-4000-8000-000000000000')));
        assert.equal(e.kind, 'notFound');
        assert.equal(e.errorCode, 'DMS.00404022');
      });
    });
  }

  it('accepts RocketMQ instances that report the old engine name', async () => {
    const records = fx.emulator.data.dmsInstances(fx.home.id, 'rocketmq');
    assert.ok(records.some((r) => r.reportedEngine === 'reliability'), 'the sample data has one');
    const listed = await createDmsService('rocketmq').listContainers(fx.scope());
    assert.equal(listed.items.length, records.length);
  });

  it('reads progress for Kafka and RocketMQ, and has no progress call for RabbitMQ', async () => {
    for (const engine of ['kafka', 'rocketmq'] as const) {
      const service = createDmsService(engine);
      const instance = (await service.listContainers(fx.scope())).items[0]!;
      const task = (await service.listTasks(fx.scope(), instance, undefined, 1)).items[0]!;
      const progress = await service.getProgress!(fx.scope(), instance, task.id);
      assert.ok(progress.percent !== undefined);
      assert.equal(progress.steps.length, 3);
      assert.ok(progress.steps.every((s) => s.status !== '' && s.start instanceof Date), 'statue and epoch-ms times read');
    }
    assert.equal(createDmsService('rabbitmq').getProgress, undefined);
  });

  it('treats DMS flow control as throttling', async () => {
    fx.emulator.setFaults([{ service: 'dms', action: { kind: 'flowControl' }, count: 1 }]);
    try {
      const e = await expectCloudError(createDmsService('kafka').listContainers(fx.scope()));
      assert.equal(e.kind, 'throttled');
    } finally {
      fx.emulator.clearFaults();
    }
  });
});
