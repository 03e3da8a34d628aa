/**
 * A connection to the endpoint through an HTTP(S) proxy: `CONNECT host:port` (with `Proxy-Authorization`
 * when configured), then TLS to the endpoint inside the tunnel, verified as a direct connection would be.
 * Written here rather than using undici's ProxyAgent because a refusal must keep its status and the
 * proxy's `Proxy-Authenticate` schemes, and the endpoint's certificate must be noted (see
 * `presentedCertificate.ts`), neither of which ProxyAgent passes on.
 */
import type { Socket } from 'node:net';
import type { Dispatcher } from 'undici';
import type buildConnector from 'undici/types/connector';

/** The proxy answered CONNECT with another status than 200. */
export class ProxyRefusal extends Error {
  override readonly name = 'ProxyRefusal';
  constructor(
    readonly status: number,
    /** The schemes of its `Proxy-Authenticate` headers (`Basic`, `Negotiate`, …). */
    readonly schemes: readonly string[],
  ) {
    super(`The proxy answered CONNECT with HTTP ${status}.`);
  }
}

/** A failure reaching or passing the proxy, before any byte of the request reached the endpoint. */
export class ProxyLegError extends Error {
  override readonly name = 'ProxyLegError';
  constructor(
    /** `scheme://host:port`, no credentials. */
    readonly proxy: string,
    readonly sentCredentials: boolean,
    cause: unknown,
  ) {
    super(`Proxy ${proxy}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export interface Tunnel {
  readonly proxyUrl: URL;
  /** `scheme://host:port` of the proxy. */
  readonly proxy: string;
  /** Connections to the proxy itself (TLS to it for an https:// proxy). */
  readonly proxyPool: Dispatcher;
  readonly authorization?: string;
  /** Opens TLS to the endpoint over the tunnel's socket. */
  readonly endpoint: buildConnector.connector;
}

function schemesOf(header: string | string[] | undefined): string[] {
  const values = Array.isArray(header) ? header : header ? [header] : [];
  return values.map((v) => v.trim().split(/\s+/, 1)[0]!).filter((s) => s !== '');
}

async function open(tunnel: Tunnel, options: buildConnector.Options, callback: buildConnector.Callback): Promise<void> {
  const port = options.port || (options.protocol === 'https:' ? '443' : '80');
  // undici hands IPv6 addresses over without brackets; the CONNECT target needs them.
  const target = `${options.hostname.includes(':') ? `[${options.hostname}]` : options.hostname}:${port}`;
  const fail = (e: unknown): void => callback(new ProxyLegError(tunnel.proxy, tunnel.authorization !== undefined, e), null);
  let answer: Dispatcher.ConnectData;
  try {
    answer = await tunnel.proxyPool.connect({
      origin: tunnel.proxyUrl.origin,
      path: target,
      headers: { host: target, ...(tunnel.authorization ? { 'proxy-authorization': tunnel.authorization } : {}) },
    });
  } catch (e) {
    fail(e);
    return;
  }
  if (answer.statusCode !== 200) {
    answer.socket.on('error', () => undefined).destroy();
    fail(new ProxyRefusal(answer.statusCode, schemesOf(answer.headers['proxy-authenticate'])));
    return;
  }
  // undici types the upgraded socket as a Duplex; for CONNECT it is the net.Socket to the proxy.
  const socket = answer.socket as Socket;
  if (options.protocol !== 'https:') {
    callback(null, socket);
    return;
  }
  tunnel.endpoint({ ...options, httpSocket: socket }, callback);
}

export function tunnelConnector(tunnel: Tunnel): buildConnector.connector {
  return (options, callback) => {
    open(tunnel, options, callback).catch((e: unknown) => callback(e instanceof Error ? e : new Error(String(e)), null));
  };
}
