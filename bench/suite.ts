/** Every benchmark in one run: the rows of the table, with the machine and sizes they were taken on. */
import { benchDelete } from './deleteBench';
import { startEmulatorProcess, EmulatorHandle } from './emulatorHandle';
import { benchLoad } from './loadBench';
import { describeMachine, Machine } from './machine';
import { benchMemory } from './memoryBench';
import type { Row } from './rows';
import { benchSigning } from './signBench';
import type { BenchSizes } from './sizes';
import { benchThrottled } from './throttleBench';
import { benchWalk } from './walkBench';

export interface SuiteOptions {
  /** The bundle whose size and load time #5 reports. */
  readonly bundle: string;
  /** The source whose release build #5 breaks down (undici's share); src/extension.ts by default. */
  readonly entry?: string;
  /** Progress lines (which benchmark is running). */
  readonly progress?: (message: string) => void;
}

export interface SuiteResult {
  readonly machine: Machine;
  readonly sizes: BenchSizes;
  readonly startedAt: string;
  readonly rows: readonly Row[];
}

async function withEmulator<T>(options: Parameters<typeof startEmulatorProcess>[0], work: (emu: EmulatorHandle) => Promise<T>): Promise<T> {
  const emu = await startEmulatorProcess(options);
  try {
    return await work(emu);
  } finally {
    await emu.stop();
  }
}

export async function runSuite(sizes: BenchSizes, options: SuiteOptions): Promise<SuiteResult> {
  const progress = options.progress ?? (() => undefined);
  const startedAt = new Date().toISOString();
  const rows: Row[] = [];
  progress('signing');
  rows.push(...(await benchSigning(sizes)));
  progress('load');
  rows.push(...(await benchLoad(sizes, options.bundle, options.entry)));
  await withEmulator({ ...sizes.account, latencyMs: sizes.latencyMs }, async (emu) => {
    progress('walk');
    rows.push(...(await benchWalk(sizes, emu)));
    progress('memory');
    rows.push(...(await benchMemory(sizes, emu)));
    progress('delete');
    rows.push(...(await benchDelete(sizes, emu)));
  });
  await withEmulator({ ...sizes.account, latencyMs: sizes.latencyMs, ratePerSecond: sizes.ratePerSecond }, async (emu) => {
    progress('throttled delete');
    rows.push(...(await benchThrottled(sizes, emu)));
  });
  // The table reads in the brief's order; lag (#7) is measured during #3.
  rows.sort((a, b) => a.id.localeCompare(b.id));
  return { machine: describeMachine(), sizes, startedAt, rows };
}
