/**
 * The emulator as a library: `startEmulator()` serves every API of the extension on one local port,
 * with seeded sample data, signature checks, faults and a request log.
 */
import type { AddressInfo } from 'node:net';
import type { SampleData } from './data';
import { createEmulatorServer } from './server';
import { EmulatorState } from './state';
import type { EmulatorOptions, FaultRule, LogEntry } from './types';
import type { ServerBehaviour } from './variants';

export type { EmulatedService, EmulatorOptions, FaultAction, FaultMatch, FaultRule, KeyPair, LogEntry } from './types';
export type { CodeArtsProject, DcsInstance, DmsEngine, DmsInstance, IamProject, TaskRecord } from './records';
export type { SampleData } from './data';
export type { ServerBehaviour, VariantName } from './variants';
export { VARIANT_NAMES } from './variants';

export interface Emulator {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** `http://127.0.0.1:PORT/{service}/{region}` */
  readonly endpointTemplate: string;
  /** The first accepted key pair. */
  readonly accessKey: string;
  readonly secretKey: string;
  /** How the servers read what the documents and the SDKs disagree on. */
  readonly behaviour: ServerBehaviour;
  /** The live sample data (replaced by reset()); for picking ids in tests. */
  readonly data: SampleData;
  log(): LogEntry[];
  clearLog(): void;
  /** Seeded data again, no faults beyond the start options', an empty log, the true clock. */
  reset(): void;
  setFaults(faults: readonly FaultRule[]): void;
  clearFaults(): void;
  /** Shifts the emulator's clock (signature time checks, Date headers). */
  setClockOffset(ms: number): void;
  peakConcurrency(): number;
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState(options);
  const server = createEmulatorServer(state);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const [keys] = state.keyPairs;
  return {
    url,
    port,
    endpointTemplate: `${url}/{service}/{region}`,
    accessKey: keys!.accessKey,
    secretKey: keys!.secretKey,
    behaviour: state.behaviour,
    get data() {
      return state.data;
    },
    log: () => state.log.list(),
    clearLog: () => state.log.clear(),
    reset: () => state.reset(),
    setFaults: (faults) => state.setFaults(faults),
    clearFaults: () => state.faults.clear(),
    setClockOffset: (ms) => {
      state.clockOffsetMs = ms;
    },
    peakConcurrency: () => state.log.peakConcurrency(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
