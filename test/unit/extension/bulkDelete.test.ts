import * as assert from 'node:assert/strict';
import { runBulkDelete } from '../../../src/commands/delete/bulkDelete';
import { CloudError } from '../../../src/net/errors';
import type { DeleteResult } from '../../../src/services/types';

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

const ok = (requestId: string): DeleteResult => ({ alreadyGone: false, status: 204, requestId });
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

  it('continues past failures and tallies each outcome with its request id', async () => {
    const summary = await runBulkDelete(
      ['good', 'bad', 'gone', 'goneResult'],
      async (t) => {
        if (t === 'bad') throw new CloudError('server', 'boom', { status: 500, requestId: 'rid-bad' });
        if (t === 'gone') throw new CloudError('notFound', 'no such task', { status: 404, requestId: 'rid-gone' });
        if (t === 'goneResult') return { alreadyGone: true, status: 404, requestId: 'rid-gr' };
        return ok('rid-good');
      },
      { concurrency: 4 },
    );
    assert.deepEqual(
      { deleted: summary.deleted, alreadyGone: summary.alreadyGone, failed: summary.failed, skipped: summary.skipped },
      { deleted: 1, alreadyGone: 2, failed: 1, skipped: 0 },
    );
    const byTarget = new Map(summary.outcomes.map((o) => [o.target, o]));
    assert.equal(byTarget.get('bad')?.requestId, 'rid-bad');
    assert.equal(byTarget.get('gone')?.status, 'alreadyGone');
    assert.equal(byTarget.get('gone')?.requestId, 'rid-gone');
    assert.ok(byTarget.get('bad')?.error instanceof CloudError);
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
