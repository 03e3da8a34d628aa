import { deleteOrThrow } from '../../helpers/servicesStub';
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { ApiClient } from '../../../src/net/api';
import { percentDecode } from '../../../src/net/encoding';
import { isCloudError } from '../../../src/net/errors';
import { listProjects } from '../../../src/services/iam';
import { codeartsCheckService } from '../../../src/services/codeartsCheck';
import { dcsService } from '../../../src/services/dcs';
import { kafkaService } from '../../../src/services/dms';
import type { Project } from '../../../src/services/types';
import { logSettled, startReliabilityFixture, type ReliabilityFixture } from '../../helpers/reliabilityFixture';
import { hostileString, nearMiss, params } from '../../helpers/reliabilityInput';
import { tallyCase } from '../../helpers/reliabilityTally';
import { containerWithId } from '../../helpers/servicesEmulator';

const RUNS = 300;

describe('reliability: hostile ids and regions reach exactly the intended resource or nowhere', () => {
  let fx: ReliabilityFixture;
  let client: ApiClient;
  let closeClient: () => Promise<void>;
  before(async () => {
    fx = await startReliabilityFixture();
    const made = fx.client({ retry: { maxRetries: 0 } });
    client = made.client;
    closeClient = () => made.client.close();
  });
  after(async () => {
    await closeClient();
    await fx.stop();
  });

  /**
   * Runs one call with a hostile value. Either the client refused it before sending (badInput with no
   * status, and the emulator saw nothing), or the emulator received one request whose decoded path
   * segments are exactly the intended ones: nothing split, merged, dropped or normalised away.
   */
  async function reachesOnlyIntended(call: () => Promise<unknown>, intended: readonly string[]): Promise<boolean> {
    fx.emulator.clearLog();
    let error: unknown;
    await call().catch((e: unknown) => (error = e));
    if (error !== undefined && !isCloudError(error)) throw error;
    const tally = tallyCase('bad input', 'ids & regions');
    if (isCloudError(error, 'badInput') && error.status === undefined) {
      assert.deepEqual(fx.emulator.log(), [], 'a refused value sends nothing');
      tally.pass();
      return true;
    }
    const [entry, ...more] = await logSettled(fx.emulator, () => true, 1);
    assert.ok(entry, 'an accepted value was sent');
    assert.equal(more.length, 0, 'exactly one request');
    const raw = entry.path.split('/').slice(1);
    assert.ok(!raw.some((s) => s === '.' || s === '..'), `no dot segment in ${entry.path}`);
    assert.deepEqual(raw.map(percentDecode), intended, 'the request names exactly the intended resource');
    tally.pass();
    return true;
  }

  const prefix = (service: string, project: Project) => [service, project.region, 'v2', project.id];
  const dcsTask = (): string => fx.firstTask(fx.targets.dcs);

  it('task ids on a DCS delete', async () => {
    const { home, dcs } = fx.targets;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, nearMiss(dcsTask())), (id) =>
        reachesOnlyIntended(() => deleteOrThrow(dcsService.deleteTask({ client, project: home }, dcs, id)), [...prefix('dcs', home), 'instances', dcs.id, 'tasks', id]),
      ),
      params(RUNS),
    );
  });

  it('task ids on a CodeArts Check delete (no project id in the path)', async () => {
    const { home, codearts } = fx.targets;
    await fc.assert(
      fc.asyncProperty(hostileString, (id) =>
        reachesOnlyIntended(() => deleteOrThrow(codeartsCheckService.deleteTask({ client, project: home }, codearts, id)), ['codearts-check', home.region, 'v2', 'tasks', id]),
      ),
      params(RUNS),
    );
  });

  it('instance ids on a Kafka task list', async () => {
    const { home, kafka } = fx.targets;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, nearMiss(kafka.id)), (id) =>
        reachesOnlyIntended(() => kafkaService.listTasks({ client, project: home }, containerWithId(id)), [...prefix('dms', home), 'instances', id, 'tasks']),
      ),
      params(RUNS),
    );
  });

  it('project ids on a DCS instance list', async () => {
    const { home } = fx.targets;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, nearMiss(home.id)), (id) => {
        const project = { ...home, id };
        return reachesOnlyIntended(() => dcsService.listContainers({ client, project }), [...prefix('dcs', project), 'instances']);
      }),
      params(RUNS),
    );
  });

  it('region strings (from project names) on IAM and DCS calls', async () => {
    const { home } = fx.targets;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, nearMiss(home.region)), async (region) => {
        await reachesOnlyIntended(() => listProjects(client, region), ['iam', region, 'v3', 'auth', 'projects']);
        const project = { ...home, region };
        return reachesOnlyIntended(() => dcsService.listContainers({ client, project }), [...prefix('dcs', project), 'instances']);
      }),
      params(RUNS),
    );
  });
});
