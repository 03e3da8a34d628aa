/**
 * The emulator, a real signed client with short timeouts (so timeout faults cost milliseconds), and the
 * sample containers the reliability cases act on: the cn-north-4 project, a DCS instance that answers
 * deletes with a body (200), a Kafka instance and a CodeArts project.
 */
import { startEmulator, type Emulator, type EmulatorOptions, type LogEntry } from '../../emulator/index';
import type { ApiClientOptions } from '../../src/net/client';
import { listProjects } from '../../src/services/iam';
import type { Container, Project } from '../../src/services/types';
import { clientFor, type ClientUnderTest } from './netClient';
import { containerWithId, HOME_REGION } from './servicesEmulator';

/**
 * Short enough that a timing fault costs little, long enough that a normal local answer never trips it.
 * undici checks the headers timeout on a coarse (~0.5 s tick) timer, so a 150 ms setting fires within
 * about a second; latency faults therefore wait well beyond that.
 */
export const FAST_TIMEOUTS = { connectMs: 1_000, headersMs: 150, bodyMs: 150 } as const;
/** Throttled answers have a retry budget of their own, so the two counts differ on purpose. */
export const FAST_RETRY = { maxRetries: 2, maxThrottledRetries: 4, baseDelayMs: 10, maxDelayMs: 40 } as const;
/** Attempts of a request that keeps failing with a retryable, non-throttled error. */
export const ATTEMPTS = FAST_RETRY.maxRetries + 1;
/** Attempts of a request that keeps being throttled. */
export const THROTTLED_ATTEMPTS = FAST_RETRY.maxThrottledRetries + 1;
/** The most attempts any request makes, both budgets spent. */
export const MAX_ATTEMPTS = 1 + FAST_RETRY.maxRetries + FAST_RETRY.maxThrottledRetries;

export interface Targets {
  readonly home: Project;
  /** One that answers a delete with 200 and a body. */
  readonly dcs: Container;
  readonly kafka: Container;
  readonly codearts: Container;
}

export interface ReliabilityFixture {
  readonly emulator: Emulator;
  readonly targets: Targets;
  /** A client on the emulator's keys; retry waits are recorded, not slept. The caller closes it. */
  client(options?: Partial<ApiClientOptions>): ClientUnderTest;
  /** The first live task of a container, by the emulator's own state. */
  firstTask(container: Container): string;
  stop(): Promise<void>;
}

export async function startReliabilityFixture(options: EmulatorOptions = {}): Promise<ReliabilityFixture> {
  const emulator = await startEmulator({ projects: 1, instances: 2, tasks: 20, seed: 11, ...options });
  const client = (overrides: Partial<ApiClientOptions> = {}): ClientUnderTest =>
    clientFor(emulator.url, {
      credentials: { accessKey: emulator.accessKey, secretKey: emulator.secretKey },
      timeouts: FAST_TIMEOUTS,
      retry: FAST_RETRY,
      ...overrides,
    });
  const probe = client();
  const home = (await listProjects(probe.client, HOME_REGION).finally(() => probe.client.close())).find((p) => p.name === HOME_REGION);
  if (!home) throw new Error('the emulator has no cn-north-4 project');
  const data = emulator.data;
  const dcs = data.dcsInstances(home.id).find((i) => i.deleteStatus === 200);
  const kafka = data.dmsInstances(home.id, 'kafka')[0];
  const codearts = data.codeArtsProjects(HOME_REGION)[0];
  if (!dcs || !kafka || !codearts) throw new Error('the emulator lacks a DCS, Kafka or CodeArts container');
  emulator.clearLog();
  return {
    emulator,
    targets: { home, dcs: containerWithId(dcs.id), kafka: containerWithId(kafka.id), codearts: containerWithId(codearts.id, 'codeartsProject') },
    client,
    firstTask: (container) => {
      const task = emulator.data.tasks(container.id)[0];
      if (!task) throw new Error(`container ${container.id} has no tasks left`);
      return task.id;
    },
    stop: () => emulator.stop(),
  };
}

/**
 * Resolves once the emulator has logged at least `count` requests matching `match`. A request the client
 * abandoned is logged when its socket closes, which can trail the client's rejection by a tick.
 */
export async function logSettled(emulator: Emulator, match: (e: LogEntry) => boolean, count: number, waitMs = 5_000): Promise<LogEntry[]> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const entries = emulator.log().filter(match);
    if (entries.length >= count || Date.now() > deadline) return entries;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** How many attempts the client made, from its own request log; `only`: of requests whose URL matches. */
export function attemptsLogged(lines: ReadonlyArray<{ readonly text: string }>, only?: RegExp): number {
  return lines.filter((l) => / → \S+ in \d+ ms \(attempt \d+\/\d+\)/.test(l.text) && (!only || only.test(l.text))).length;
}
