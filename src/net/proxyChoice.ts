/**
 * Which proxy (if any) a request to one origin goes through, in VS Code's order: `http.noProxy` (or, when
 * that is empty, `NO_PROXY`), then `http.proxy`, then the proxy environment variables, then VS Code's own
 * resolver (system proxy, PAC file) unless `http.proxySupport` is `off`.
 *
 * Plain-http endpoints (loopback only) always go direct, as in VS Code. One difference from VS Code: an
 * https loopback endpoint is not always direct; a configured proxy applies to it too (list it in
 * `http.noProxy` to bypass), so local gateways behave like remote ones and can be tested. Through the
 * tunnel the proxy sees only the host: TLS runs end to end.
 */
import { CloudError } from './errors';
import { noProxyMatcher, splitNoProxy } from './noProxy';
import type { ProxySettings } from './proxy';

export type ProxySource = 'noProxy' | 'setting' | 'env' | 'system' | 'direct';

export interface ProxyChoice {
  /** The proxy to tunnel through; absent for a direct connection. */
  readonly proxy?: URL;
  readonly source: ProxySource;
}

type Env = Readonly<Record<string, string | undefined>>;

function envValue(env: Env, name: string): string | undefined {
  // curl's convention, which VS Code follows: the lower-case name wins.
  return env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim() || undefined;
}

/** A proxy URL from a setting or the environment; refused without echoing it, since it may hold a password. */
export function checkProxyUrl(value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // reported below
  }
  throw new CloudError('badInput', 'The proxy setting is not an http:// or https:// URL.');
}

/** `scheme://host:port` without credentials, for messages and logs. */
export function proxyDisplay(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** The configured proxy (`http.proxy`, else the environment's), checked once when the client is built. */
export function configuredProxy(settings: ProxySettings): ProxyChoice | undefined {
  const fromSetting = settings.proxy?.trim();
  if (fromSetting) return { proxy: checkProxyUrl(fromSetting), source: 'setting' };
  const env = settings.env ?? process.env;
  // VS Code uses one variable for every scheme; the cloud endpoints are https, so HTTP_PROXY counts for them too.
  const fromEnv = envValue(env, 'HTTPS_PROXY') ?? envValue(env, 'HTTP_PROXY');
  return fromEnv ? { proxy: checkProxyUrl(fromEnv), source: 'env' } : undefined;
}

function systemProxy(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url;
  const shown = url ? proxyDisplay(url) : 'an unrecognised proxy';
  throw new CloudError('network', `The system proxy ${shown} is not supported.`, { network: { kind: 'proxyUnsupported', proxy: shown } });
}

export function createProxyChooser(settings: ProxySettings): (target: URL) => Promise<ProxyChoice> {
  const env = settings.env ?? process.env;
  const configuredList = settings.noProxy?.filter((s) => s.trim() !== '') ?? [];
  const bypass = noProxyMatcher(configuredList.length > 0 ? configuredList : splitNoProxy(envValue(env, 'NO_PROXY')));
  const configured = configuredProxy(settings);
  const resolve = (settings.proxySupport ?? 'override') === 'off' ? undefined : settings.host?.resolveProxy;
  return async (target) => {
    // Plain http is accepted only for loopback endpoints; through a proxy the signed request (the access key
    // id, the signature, a security token) would travel in clear to a machine that is not this one.
    if (target.protocol === 'http:') return { source: 'direct' };
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    if (bypass(target.hostname, port)) return { source: 'noProxy' };
    if (configured) return configured;
    if (!resolve) return { source: 'direct' };
    let found: string | undefined;
    try {
      found = await resolve(`${target.origin}/`);
    } catch (e) {
      throw new CloudError('network', `VS Code could not determine the proxy for ${target.host}.`, { cause: e });
    }
    return found ? { proxy: systemProxy(found), source: 'system' } : { source: 'direct' };
  };
}
