/** #3 and #7: deleting tasks, ours against the limit and the SDK, and our event-loop lag meanwhile. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { EmulatorHandle } from './emulatorHandle';
import { deleteOurs, deleteSdk, DeleteRun, deleteTargets } from './deletes';
import { networkLimitMs } from './networkLimit';
import { ourClient } from './ourSide';
import { atLeast, atMost, Row, row } from './rows';
import type { BenchSizes } from './sizes';
import { median, round, timed } from './stats';

interface Runs {
  readonly ms: number[];
  failed: number;
}

/** p99 of the loop's delay while this process does nothing: what the machine itself adds. */
async function idleLagP99(ms: number): Promise<number> {
  const monitor = monitorEventLoopDelay({ resolution: 10 });
  monitor.enable();
  await delay(ms);
  monitor.disable();
  return monitor.percentile(99);
}

async function measure(emu: EmulatorHandle, into: Runs, work: () => Promise<DeleteRun>): Promise<void> {
  // Deleted tasks come back, so every run deletes the same tasks.
  await emu.reset();
  const { ms, value } = await timed(work);
  into.ms.push(ms);
  into.failed += value.failed;
}

export async function benchDelete(sizes: BenchSizes, emu: EmulatorHandle): Promise<Row[]> {
  const C = sizes.concurrency;
  const targets = await deleteTargets(emu, sizes.deletes);
  const client = ourClient(emu.info);
  const ours: Runs = { ms: [], failed: 0 };
  const sdk: Runs = { ms: [], failed: 0 };
  const sequential: Runs = { ms: [], failed: 0 };
  // Lag of our runs only; one monitor per run, since a re-enabled monitor counts the pause in between.
  const lagP99: number[] = [];
  const lagMax: number[] = [];
  const watched = async (): Promise<DeleteRun> => {
    // Resolution 10 ms: finer sampling would itself add work to the loop it measures.
    const monitor = monitorEventLoopDelay({ resolution: 10 });
    monitor.enable();
    try {
      return await deleteOurs(client, targets, C);
    } finally {
      monitor.disable();
      lagP99.push(monitor.percentile(99));
      lagMax.push(monitor.max);
    }
  };
  const idleP99 = await idleLagP99(sizes.idleLagMs);
  try {
    // Warm-up on a few tasks: connections opened and code compiled on both sides before timing.
    const few = targets.slice(0, C * 4);
    await deleteOurs(client, few, C);
    await emu.reset();
    await deleteSdk(emu.info, few, C);
    for (let run = 0; run < sizes.deleteRuns; run++) {
      await measure(emu, ours, watched);
      await measure(emu, sdk, () => deleteSdk(emu.info, targets, C));
    }
    for (let run = 0; run < sizes.sequentialRuns; run++) await measure(emu, sequential, () => deleteSdk(emu.info, targets, 1));
  } finally {
    await client.close();
    await emu.reset();
  }

  const L = sizes.latencyMs;
  const limit = networkLimitMs(L, 1, targets.length, C);
  const oursMs = median(ours.ms);
  const sdkMs = median(sdk.ms);
  const seqMs = median(sequential.ms);
  const failed = ours.failed + sdk.failed + sequential.failed;
  const toMs = (ns: number): number => round(ns / 1e6, 1);
  return [
    row('3', `delete ${targets.length.toLocaleString('en')} tasks, L = ${L} ms, C = ${C}: ours`, round(oursMs, 0), 'ms', undefined, failed ? `${failed} failed deletes` : undefined),
    row('3', `network limit L × (1 + ⌈${targets.length}/${C}⌉)`, limit, 'ms'),
    row('3', 'delete: ours ÷ network limit', round(oursMs / limit, 2), '×', atMost(1.2, '×')),
    row('3', `delete: official SDK, C = ${C}`, round(sdkMs, 0), 'ms'),
    row('3', 'delete: ours ÷ SDK at the same C', round(oursMs / sdkMs, 2), '×', atMost(1.0, '×')),
    row('3', 'delete: official SDK, one request after another', round(seqMs, 0), 'ms'),
    row('3', 'delete: SDK sequential ÷ ours', round(seqMs / oursMs, 1), '×', atLeast(8, '×')),
    row('7', 'event-loop lag p99 while ours deletes (worst run)', toMs(Math.max(...lagP99)), 'ms', atMost(50, ' ms'), `max ${toMs(Math.max(...lagMax))} ms`),
    row('7', 'event-loop lag p99 with this process idle (the machine\'s own)', toMs(idleP99), 'ms'),
  ];
}
