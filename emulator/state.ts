/** Everything a running emulator holds: keys, data, faults, log, clock and rate limit. */
import { SampleData } from './data';
import { FaultSet } from './faults';
import { RequestLog } from './log';
import type { EmulatorOptions, FaultRule, KeyPair } from './types';
import { behaviourOf, type ServerBehaviour } from './variants';

/** The fixed test pair, printed on start; not a real credential. */
export const DEFAULT_KEYS: readonly KeyPair[] = [{ accessKey: 'EMULATORTESTAK000001', secretKey: 'EmulatorTestSecretKey0000000000000000001' }];

export const DEFAULTS = { projects: 4, instances: 5, tasks: 30, seed: 1 } as const;

export class EmulatorState {
  readonly keys: ReadonlyMap<string, string>;
  readonly keyPairs: readonly KeyPair[];
  readonly log = new RequestLog();
  readonly faults: FaultSet;
  readonly behaviour: ServerBehaviour;
  data: SampleData;
  clockOffsetMs = 0;
  private windowStart = 0;
  private windowCount = 0;

  constructor(readonly options: EmulatorOptions) {
    this.keyPairs = options.keys && options.keys.length > 0 ? options.keys : DEFAULT_KEYS;
    this.keys = new Map(this.keyPairs.map((k) => [k.accessKey, k.secretKey]));
    this.faults = new FaultSet(options.seed ?? DEFAULTS.seed);
    this.behaviour = behaviourOf(options.variant, options.behaviour);
    this.data = this.freshData(options.dataTime ?? Date.now());
    if (options.faults) this.faults.set(options.faults);
  }

  private freshData(now: number): SampleData {
    const o = this.options;
    return new SampleData({ projects: o.projects ?? DEFAULTS.projects, instances: o.instances ?? DEFAULTS.instances, tasks: o.tasks ?? DEFAULTS.tasks, seed: o.seed ?? DEFAULTS.seed, now });
  }

  /** The emulator's clock: real time shifted by the configured offset. */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Back to the seeded data (same ids and times), no faults, an empty log and a true clock. */
  reset(): void {
    this.data = this.freshData(this.data.options.now);
    this.faults.set(this.options.faults ?? []);
    this.log.clear();
    this.clockOffsetMs = 0;
  }

  setFaults(rules: readonly FaultRule[]): void {
    this.faults.set(rules);
  }

  /** True when this request exceeds the global per-second limit (fixed one-second windows). */
  overRate(): boolean {
    const limit = this.options.ratePerSecond;
    if (!limit) return false;
    const second = Math.floor(Date.now() / 1000);
    if (second !== this.windowStart) {
      this.windowStart = second;
      this.windowCount = 0;
    }
    return ++this.windowCount > limit;
  }
}
