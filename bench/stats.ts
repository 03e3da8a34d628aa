/** Timing helpers: the benchmark reports medians of repeated runs. */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ readonly ms: number; readonly value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Runs `work` `runs` times, one after another; the milliseconds of each run and the last value. */
export async function repeat<T>(runs: number, work: (run: number) => Promise<T>): Promise<{ readonly ms: number[]; readonly last: T }> {
  const ms: number[] = [];
  let last: T | undefined;
  for (let run = 0; run < runs; run++) {
    const result = await timed(() => work(run));
    ms.push(result.ms);
    last = result.value;
  }
  if (runs < 1) throw new Error('at least one run is needed');
  return { ms, last: last as T };
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
