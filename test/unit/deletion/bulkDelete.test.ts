import * as assert from 'node:assert/strict';
import { runBulkDelete } from '../../../src/deletion/bulkDelete';
import { CloudError } from '../../../src/net/errors';
import type { DeleteVerdict } from '../../../src/services/deletion';

/** A deletion that stays in flight until the test releases it, so concurrency is observable without timers. */
class Gate {
  private releases: Array<() => void> = [];
  inFlight = 0;
  maxInFlight = 0;

  async enter(): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise<void>((resolve) => this.releases.push(resolve));
    this.inFlight--;
  }

  get waiting(): number {
    return this.releases.length;
  }

  releaseAll(): void {
    const r = this.releases;
    this.releases = [];
    r.forEach((f) => f());
  }
}

const ok = (requestId: string): DeleteVerdict => ({ outcome: 'deleted', status: 204, requestId });
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('bulk delete engine', () => {
  it('never has more deletions in flight than the cap, and reaches it', async () => {
    const gate = new Gate();
    const targets = Array.from({ length: 10 }, (_, i) => `t${i}`);
    let done = false;
    const run = runBulkDelete(targets, async (t) => (await gate.enter(), ok(t)), { concurrency: 3 }).finally(() => (done = true));
    while (!done) {
      await settle();
      assert.ok(gate.inFlight <= 3, `in flight ${gate.inFlight}`);
      gate.releaseAll();
    }
    const summary = await run;
    assert.equal(gate.maxInFlight, 3);
    assert.equal(summary.deleted, 10);
  });

  it('deletes each confirmed target exactly once and nothing else', async () => {
    const calls: string[] = [];
    const targets = ['a', 'b', 'c'];
    await runBulkDelete(targets, async (t) => (calls.push(t), ok(t)), { concurrency: 2 });
    assert.deepEqual([...calls].sort(), targets);
  });

  it('continues past failures and tallies each verdict as given, with its request id', async () => {
    const summary = await runBulkDelete(
      ['good', 'bad', 'gone', 'page'],
      async (t): Promise<DeleteVerdict> => {
        if (t === 'bad') return { outcome: 'failed', status: 500, requestId: 'rid-bad', error: new CloudError('server', 'boom', { status: 500 }) };
        if (t === 'gone') return { outcome: 'alreadyGone', status: 404, requestId: 'rid-gone' };
        if (t === 'page') return { outcome: 'unconfirmed', status: 200, requestId: 'rid-page' };
        return ok('rid-good');
      },
      { concurrency: 4 },
    );
    assert.deepEqual(
      { deleted: summary.deleted, alreadyGone: summary.alreadyGone, unconfirmed: summary.unconfirmed, failed: summary.failed, skipped: summary.skipped },
      { deleted: 1, alreadyGone: 1, unconfirmed: 1, failed: 1, skipped: 0 },
    );
    const byTarget = new Map(summary.outcomes.map((o) => [o.target, o]));
    assert.equal(byTarget.get('bad')?.requestId, 'rid-bad');
    assert.equal(byTarget.get('gone')?.requestId, 'rid-gone');
    assert.ok(byTarget.get('bad')?.error instanceof CloudError);
  });

  it('never turns a thrown 404 into "already gone": only the verdict of services/deletion.ts decides', async () => {
    const summary = await runBulkDelete(
      ['gateway'],
      async () => {
        throw new CloudError('notFound', 'The API does not exist', { status: 404, errorCode: 'APIGW.0101', requestId: 'rid-gw' });
      },
      { concurrency: 1 },
    );
    assert.deepEqual([summary.alreadyGone, summary.failed], [0, 1]);
    assert.equal(summary.outcomes[0]?.status, 'failed');
  });

  it('on cancel starts nothing new but lets the deletions in flight finish', async () => {
    const gate = new Gate();
    const abort = new AbortController();
    const started: string[] = [];
    const run = runBulkDelete(
      ['a', 'b', 'c', 'd', 'e'],
      async (t) => {
        started.push(t);
        await gate.enter();
        return ok(t);
      },
      { concurrency: 2, signal: abort.signal },
    );
    await settle();
    assert.equal(gate.waiting, 2);
    abort.abort();
    gate.releaseAll();
    const summary = await run;
    assert.deepEqual(started, ['a', 'b']);
    assert.equal(summary.deleted, 2);
    assert.equal(summary.skipped, 3);
  });

  it('reports each settled target with a running count', async () => {
    const seen: Array<[string, number, number]> = [];
    await runBulkDelete(['x', 'y'], async (t) => ok(t), { concurrency: 1, onSettled: (o, n, total) => seen.push([o.target, n, total]) });
    assert.deepEqual(seen, [
      ['x', 1, 2],
      ['y', 2, 2],
    ]);
  });
});
