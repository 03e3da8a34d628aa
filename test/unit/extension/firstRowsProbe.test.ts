import * as assert from 'node:assert/strict';
import { FIRST_ROWS_MESSAGE, FirstRowsProbe } from '../../../src/tree/firstRowsProbe';
import { createMemoryLogger } from '../../helpers/memoryLogger';

/** A probe on a clock the test moves by hand. */
function probeAt(start: number): { probe: FirstRowsProbe; set: (t: number) => void } {
  let t = start;
  return { probe: new FirstRowsProbe(() => t), set: (v) => (t = v) };
}

const LINE = /^first tree rows: (\d+) rows ([\d.]+) ms after activate\(\) began; ([\d.]+) ms after they were requested$/;

describe('first-rows probe', () => {
  it('logs the first profile rows once, timed from activation and from the request', async () => {
    const { probe, set } = probeAt(1000);
    const { logger, lines } = createMemoryLogger();
    probe.activationStarted();
    set(1100);
    let resolve!: (rows: string[]) => void;
    const rows = probe.watch(true, new Promise<string[]>((r) => (resolve = r)), logger);
    set(1142.5);
    resolve(['p1', 'p2', 'p3']);
    assert.deepEqual(await rows, ['p1', 'p2', 'p3']);
    await probe.watch(true, Promise.resolve(['again']), logger);

    assert.equal(lines.length, 1, JSON.stringify(lines));
    assert.equal(lines[0]!.level, 'info');
    assert.ok(lines[0]!.text.startsWith(FIRST_ROWS_MESSAGE));
    const m = LINE.exec(lines[0]!.text);
    assert.ok(m, lines[0]!.text);
    assert.deepEqual([Number(m[1]), Number(m[2]), Number(m[3])], [3, 142.5, 42.5]);
  });

  it('ignores rows of other levels and rows asked for before activation', async () => {
    const { probe } = probeAt(0);
    const { logger, lines } = createMemoryLogger();
    await probe.watch(true, Promise.resolve([1]), logger);
    probe.activationStarted();
    await probe.watch(false, Promise.resolve([1, 2]), logger);
    assert.deepEqual(lines, []);
  });

  it('reports again after a new activation', async () => {
    const { probe } = probeAt(5);
    const { logger, lines } = createMemoryLogger();
    probe.activationStarted();
    await probe.watch(true, Promise.resolve([1]), logger);
    probe.activationStarted();
    await probe.watch(true, Promise.resolve([1, 2]), logger);
    assert.deepEqual(lines.map((l) => LINE.exec(l.text)?.[1]), ['1', '2']);
  });
});
