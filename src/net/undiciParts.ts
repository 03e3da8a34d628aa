/**
 * The pieces of undici the client uses, loaded from undici's own files instead of its index: the index
 * pulls in fetch, WebSocket, the cache stores and the mocks (≈ 220 KB minified of a ≈ 590 KB bundle) that
 * nothing here reaches. The paths are pinned by the lockfile's exact undici version and guarded by a unit
 * test. Loaded on first use, so activating the extension does not pay for undici.
 */
import type { Agent, Dispatcher, Pool } from 'undici';
import type buildConnectorType from 'undici/types/connector';

type Request = (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;

let requestImpl: Request | undefined;
let patched = false;

/* eslint-disable @typescript-eslint/no-require-imports -- deferred on purpose, see above */
/**
 * undici's index puts its API methods on Dispatcher.prototype; opening a proxy tunnel relies on one of them
 * (`connect`, the CONNECT request), so without the index it must be put there here.
 */
function withConnectMethod(): void {
  if (patched) return;
  const dispatcher = require('undici/lib/dispatcher/dispatcher.js') as { prototype: Record<string, unknown> };
  dispatcher.prototype.connect ??= require('undici/lib/api/api-connect.js');
  patched = true;
}

export function agentClass(): typeof Agent {
  withConnectMethod();
  return require('undici/lib/dispatcher/agent.js') as typeof Agent;
}

export function poolClass(): typeof Pool {
  withConnectMethod();
  return require('undici/lib/dispatcher/pool.js') as typeof Pool;
}

export function buildConnector(options: buildConnectorType.BuildOptions): buildConnectorType.connector {
  return (require('undici/lib/core/connect.js') as typeof buildConnectorType)(options);
}

/** `dispatcher.request(options)`: the index adds `request` to every Dispatcher; without it, call it here. */
export function request(dispatcher: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
  requestImpl ??= require('undici/lib/api/api-request.js') as Request;
  return requestImpl.call(dispatcher, options);
}
/* eslint-enable @typescript-eslint/no-require-imports */
