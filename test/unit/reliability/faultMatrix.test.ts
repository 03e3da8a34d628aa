import * as assert from 'node:assert/strict';
import { isCloudError } from '../../../src/net/errors';
import { refusedPort } from '../../helpers/httpServer';
import { matrixCases, type MatrixCase } from '../../helpers/reliabilityFaults';
import { attemptsLogged, logSettled, startReliabilityFixture, type ReliabilityFixture } from '../../helpers/reliabilityFixture';
import { OPERATIONS } from '../../helpers/reliabilityOperations';
import { formatTally, tallied, tallyRows } from '../../helpers/reliabilityTally';

const CASES = matrixCases(OPERATIONS);
/** Cases run side by side, each worker on its own emulator, so timeout faults overlap instead of adding up. */
const WORKERS = 8;

interface Observation {
  readonly error: unknown;
  readonly attempts: number;
  readonly delays: readonly number[];
  /** Requests of the operation's method the emulator received; undefined when it was not involved. */
  readonly received?: number;
  readonly taskGone?: boolean;
}

async function observe(fx: ReliabilityFixture, refused: number, { op, fault, variant }: MatrixCase): Promise<Observation> {
  fx.emulator.reset();
  const taskId = op.container ? fx.firstTask(op.container(fx)) : '';
  const { client, delays, lines } = fault.action
    ? fx.client()
    : fx.client({ endpoints: { cloud: 'custom', template: `http://127.0.0.1:${refused}/{service}/{region}` } });
  if (fault.action) {
    fx.emulator.setFaults([
      { service: op.service, method: op.method, ...(op.request ? { path: op.request.source } : {}), action: fault.action, ...(variant === 'first attempt only' ? { count: 1 } : {}) },
    ]);
  }
  let error: unknown;
  try {
    await op.run(fx, client, taskId);
  } catch (e) {
    error = e;
  } finally {
    await client.close();
  }
  const attempts = attemptsLogged(lines, op.request);
  const ownRequest = (path: string): boolean => !op.request || op.request.test(path);
  const received = fault.action ? (await logSettled(fx.emulator, (e) => e.method === op.method && ownRequest(e.path), attempts)).length : undefined;
  const taskGone = op.container ? fx.emulator.data.task(op.container(fx).id, taskId) === undefined : undefined;
  return { error, attempts, delays, received, taskGone };
}

describe(`reliability: fault matrix (${OPERATIONS.length} operations × faults = ${CASES.length} cases)`, () => {
  const observed = new Map<MatrixCase, Observation>();

  before(async function () {
    this.timeout(60_000);
    const refused = await refusedPort();
    const queue = [...CASES];
    const worker = async (): Promise<void> => {
      const fx = await startReliabilityFixture();
      try {
        for (let c = queue.shift(); c; c = queue.shift()) observed.set(c, await observe(fx, refused, c));
      } finally {
        await fx.stop();
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
  });

  after(() => console.log(formatTally(tallyRows().filter((r) => r.group === 'fault matrix'))));

  for (const c of CASES) {
    const { op, expect } = c;
    const kind = expect.outcome === 'ok' ? 'recovers' : expect.outcome;
    it(`${op.name} × ${c.fault.name} (${c.variant}) → ${kind}, ${expect.attempts} attempt(s)`, () =>
      tallied('fault matrix', kind, () => {
        const seen = observed.get(c);
        assert.ok(seen, 'the case ran');
        if (expect.outcome === 'ok') assert.equal(seen.error, undefined, `expected success, got ${String(seen.error)}`);
        else assert.ok(isCloudError(seen.error, expect.outcome), `expected CloudError ${expect.outcome}, got ${String(seen.error)}`);
        assert.equal(seen.attempts, expect.attempts, 'attempts made by the client');
        assert.equal(seen.delays.length, expect.attempts - 1, 'one wait before each retry');
        if (expect.minDelayMs !== undefined) assert.ok(seen.delays.every((d) => d >= expect.minDelayMs!), `waits ${seen.delays.join(', ')} honour Retry-After`);
        // The emulator's own log: a DELETE reached it exactly as often as the rules allow, never more.
        if (seen.received !== undefined) assert.equal(seen.received, expect.attempts, `${op.method} requests the emulator received`);
        if (seen.taskGone !== undefined) assert.equal(seen.taskGone, expect.taskGone, expect.taskGone ? 'the task is deleted' : 'the task is untouched');
      }));
  }
});
