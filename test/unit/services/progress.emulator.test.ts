/**
 * Which tasks have a progress to read: DCS says so per task (`enable_show`), and a server that holds to it
 * (the `sdk` and `docs` variants) refuses the others. The service layer must say which is which, so the
 * tree asks only where an answer can come.
 */
import * as assert from 'node:assert/strict';
import { dcsService } from '../../../src/services/dcs';
import { kafkaService, rabbitmqService, rocketmqService } from '../../../src/services/dms';
import { listAllTasks } from '../../../src/services/listAll';
import { progressAvailable } from '../../../src/services/progressAvailable';
import type { Task } from '../../../src/services/types';
import { startServiceFixture, type ServiceFixture } from '../../helpers/servicesEmulator';

describe('progress: which tasks the services say have one', () => {
  let fx: ServiceFixture;

  before(async () => {
    fx = await startServiceFixture({ instances: 3, tasks: 25, variant: 'sdk' });
  });
  after(() => fx.stop());

  it('DCS: a task has progress exactly when the server answers for it (enable_show)', async () => {
    const tasks: Task[] = [];
    const instances = (await dcsService.listContainers(fx.scope())).items;
    for (const instance of instances) tasks.push(...(await listAllTasks(dcsService, fx.scope(), instance)));
    const running = tasks.filter((t) => t.state === 'running');
    assert.ok(running.some((t) => progressAvailable(dcsService, t)) && running.some((t) => !progressAvailable(dcsService, t)), 'the sample data has both kinds');
    for (const task of tasks) {
      const instance = instances.find((i) => fx.emulator.data.task(i.id, task.id))!;
      const answered = await dcsService.getProgress!(fx.scope(), instance, task.id).then(
        () => true,
        () => false,
      );
      assert.equal(dcsService.hasProgress!(task), answered, `${task.name} ${task.id}`);
      assert.equal(dcsService.hasProgress!(task), task.raw['enable_show'] === true);
    }
  });

  it('DMS: Kafka and RocketMQ have a progress call for every task, RabbitMQ none', () => {
    const task: Task = { id: 'x', name: 'x', status: 'EXECUTING', state: 'running', raw: {} };
    assert.deepEqual([kafkaService, rocketmqService, rabbitmqService].map((s) => progressAvailable(s, task)), [true, true, false]);
  });
});
