/**
 * #6: heap growth per task with a whole account's tasks held as the tree's cache holds them (the
 * parsed `Task` objects, raw JSON included), after full garbage collections.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Limiter } from '../src/util/limiter';
import type { EmulatorHandle } from './emulatorHandle';
import { capped, homeRegion, ourAccountApi, ourClient } from './ourSide';
import { atMost, Row, row } from './rows';
import type { BenchSizes } from './sizes';
import { median, round } from './stats';
import { countTasks, walkAccount } from './walk';
import { WALK_SERVICES } from './walkBench';

/** `global.gc` when run with --expose-gc, else the same function switched on at run time. */
function collector(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** One reading; the tasks are held only inside, so the next reading starts without them. */
async function growthPerTask(emu: EmulatorHandle, concurrency: number, gc: () => void): Promise<{ readonly bytes: number; readonly tasks: number }> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const client = ourClient(emu.info);
  const held = await walkAccount(ourAccountApi(capped(client, new Limiter(concurrency)), homeRegion(emu.info)), WALK_SERVICES);
  // The pool's sockets are not the cache: closed before the second reading.
  await client.close();
  gc();
  const after = process.memoryUsage().heapUsed;
  const tasks = countTasks(held);
  return { bytes: (after - before) / tasks, tasks };
}

export async function benchMemory(sizes: BenchSizes, emu: EmulatorHandle): Promise<Row[]> {
  const gc = collector();
  const readings: { bytes: number; tasks: number }[] = [];
  for (let run = 0; run < sizes.walkRuns; run++) readings.push(await growthPerTask(emu, sizes.concurrency, gc));
  const tasks = readings[0]?.tasks ?? 0;
  const perTask = median(readings.map((r) => r.bytes));
  return [row('6', `heap growth holding ${tasks.toLocaleString('en')} parsed tasks`, round(perTask / 1024, 2), 'KB/task', atMost(3, ' KB'))];
}
