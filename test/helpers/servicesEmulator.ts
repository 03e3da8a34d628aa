/**
 * The emulator plus the real HTTP client, for the service tests: one local server with seeded data (in the
 * server variant asked for), one signed client pointed at it, and helpers to find the sample data's ids.
 */
import * as assert from 'node:assert/strict';
import { startEmulator, type Emulator, type EmulatorOptions, type LogEntry } from '../../emulator/index';
import { createApiClient, type ClosableApiClient } from '../../src/net/client';
import { isCloudError, type CloudError } from '../../src/net/errors';
import { listProjects } from '../../src/services/iam';
import type { Container, Project, ServiceScope } from '../../src/services/types';
import { createMemoryLogger, type LogLine } from './memoryLogger';

export const HOME_REGION = 'cn-north-4';

export interface ServiceFixture {
  readonly emulator: Emulator;
  readonly client: ClosableApiClient;
  /** The account's projects as the IAM module lists them. */
  readonly projects: readonly Project[];
  /** The `cn-north-4` region project. */
  readonly home: Project;
  /** A scope whose logger writes to `logLines`. */
  scope(project?: Project): ServiceScope;
  /** What the services logged through the fixture's scopes. */
  readonly logLines: LogLine[];
  /** A client with the right access key id but a wrong secret. */
  wrongKeyClient(): ClosableApiClient;
  /** Log entries of one method, API path only (the `/{service}/{region}` prefix kept). */
  requests(method: string): LogEntry[];
  stop(): Promise<void>;
}

/** A container as the services would have listed it, for calls that only need its id. */
export function containerWithId(id: string, kind: Container['kind'] = 'instance'): Container {
  return { id, name: id, kind, raw: {} };
}

export async function startServiceFixture(options: EmulatorOptions = {}): Promise<ServiceFixture> {
  const emulator = await startEmulator({ projects: 2, instances: 2, tasks: 25, seed: 7, ...options });
  const clients: ClosableApiClient[] = [];
  const clientWith = (secretKey: string): ClosableApiClient => {
    const c = createApiClient({
      credentials: { accessKey: emulator.accessKey, secretKey },
      endpoints: { cloud: 'custom', template: emulator.endpointTemplate },
      // Failures are asserted as they come; retry behaviour is the client's own tests' business.
      retry: { maxRetries: 0, maxThrottledRetries: 0 },
    });
    clients.push(c);
    return c;
  };
  const client = clientWith(emulator.secretKey);
  const projects = await listProjects(client, HOME_REGION);
  const home = projects.find((p) => p.name === HOME_REGION);
  if (!home) throw new Error('the emulator has no cn-north-4 project');
  emulator.clearLog();
  const { logger, lines } = createMemoryLogger();
  return {
    emulator,
    client,
    projects,
    home,
    scope: (project = home) => ({ client, project, logger }),
    logLines: lines,
    wrongKeyClient: () => clientWith('not-the-secret-key-0000000000000000000000'),
    requests: (method) => emulator.log().filter((e) => e.method === method),
    stop: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await emulator.stop();
    },
  };
}

/** The CloudError a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function expectCloudError(promise: Promise<unknown>): Promise<CloudError> {
  try {
    await promise;
  } catch (e) {
    if (isCloudError(e)) return e;
    throw new assert.AssertionError({ message: `expected a CloudError, got ${String(e)}` });
  }
  throw new assert.AssertionError({ message: 'expected a rejection' });
}
