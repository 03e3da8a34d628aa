/**
 * The emulator as a library: `startEmulator()` serves every API of the extension on one local port,
 * with seeded sample data, signature checks, faults and a request log.
 */
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TlsFolder } from './certificates';
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
  /** `http://127.0.0.1:PORT`, or `https://` with the `tls` option. */
  readonly url: string;
  readonly port: number;
  /** `http(s)://127.0.0.1:PORT/{service}/{region}` */
  readonly endpointTemplate: string;
  /** With `tls`: the throw-away authority's certificate file (PEM), which a client must trust, and its name. */
  readonly tls?: { readonly caPath: string; readonly authorityName: string; readonly dir: string };
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

async function tlsFolder(option: EmulatorOptions['tls']): Promise<TlsFolder | undefined> {
  if (!option) return undefined;
  const dir = (typeof option === 'object' && option.dir) || (await mkdtemp(join(tmpdir(), 'hwc-emulator-tls-')));
  // Loaded only for HTTPS: the certificate library brings a global polyfill that plain runs need not carry.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  const { writeTlsFolder } = require('./certificates') as typeof import('./certificates');
  return writeTlsFolder(dir);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState(options);
  const tls = await tlsFolder(options.tls);
  const server = createEmulatorServer(state, tls);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const [keys] = state.keyPairs;
  return {
    url,
    port,
    endpointTemplate: `${url}/{service}/{region}`,
    ...(tls ? { tls: { caPath: tls.caPath, authorityName: tls.authorityName, dir: tls.dir } } : {}),
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
