/**
 * The verdict on a DELETE, decided in one place (`services/deletion.ts`), for every answer the cloud or
 * something between can give, over HTTP against the emulator with the real client, for every service.
 */
import * as assert from 'node:assert/strict';
import type { FaultAction } from '../../../emulator/index';
import { isCloudError } from '../../../src/net/errors';
import type { DeleteOutcomeKind } from '../../../src/services/deletion';
import { codeartsCheckService } from '../../../src/services/codeartsCheck';
import { dcsService } from '../../../src/services/dcs';
import { kafkaService, rabbitmqService, rocketmqService } from '../../../src/services/dms';
import type { Container, TaskService } from '../../../src/services/types';
import { startServiceFixture, type ServiceFixture } from '../../helpers/servicesEmulator';

const PORTAL = '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Accept the terms to continue</body></html>';

/** The service's own "not found" code for a 404 that must still fail: "URL does not exist". */
const URL_NOT_FOUND: Readonly<Record<string, string | undefined>> = { dcs: 'DCS.4001', kafka: 'DMS.00404001', rocketmq: 'DMS.00404001', rabbitmq: 'DMS.00404001' };

interface Case {
  readonly name: string;
  readonly fault?: (service: TaskService) => FaultAction | undefined;
  readonly deletedBefore?: boolean;
  readonly outcome: DeleteOutcomeKind;
}

const services: readonly TaskService[] = [dcsService, kafkaService, rocketmqService, rabbitmqService, codeartsCheckService];

const CASES: readonly Case[] = [
  { name: "the service's own success answer", outcome: 'deleted' },
  { name: "a 404 with the service's not-found code (deleted before)", deletedBefore: true, outcome: 'alreadyGone' },
  { name: '404 APIGW.0101', fault: () => ({ kind: 'status', status: 404, errorCode: 'APIGW.0101', errorMsg: 'API not found' }), outcome: 'failed' },
  { name: '404 APIG.0101', fault: () => ({ kind: 'status', status: 404, errorCode: 'APIG.0101', errorMsg: 'API not found' }), outcome: 'failed' },
  { name: '404 without a code', fault: () => ({ kind: 'raw', status: 404, contentType: 'application/json', text: '{"message":"not found"}' }), outcome: 'failed' },
  { name: '404 empty body', fault: () => ({ kind: 'raw', status: 404, text: '' }), outcome: 'failed' },
  { name: '404 HTML page', fault: () => ({ kind: 'html', status: 404 }), outcome: 'failed' },
  {
    name: "404 with the service's URL-does-not-exist code",
    fault: (s) => (URL_NOT_FOUND[s.id] ? { kind: 'status', status: 404, errorCode: URL_NOT_FOUND[s.id], errorMsg: 'URL does not exist' } : undefined),
    outcome: 'failed',
  },
  { name: "404 with another service's code", fault: (s) => ({ kind: 'status', status: 404, errorCode: s.id === 'dcs' ? 'DMS.00404022' : 'DCS.3022' }), outcome: 'failed' },
  { name: '200 HTML page, declared', fault: () => ({ kind: 'raw', status: 200, contentType: 'text/html; charset=utf-8', text: PORTAL }), outcome: 'unconfirmed' },
  { name: '200 HTML page, undeclared', fault: () => ({ kind: 'raw', status: 200, text: PORTAL }), outcome: 'unconfirmed' },
  { name: '200 JSON cut short', fault: () => ({ kind: 'truncatedJson' }), outcome: 'deleted' },
  { name: '500', fault: () => ({ kind: 'status', status: 500 }), outcome: 'failed' },
];

describe('the verdict on a delete, over HTTP, for every service', () => {
  let fx: ServiceFixture;
  const containers = new Map<TaskService, Container[]>();

  before(async () => {
    fx = await startServiceFixture({ instances: 1, tasks: 20 });
    for (const s of services) containers.set(s, [...(await s.listContainers(fx.scope())).items]);
  });
  after(() => fx.stop());

  for (const service of services) {
    describe(service.label, () => {
      let next = 0;
      // CodeArts Check documents no "URL does not exist" code, so that case has nothing to send there.
      for (const c of CASES.filter((k) => !k.fault || k.fault(service))) {
        it(`${c.name} → ${c.outcome}`, async () => {
          const fault = c.fault?.(service);
          const container = containers.get(service)![0]!;
          const task = (await service.listTasks(fx.scope(), container, undefined, 20)).items[next++];
          assert.ok(task, 'a task is left to delete');
          if (c.deletedBefore) assert.equal((await service.deleteTask(fx.scope(), container, task.id)).outcome, 'deleted');
          fx.emulator.clearLog();
          fx.emulator.setFaults(fault ? [{ method: 'DELETE', taskId: task.id, action: fault }] : []);
          const verdict = await service.deleteTask(fx.scope(), container, task.id);
          fx.emulator.clearFaults();
          assert.equal(fx.requests('DELETE').length, 1, 'one DELETE, no retry of an answered one');
          assert.equal(verdict.outcome, c.outcome, String(verdict.error));
          assert.ok(verdict.requestId, 'the request id is kept');
          if (c.outcome === 'failed') assert.ok(isCloudError(verdict.error), 'a failure carries its CloudError');
          if (c.outcome === 'unconfirmed') assert.match(String((verdict.error as Error).message), /proxy|portal/i);
        });
      }
    });
  }
});
