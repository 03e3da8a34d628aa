import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { runBulkDelete } from '../../../src/deletion/bulkDelete';
import { listAllTasks } from '../../../src/services/listAll';
import { codeartsCheckService } from '../../../src/services/codeartsCheck';
import { dcsService } from '../../../src/services/dcs';
import { kafkaService, rabbitmqService, rocketmqService } from '../../../src/services/dms';
import type { Container, TaskService } from '../../../src/services/types';
import { Limiter } from '../../../src/util/limiter';
import { deleterFor, isLive, type BulkTarget } from '../../helpers/reliabilityBulk';
import { startReliabilityFixture, type ReliabilityFixture } from '../../helpers/reliabilityFixture';
import { tallied } from '../../helpers/reliabilityTally';
import { containerWithId, HOME_REGION } from '../../helpers/servicesEmulator';

const TASKS_PER_CONTAINER = 500;
const LIST_CAP = 4;
const DELETE_CAP = 8;
const DELETES = 1_000;
const MB = 1024 * 1024;

describe('reliability: load (10,000 tasks listed while 1,000 are deleted)', () => {
  let fx: ReliabilityFixture;
  before(async () => {
    // 5 instances per service: 20 DCS/DMS instances × 500 = 10,000 listed; CodeArts projects hold the deletes.
    // A little latency per answer, so requests overlap at the emulator as they would at a real gateway.
    fx = await startReliabilityFixture({ instances: 5, tasks: TASKS_PER_CONTAINER, seed: 31, latencyMs: 3 });
  });
  after(() => fx.stop());

  it('keeps the concurrency cap, accounts for every task, and stays within memory', () =>
    tallied('load', 'list 10k + delete 1k', async function () {
      const { home } = fx.targets;
      const data = fx.emulator.data;
      const listed: Array<[TaskService, Container]> = [
        ...data.dcsInstances(home.id).map((i): [TaskService, Container] => [dcsService, containerWithId(i.id)]),
        ...(['kafka', 'rocketmq', 'rabbitmq'] as const).flatMap((engine) => {
          const service = { kafka: kafkaService, rocketmq: rocketmqService, rabbitmq: rabbitmqService }[engine];
          return data.dmsInstances(home.id, engine).map((i): [TaskService, Container] => [service, containerWithId(i.id)]);
        }),
      ];
      const { client } = fx.client({ retry: { maxRetries: 0 }, timeouts: { headersMs: 30_000, bodyMs: 30_000 } });
      const scope = { client, project: home };
      const codearts = data.codeArtsProjects(HOME_REGION).map((p) => containerWithId(p.id, 'codeartsProject'));
      const deletable: BulkTarget[] = [];
      for (const c of codearts) {
        for (const t of await listAllTasks(codeartsCheckService, scope, c)) deletable.push({ service: codeartsCheckService, container: c, taskId: t.id });
      }
      const targets = deletable.filter((_t, i) => i % 2 === 0).slice(0, DELETES);
      assert.equal(targets.length, DELETES);
      fx.emulator.clearLog();

      const lag = monitorEventLoopDelay({ resolution: 10 });
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      const sample = (): void => void (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
      lag.enable();
      const limiter = new Limiter(LIST_CAP);
      const [lists, summary] = await Promise.all([
        Promise.all(listed.map(([service, c]) => limiter.run(() => listAllTasks(service, scope, c, { onPage: sample })))),
        runBulkDelete(targets, deleterFor(client, home), { concurrency: DELETE_CAP, onSettled: (_o, n) => n % 50 === 0 && sample() }),
      ]);
      lag.disable();
      sample();
      await client.close();

      const peak = fx.emulator.peakConcurrency();
      const growth = (heapPeak - heapBefore) / MB;
      const ms = (ns: number): string => (ns / 1e6).toFixed(1);
      console.log(
        `      load: ${lists.flat().length} tasks listed, ${summary.deleted} deleted, peak concurrency ${peak} (cap ${LIST_CAP} + ${DELETE_CAP}), ` +
          `heap growth ${growth.toFixed(1)} MB, event-loop lag p50 ${ms(lag.percentile(50))} ms p99 ${ms(lag.percentile(99))} ms max ${ms(lag.max)} ms`,
      );

      assert.ok(peak <= LIST_CAP + DELETE_CAP, `peak ${peak}`);
      assert.ok(peak > LIST_CAP, `listing and deleting overlapped (peak ${peak})`);
      // Every listed task is the emulator's, exactly once.
      lists.forEach((tasks, i) => {
        const [, c] = listed[i]!;
        assert.deepEqual(new Set(tasks.map((t) => t.id)), new Set(data.tasks(c.id).map((t) => t.id)), c.id);
        assert.equal(tasks.length, TASKS_PER_CONTAINER);
      });
      assert.equal(lists.flat().length, listed.length * TASKS_PER_CONTAINER);
      assert.equal(summary.deleted, DELETES);
      const chosen = new Set(targets);
      assert.ok(deletable.every((t) => isLive(fx.emulator, t) === !chosen.has(t)), 'exactly the chosen tasks are gone');
      assert.ok(growth < 200, `heap grew ${growth.toFixed(1)} MB`);
    }));
});
