/**
 * One GET with the real client in a process of its own, so a test can give it an environment the test
 * process cannot change for itself (`NODE_EXTRA_CA_CERTS`, `SSL_CERT_FILE` are read when Node starts).
 * Run as `node childClient.js '<json ChildRequest>'`; prints one JSON `ChildResult` line.
 */
import { execFile } from 'node:child_process';
import { createApiClient } from '../../src/net/client';
import { isCloudError } from '../../src/net/errors';
import type { NetworkProblem } from '../../src/net/networkProblem';
import type { ProxySettings } from '../../src/net/proxy';
import { TEST_CREDENTIALS } from './netClient';

export interface ChildRequest {
  readonly origin: string;
  readonly settings: Omit<ProxySettings, 'host' | 'lookup'>;
}

export type ChildResult = { readonly body: unknown } | { readonly error: { readonly kind?: string; readonly network?: NetworkProblem; readonly message: string } };

/** Runs the request in `node` (or Electron as node) with `env` added to this process's environment. */
export function runInChild(request: ChildRequest, env: Readonly<Record<string, string>>): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [__filename, JSON.stringify(request)],
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ...env }, timeout: 20_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as ChildResult);
      },
    );
  });
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '') as ChildRequest;
  const client = createApiClient({
    credentials: TEST_CREDENTIALS,
    endpoints: { cloud: 'custom', template: `${request.origin}/{service}/{region}` },
    proxy: { env: {}, ...request.settings },
    retry: { maxRetries: 0 },
  });
  let result: ChildResult;
  try {
    result = { body: (await client.send({ service: 'dcs', region: 'eu-de', method: 'GET', path: ['v2', 'p', 'instances'] })).body };
  } catch (e) {
    result = { error: { message: e instanceof Error ? e.message : String(e), ...(isCloudError(e) ? { kind: e.kind, network: e.network } : {}) } };
  } finally {
    await client.close();
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

if (require.main === module) void main();
