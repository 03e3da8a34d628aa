/**
 * The two pieces of undici the client uses, loaded from undici's own files instead of its index: the
 * index pulls in fetch, WebSocket, the cache stores and the mocks (≈ 220 KB minified of a ≈ 590 KB
 * bundle) that nothing here reaches. The paths are pinned by the lockfile's exact undici version and
 * guarded by a unit test. Loaded on first use, so activating the extension does not pay for undici.
 */
import type { Dispatcher, EnvHttpProxyAgent } from 'undici';

type EnvHttpProxyAgentClass = typeof EnvHttpProxyAgent;
type Request = (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;

let agentClass: EnvHttpProxyAgentClass | undefined;
let requestImpl: Request | undefined;

/* eslint-disable @typescript-eslint/no-require-imports -- deferred on purpose, see above */
export function envHttpProxyAgentClass(): EnvHttpProxyAgentClass {
  if (!agentClass) {
    // undici's index puts its API methods on Dispatcher.prototype; the proxy agent relies on one of them
    // (`connect`, to open the CONNECT tunnel), so without the index it must be put there here.
    const dispatcher = require('undici/lib/dispatcher/dispatcher.js') as { prototype: Record<string, unknown> };
    dispatcher.prototype.connect ??= require('undici/lib/api/api-connect.js');
    agentClass = require('undici/lib/dispatcher/env-http-proxy-agent.js') as EnvHttpProxyAgentClass;
  }
  return agentClass;
}

/** `dispatcher.request(options)`: the index adds `request` to every Dispatcher; without it, call it here. */
export function request(dispatcher: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
  requestImpl ??= require('undici/lib/api/api-request.js') as Request;
  return requestImpl.call(dispatcher, options);
}
/* eslint-enable @typescript-eslint/no-require-imports */
