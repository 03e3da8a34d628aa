/**
 * A row's time ("just now", "5 min ago") is true when drawn and goes stale as minutes pass; the row knows
 * when its text would change, which is what the view's minute redraw asks it.
 */
import * as assert from 'node:assert/strict';
import { emulatorSuite, tasksOf } from './extensionFixture';

describe('the time a row shows', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 4 }, profile: 'time-tests' });

  it('knows when its "just now" has become "1 min. ago", and is fresh again once redrawn', async () => {
    const container = await fx.containerOf('kafka');
    const [record] = fx.emulator.data.tasks(container.container.id);
    assert.ok(record);
    // The task ran 55 seconds ago (the emulator's records are its state: this is what it lists next); the
    // listing has 5 seconds to be drawn as "just now".
    const ranAt = Date.now() - 55_000;
    Object.assign(record, { createdMs: ranAt, updatedMs: ranAt });
    fx.api.tree.refresh(container);
    const row = (await tasksOf(fx.api, container)).find((t) => t.task.id === record.id)!;
    assert.match(String(row.getTreeItem().description), /just now$/);
    assert.equal(row.timeTextStale(), false);

    await new Promise((r) => setTimeout(r, Math.max(0, ranAt + 60_500 - Date.now())));
    assert.equal(row.timeTextStale(), true, 'a minute has passed since the task ran');
    assert.match(String(row.getTreeItem().description), /1 min\. ago$/);
    assert.equal(row.timeTextStale(), false, 'redrawn, it says the time again');
  });
});
