import * as assert from 'node:assert/strict';
import { collectCandidates, CollectCancelledError } from '../../../src/cleanup/collect';
import { olderThanRule } from '../../../src/cleanup/rule';
import { CloudError } from '../../../src/net/errors';
import type { ListAllOptions } from '../../../src/services/listAll';
import type { Task, TaskState } from '../../../src/services/types';
import { Limiter } from '../../../src/util/limiter';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const t = (id: string, state: TaskState, age: number): Task => ({ id, name: `n-${id}`, status: state.toUpperCase(), state, createdAt: daysAgo(age), raw: { big: 'x'.repeat(100) } });

/**
 * Lists a container's tasks in pages of two through onPage, as listAllTasks does; a container missing
 * from `data` fails on its first page, one named in `failAt` on that page (1-based).
 */
function lister(data: Record<string, Task[]>, seen: string[] = [], failAt: Record<string, number> = {}) {
  return async (container: string, options: ListAllOptions): Promise<void> => {
    seen.push(container);
    const tasks = data[container];
    if (!tasks) throw new CloudError('server', `cannot list ${container}`);
    for (let i = 0; i < tasks.length; i += 2) {
      if (options.signal?.aborted) throw new CloudError('cancelled', 'cancelled');
      await Promise.resolve();
      if (failAt[container] === i / 2 + 1) throw new CloudError('auth', `page ${i / 2 + 1} of ${container} refused`);
      options.onPage?.(tasks.slice(i, i + 2), i + 2, tasks.length);
    }
  };
}

describe('clean-up walk', () => {
  const data = {
    a: [t('a1', 'succeeded', 40), t('a2', 'running', 40), t('a3', 'failed', 5), t('a4', 'failed', 50)],
    b: [t('b1', 'cancelled', 90)],
    c: [t('c1', 'succeeded', 1)],
  };

  it('keeps the matching tasks of every container, grouped in container order, without raw bodies', async () => {
    const progress: Array<[number, number]> = [];
    const result = await collectCandidates(['a', 'b', 'c'], lister(data), olderThanRule(30), {
      limiter: new Limiter(2),
      now: NOW,
      onProgress: (s, m) => progress.push([s, m]),
    });
    assert.deepEqual(result.candidates.map((c) => [c.container, c.id]), [['a', 'a1'], ['a', 'a4'], ['b', 'b1']]);
    assert.ok(result.candidates.every((c) => !('raw' in c)));
    assert.equal(result.scanned, 6);
    assert.deepEqual(progress.at(-1), [6, 3]);
  });

  it('reports a container it cannot list and goes on with the others', async () => {
    const result = await collectCandidates(['a', 'missing', 'b'], lister(data), olderThanRule(30), { limiter: new Limiter(1), now: NOW });
    assert.deepEqual(result.failures.map((f) => f.container), ['missing']);
    assert.deepEqual(result.candidates.map((c) => c.id), ['a1', 'a4', 'b1']);
  });

  it('keeps what matched in a container that failed after its first page apart, as partly listed, never among the candidates', async () => {
    const result = await collectCandidates(['a', 'b', 'missing'], lister(data, [], { a: 2 }), olderThanRule(30), { limiter: new Limiter(1), now: NOW });
    assert.deepEqual(result.candidates.map((c) => c.id), ['b1'], 'only fully listed containers give candidates');
    assert.deepEqual(
      result.failures.map((f) => [f.container, f.scanned, f.failedPage, f.candidates.map((c) => c.id)]),
      [['a', 2, 2, ['a1']], ['missing', 0, 1, []]],
    );
    assert.equal(result.scanned, 3);
  });

  it('stops on cancel and reports it as the person cancelling', async () => {
    const abort = new AbortController();
    const seen: string[] = [];
    const list = lister(data, seen);
    const walk = collectCandidates(['a', 'b', 'c'], async (c, o) => {
      await list(c, o);
      abort.abort();
    }, olderThanRule(30), { limiter: new Limiter(1), now: NOW, signal: abort.signal });
    await assert.rejects(walk, (e: unknown) => e instanceof CollectCancelledError && e.name === 'UserCancelledError');
    assert.deepEqual(seen, ['a']);
  });
});
