/**
 * HTTPS test servers whose certificate a throw-away private authority signs, and client settings that trust
 * that authority. Proxy tests need them: a plain-http endpoint never goes through a proxy.
 *
 * Call `useTrustedHttps` inside a `describe`: the authority is made before the suite's tests and removed after.
 */
import type { ProxySettings } from '../../src/net/proxy';
import { startProxy, type TestProxy } from './httpProxy';
import { startServer, type Handler, type TestServer } from './httpServer';
import { createPrivateCa, type PrivateCa } from './privateCa';

export interface TrustedHttps {
  readonly ca: PrivateCa;
  /** An HTTPS server on 127.0.0.1 (a free port unless given) with a certificate the authority signs. */
  start(handler?: Handler, port?: number): Promise<TestServer>;
  /** `settings` with the authority's file added to `caCertificates`. */
  trusting(settings?: ProxySettings): ProxySettings;
}

export function useTrustedHttps(name = 'Proxy Tests Private Root CA'): TrustedHttps {
  let ca: PrivateCa | undefined;
  before(async () => {
    ca = await createPrivateCa(name);
  });
  after(() => {
    ca?.remove();
    ca = undefined;
  });
  const current = (): PrivateCa => {
    if (!ca) throw new Error('useTrustedHttps: the authority exists only while its suite runs');
    return ca;
  };
  return {
    get ca() {
      return current();
    },
    start: (handler, port = 0) => startServer(handler, port, current().server),
    trusting: (settings = {}) => ({ ...settings, caCertificates: [...(settings.caCertificates ?? []), current().caPath] }),
  };
}

/**
 * For a proxy suite: before each test a trusted HTTPS server and a local proxy, closed after it. Read
 * `fx.server`, `fx.proxy` and `fx.https` inside tests only.
 */
export function useHttpsBehindProxy(): { readonly https: TrustedHttps; readonly server: TestServer; readonly proxy: TestProxy } {
  const https = useTrustedHttps();
  const fx = { https } as { https: TrustedHttps; server: TestServer; proxy: TestProxy };
  beforeEach(async () => {
    fx.server = await https.start();
    fx.proxy = await startProxy();
  });
  afterEach(async () => {
    await fx.server.close();
    await fx.proxy.close();
  });
  return fx;
}
