/**
 * The connection dispatcher: one keep-alive pool per origin (undici's Agent keeps them), routed
 * through a proxy when VS Code's `http.proxy` or the environment's `HTTPS_PROXY`/`HTTP_PROXY` name
 * one, except for hosts in `http.noProxy` / `NO_PROXY`.
 */
import type { Dispatcher } from 'undici';
import { CloudError } from './errors';
import { envHttpProxyAgentClass } from './undiciParts';

export interface ProxySettings {
  /** VS Code `http.proxy`; used for http and https alike, ahead of the environment. */
  readonly proxy?: string;
  /** VS Code `http.noProxy`: host names, `.suffix` or `*.suffix`, optionally with `:port`. */
  readonly noProxy?: readonly string[];
  /**
   * VS Code `http.proxyStrictSSL` (default true). False accepts an unverifiable certificate from the
   * proxy itself; the cloud's certificate is still verified, since the signed request goes there.
   */
  readonly proxyStrictSSL?: boolean;
  /** Where `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` are read; `process.env` when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface ConnectionTimeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  /** Longest silence between body chunks; the total body time is bounded by the transport. */
  readonly bodyMs: number;
}

function envValue(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  // curl's convention: the lower-case name wins.
  return env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim() || undefined;
}

function checkProxyUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below without echoing the value, which may carry a password
  }
  throw new CloudError('badInput', 'The proxy setting is not an http:// or https:// URL.');
}

export function createDispatcher(settings: ProxySettings, timeouts: ConnectionTimeouts): Dispatcher {
  const env = settings.env ?? process.env;
  const explicit = settings.proxy?.trim() || undefined;
  const httpsProxy = explicit ?? envValue(env, 'HTTPS_PROXY');
  const httpProxy = explicit ?? envValue(env, 'HTTP_PROXY');
  const noProxy = [...(settings.noProxy ?? []), envValue(env, 'NO_PROXY') ?? '']
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(',');
  const strict = settings.proxyStrictSSL ?? true;
  const EnvHttpProxyAgent = envHttpProxyAgentClass();
  return new EnvHttpProxyAgent({
    // Empty strings, not undefined: undici would otherwise fall back to process.env on its own.
    httpProxy: httpProxy ? checkProxyUrl(httpProxy) : '',
    httpsProxy: httpsProxy ? checkProxyUrl(httpsProxy) : '',
    noProxy,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
    proxyTls: { timeout: timeouts.connectMs, rejectUnauthorized: strict },
    requestTls: { timeout: timeouts.connectMs },
  });
}
