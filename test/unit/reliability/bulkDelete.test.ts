import * as assert from 'node:assert/strict';
import type { FaultRule } from '../../../emulator/index';
import { runBulkDelete } from '../../../src/deletion/bulkDelete';
import { isCloudError } from '../../../src/net/errors';
import { deleterFor, deletesByTask, isLive, listTargets, type BulkTarget } from '../../helpers/reliabilityBulk';
import { MAX_ATTEMPTS, startReliabilityFixture, type ReliabilityFixture } from '../../helpers/reliabilityFixture';
import { tallied } from '../../helpers/reliabilityTally';

/**
 * Five DELETE faults at 7 % each: about 30 % of deletes meet at least one. Only the truncated answer
 * comes after the emulator acted, and its 2xx status line makes it a success; the rest leave the task
 * in place.
 */
const FAULTS: readonly FaultRule[] = [
  { method: 'DELETE', probability: 0.07, action: { kind: 'status', status: 500 } },
  { method: 'DELETE', probability: 0.07, action: { kind: 'status', status: 503 } },
  { method: 'DELETE', probability: 0.07, action: { kind: 'status', status: 429, retryAfter: null } },
  { method: 'DELETE', probability: 0.07, action: { kind: 'reset', at: 'beforeResponse' } },
  { method: 'DELETE', probability: 0.07, action: { kind: 'truncatedJson' } },
];
const APPLIED_FIRST = new Set(['truncatedJson']);
/** Entries whose answer was a 2xx status line: a clean answer, or a fault that only spoiled the body. */
const answered = (e: { readonly fault: string | null }): boolean => e.fault === null || APPLIED_FIRST.has(e.fault);

describe('reliability: bulk delete under 30 % injected failures', () => {
  let fx: ReliabilityFixture;
  let all: BulkTarget[];
  beforeEach(async () => {
    fx = await startReliabilityFixture({ instances: 2, tasks: 40, seed: 23 });
    const { client } = fx.client();
    all = await listTargets(fx.emulator, client, fx.targets.home);
    await client.close();
    fx.emulator.clearLog();
  });
  afterEach(() => fx.stop());

  it('ends every confirmed task deleted or failed, with counts that match the emulator', () =>
    tallied('bulk delete', 'faults 30 %', async () => {
      // Every other task is confirmed: its neighbours in the same containers must survive.
      const confirmed = all.filter((_t, i) => i % 2 === 0);
      const spared = all.filter((_t, i) => i % 2 === 1);
      fx.emulator.setFaults(FAULTS);
      const { client } = fx.client();
      const summary = await runBulkDelete(confirmed, deleterFor(client, fx.targets.home), { concurrency: 8 });
      await client.close();

      assert.equal(summary.outcomes.length, confirmed.length);
      assert.deepEqual(new Set(summary.outcomes.map((o) => o.target)), new Set(confirmed), 'each confirmed task has one outcome');
      assert.equal(summary.skipped, 0);
      assert.equal(summary.unconfirmed, 0, 'no fault here answers with a page that is not the service');
      assert.equal(summary.deleted + summary.alreadyGone + summary.failed, confirmed.length);

      const log = deletesByTask(fx.emulator);
      const confirmedIds = new Set(confirmed.map((t) => t.taskId));
      assert.deepEqual([...log.keys()].filter((id) => !confirmedIds.has(id)), [], 'no DELETE for a task that was not confirmed');
      assert.ok(spared.every((t) => isLive(fx.emulator, t)), 'unconfirmed tasks are untouched');

      let faulted = 0;
      for (const o of summary.outcomes) {
        const entries = log.get(o.target.taskId) ?? [];
        assert.ok(entries.length >= 1 && entries.length <= MAX_ATTEMPTS, `${o.target.taskId}: ${entries.length} DELETEs`);
        const last = entries[entries.length - 1]!;
        const acted = entries.some(answered);
        assert.equal(isLive(fx.emulator, o.target), !acted, `${o.target.taskId}: state agrees with the log`);
        if (o.status === 'failed') {
          faulted++;
          assert.ok(isCloudError(o.error), 'a failure carries a CloudError');
          assert.equal(answered(last), false, 'a failed delete ended on a fault that refused it or lost its status');
        } else {
          assert.equal(o.status, 'deleted');
          assert.equal(answered(last), true, 'a deleted task got a 2xx status line');
        }
      }
      // Exact tallies, read from the emulator's side.
      const answeredEnd = confirmed.filter((t) => answered(log.get(t.taskId)!.at(-1)!)).length;
      assert.equal(summary.deleted, answeredEnd);
      assert.equal(summary.failed, confirmed.length - answeredEnd);
      assert.equal(faulted, summary.failed);
      // The seeded faults must really have struck, or this test proves nothing.
      assert.ok(summary.failed > 0 && summary.deleted > 0, `deleted ${summary.deleted}, failed ${summary.failed}`);
      const hit = [...log.values()].filter((es) => es.some((e) => e.fault !== null)).length;
      console.log(`      bulk delete: ${confirmed.length} confirmed, ${hit} met a fault, ${summary.deleted} deleted, ${summary.failed} failed, ${spared.length} spared`);
    }));

  it('a cancel in the middle leaves the tasks not yet started untouched', () =>
    tallied('bulk delete', 'cancel', async () => {
      const confirmed = all;
      const controller = new AbortController();
      const { client } = fx.client();
      const summary = await runBulkDelete(confirmed, deleterFor(client, fx.targets.home), {
        concurrency: 3,
        signal: controller.signal,
        onSettled: (_o, settled) => {
          if (settled === 20) controller.abort();
        },
      });
      await client.close();

      const log = deletesByTask(fx.emulator);
      const skipped = summary.outcomes.filter((o) => o.status === 'skipped');
      assert.ok(skipped.length > 0 && summary.deleted >= 20, `deleted ${summary.deleted}, skipped ${skipped.length}`);
      assert.equal(summary.deleted + summary.alreadyGone + summary.failed + summary.skipped, confirmed.length);
      for (const o of skipped) {
        assert.ok(isLive(fx.emulator, o.target), `skipped ${o.target.taskId} still exists`);
        assert.equal(log.has(o.target.taskId), false, `no DELETE for skipped ${o.target.taskId}`);
      }
      assert.equal(log.size, confirmed.length - skipped.length, 'a DELETE for every task not skipped, and only those');
    }));
});
