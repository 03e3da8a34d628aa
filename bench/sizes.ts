/** The full benchmark (the brief's sizes) and a tiny variant that proves the harness in seconds. */

export interface AccountShape {
  readonly projects: number;
  /** Per service per project. */
  readonly instances: number;
  /** Per instance. */
  readonly tasks: number;
}

export interface BenchSizes {
  readonly name: 'full' | 'quick';
  readonly signRequests: number;
  readonly signRuns: number;
  readonly account: AccountShape;
  /** Emulator latency L of the walk and delete benchmarks. */
  readonly latencyMs: number;
  /** Our concurrency cap C, also given to the SDK's pool. */
  readonly concurrency: number;
  readonly walkRuns: number;
  /** Sequential SDK runs are long (one request after another); fewer of them. */
  readonly sequentialRuns: number;
  readonly deletes: number;
  readonly deleteRuns: number;
  readonly throttledDeletes: number;
  readonly ratePerSecond: number;
  readonly requireRuns: number;
  /** How long the event loop is watched idle, for the machine's own lag. */
  readonly idleLagMs: number;
}

export const FULL: BenchSizes = {
  name: 'full',
  signRequests: 10_000,
  signRuns: 5,
  account: { projects: 4, instances: 10, tasks: 100 },
  latencyMs: 40,
  concurrency: 16,
  walkRuns: 3,
  sequentialRuns: 1,
  deletes: 1_000,
  deleteRuns: 3,
  throttledDeletes: 1_000,
  ratePerSecond: 50,
  requireRuns: 5,
  idleLagMs: 2_000,
};

export const QUICK: BenchSizes = {
  name: 'quick',
  signRequests: 200,
  signRuns: 1,
  account: { projects: 1, instances: 2, tasks: 10 },
  latencyMs: 2,
  concurrency: 4,
  walkRuns: 1,
  sequentialRuns: 1,
  deletes: 12,
  deleteRuns: 1,
  throttledDeletes: 30,
  ratePerSecond: 20,
  requireRuns: 1,
  idleLagMs: 100,
};
