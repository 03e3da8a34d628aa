import * as assert from 'node:assert/strict';
import { FIRST_ROWS_MESSAGE, StartupTiming } from '../../../src/tree/startupTiming';
import { createMemoryLogger } from '../../helpers/memoryLogger';

/** Timing on a clock the test moves by hand, started (as in activate()) at `start`. */
function timingAt(start: number): { timing: StartupTiming; set: (t: number) => void } {
  let t = start;
  return { timing: new StartupTiming(() => t), set: (v) => (t = v) };
}

const LINE = /^first tree rows: (\d+) rows ([\d.]+) ms after activate\(\) began; ([\d.]+) ms after they were requested$/;

describe('startup timing (benchmark #5)', () => {
  it('logs the first profile rows once, timed from activation and from the request', async () => {
    const { timing, set } = timingAt(1000);
    const { logger, lines } = createMemoryLogger();
    set(1100);
    let resolve!: (rows: string[]) => void;
    const rows = timing.firstRows(new Promise<string[]>((r) => (resolve = r)), logger);
    set(1142.5);
    resolve(['p1', 'p2', 'p3']);
    assert.deepEqual(await rows, ['p1', 'p2', 'p3']);
    await timing.firstRows(Promise.resolve(['again']), logger);

    assert.equal(lines.length, 1, JSON.stringify(lines));
    assert.equal(lines[0]!.level, 'info');
    assert.ok(lines[0]!.text.startsWith(FIRST_ROWS_MESSAGE));
    const m = LINE.exec(lines[0]!.text);
    assert.ok(m, lines[0]!.text);
    assert.deepEqual([Number(m[1]), Number(m[2]), Number(m[3])], [3, 142.5, 42.5]);
  });

  it('reports again for a new activation (a new timing)', async () => {
    const { logger, lines } = createMemoryLogger();
    await timingAt(5).timing.firstRows(Promise.resolve([1]), logger);
    await timingAt(5).timing.firstRows(Promise.resolve([1, 2]), logger);
    assert.deepEqual(lines.map((l) => LINE.exec(l.text)?.[1]), ['1', '2']);
  });
});
