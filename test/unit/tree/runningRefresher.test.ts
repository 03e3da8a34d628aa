import * as assert from 'node:assert/strict';
import { RunningTaskRefresher, type RefresherEvent } from '../../../src/tree/runningRefresher';

type Node = { id: string };

/** A refresher with a tiny interval whose refresh reloads the node with the given running answers. */
function setUp(running: boolean[], visible = { value: true }, seconds = 0.001) {
  const events: RefresherEvent[] = [];
  const node: Node = { id: 'container' };
  let refreshes = 0;
  const refresher: RunningTaskRefresher<Node> = new RunningTaskRefresher<Node>(
    () => seconds,
    (n) => {
      refreshes++;
      // The refreshed level loads again and reports what it now shows.
      queueMicrotask(() => refresher.watch(n, running[refreshes] ?? false));
    },
    () => visible.value,
  );
  refresher.onDidChange((e) => events.push(e));
  return { refresher, node, events, refreshes: () => refreshes };
}

const next = (r: RunningTaskRefresher<Node>, kind: RefresherEvent['kind']) =>
  new Promise<void>((resolve) => {
    const sub = r.onDidChange((e) => {
      if (e.kind !== kind) return;
      sub.dispose();
      resolve();
    });
  });

describe('running-task refresher', () => {
  it('refreshes while tasks run and stops once none does', async () => {
    const { refresher, node, events, refreshes } = setUp([true, true, true, false]);
    const stopped = next(refresher, 'stopped');
    refresher.watch(node, true);
    await stopped;
    assert.equal(refreshes(), 3);
    assert.equal(refresher.isWatching(node.id), false);
    assert.deepEqual(events.map((e) => e.kind), ['refreshed', 'refreshed', 'refreshed', 'stopped']);
  });

  it('does nothing when no task runs or the interval is 0', () => {
    const quiet = setUp([]);
    quiet.refresher.watch(quiet.node, false);
    assert.equal(quiet.refresher.isWatching('container'), false);
    const off = setUp([], { value: true }, 0);
    off.refresher.watch(off.node, true);
    assert.equal(off.refresher.isWatching('container'), false);
    assert.deepEqual([...quiet.events, ...off.events], []);
  });

  it('waits while the view is hidden and refreshes when it shows again', async () => {
    const visible = { value: false };
    const { refresher, node, refreshes } = setUp([true, false], visible);
    const paused = next(refresher, 'paused');
    refresher.watch(node, true);
    await paused;
    assert.ok(refresher.isWatching(node.id));
    assert.equal(refreshes(), 0, 'no refresh while hidden');
    const refreshed = next(refresher, 'refreshed');
    visible.value = true;
    refresher.visibilityChanged(true);
    await refreshed;
    assert.equal(refreshes(), 1);
    refresher.dispose();
  });

  it('refreshes the newest row of a level: one built anew by a refresh above it replaces the old one', async () => {
    const refreshed: Node[] = [];
    const refresher = new RunningTaskRefresher<Node>(
      () => 0.001,
      (n) => refreshed.push(n),
      () => true,
    );
    const old: Node = { id: 'container' };
    const fresh: Node = { id: 'container' };
    const done = next(refresher, 'refreshed');
    refresher.watch(old, true);
    refresher.watch(fresh, true);
    await done;
    assert.deepEqual(refreshed.map((n) => n === fresh), [true]);
    refresher.dispose();
  });
});
