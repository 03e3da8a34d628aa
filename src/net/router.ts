/**
 * Picks the connection pool of each request: direct, or through the proxy chosen for its origin, trusting
 * the authorities of the settings. Pools are kept per proxy, so a PAC file that sends hosts to different
 * proxies gets one for each; the choice is made per request, so a proxy that appears or goes away (a VPN,
 * a changed system setting) is followed without a reload.
 */
import { createSecureContext, type SecureContext } from 'node:tls';
import type { Dispatcher } from 'undici';
import type buildConnectorType from 'undici/types/connector';
import { notingPresentedCertificates } from './presentedCertificate';
import type { ConnectionTimeouts, ProxySettings } from './proxy';
import { createProxyChooser, proxyDisplay, type ProxySource } from './proxyChoice';
import { trustedAuthorities } from './trustStore';
import { tunnelConnector } from './tunnel';
import { agentClass, buildConnector, poolClass } from './undiciParts';

export interface Route {
  readonly dispatcher: Dispatcher;
  /** The proxy, `scheme://host:port`, when the request goes through one. */
  readonly via?: string;
  readonly source: ProxySource;
}

export interface Router {
  route(origin: string): Promise<Route>;
  close(): Promise<void>;
}

function basicFromUrl(url: URL): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  return `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
}

/** Throws a `badInput` CloudError at once for a malformed `http.proxy` or proxy variable. */
export function createRouter(settings: ProxySettings, timeouts: ConnectionTimeouts): Router {
  const choose = createProxyChooser(settings);
  const closables: Dispatcher[] = [];
  const agents = new Map<string, Dispatcher>();
  let context: Promise<SecureContext | undefined> | undefined;

  // Read once per client (a full refresh builds new clients): files and the system store are not re-read per request.
  const secureContext = (): Promise<SecureContext | undefined> => {
    if (!context) {
      const loading = trustedAuthorities(settings).then((ca) => (ca ? createSecureContext({ ca }) : undefined));
      // A CA file that could not be read is tried again on the next request, so fixing it needs no reload.
      loading.catch(() => {
        if (context === loading) context = undefined;
      });
      context = loading;
    }
    return context;
  };

  const connector = (tls: SecureContext | undefined, extra: Partial<buildConnectorType.BuildOptions> = {}): buildConnectorType.connector =>
    notingPresentedCertificates(
      buildConnector({ timeout: timeouts.connectMs, ...(settings.lookup ? { lookup: settings.lookup } : {}), ...(tls ? { secureContext: tls } : {}), ...extra }),
    );

  const agent = (connect: buildConnectorType.connector): Dispatcher => {
    const Agent = agentClass();
    const created = new Agent({ connect, headersTimeout: timeouts.headersMs, bodyTimeout: timeouts.bodyMs });
    closables.push(created);
    return created;
  };

  const viaProxy = (proxyUrl: URL, tls: SecureContext | undefined): Dispatcher => {
    const Pool = poolClass();
    // http.proxyStrictSSL concerns the proxy's own certificate only; the endpoint's is always verified.
    const toProxy = connector(tls, { rejectUnauthorized: settings.proxyStrictSSL ?? true });
    const proxyPool = new Pool(proxyUrl.origin, { connect: toProxy, headersTimeout: timeouts.connectMs });
    closables.push(proxyPool);
    const authorization = settings.proxyAuthorization?.trim() || basicFromUrl(proxyUrl);
    return agent(tunnelConnector({ proxyUrl, proxy: proxyDisplay(proxyUrl), proxyPool, endpoint: connector(tls), ...(authorization ? { authorization } : {}) }));
  };

  return {
    async route(origin) {
      const target = new URL(origin);
      const choice = await choose(target);
      const needsTls = target.protocol === 'https:' || choice.proxy?.protocol === 'https:';
      // Plain-http origins (the emulator) never pay for loading the certificate stores.
      const tls = needsTls ? await secureContext() : undefined;
      const key = `${choice.proxy?.href ?? 'direct'} ${needsTls ? 'tls' : 'plain'}`;
      let dispatcher = agents.get(key);
      if (!dispatcher) {
        dispatcher = choice.proxy ? viaProxy(choice.proxy, tls) : agent(connector(tls));
        agents.set(key, dispatcher);
      }
      return { dispatcher, source: choice.source, ...(choice.proxy ? { via: proxyDisplay(choice.proxy) } : {}) };
    },
    async close() {
      await Promise.all(closables.map((d) => d.close()));
    },
  };
}
