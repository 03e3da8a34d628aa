/**
 * The network settings the client follows, as VS Code names them (`http.*`), plus what the host offers
 * beyond settings: VS Code's own proxy resolver (system proxy, PAC files) and the system's certificate
 * authorities. Nothing here imports `vscode`: the extension fills `host` in, tests fill it with fakes.
 */
import type { LookupFunction } from 'node:net';

/** VS Code's `http.proxySupport`. */
export type ProxySupport = 'off' | 'on' | 'fallback' | 'override';

export interface HostNetwork {
  /**
   * VS Code's resolver for a URL: a proxy URL (`http://`, `https://`, `socks://`…) or undefined for a direct
   * connection. It knows the system proxy and PAC files, which nothing else in an extension can read.
   */
  resolveProxy?(url: string): Promise<string | undefined>;
  /** The operating system's trusted certificate authorities, PEM. */
  systemCertificates?(): Promise<readonly string[]>;
}

export interface ProxySettings {
  /** VS Code `http.proxy`; used for http and https alike, ahead of the environment. */
  readonly proxy?: string;
  /**
   * VS Code `http.noProxy`: host names (their subdomains too), optionally with `:port`, or `*`. When it has
   * entries, `NO_PROXY` is not read, as in VS Code.
   */
  readonly noProxy?: readonly string[];
  /**
   * VS Code `http.proxyStrictSSL` (default true). False accepts an unverifiable certificate from the
   * proxy itself; the cloud's certificate is still verified, since the signed request goes there.
   */
  readonly proxyStrictSSL?: boolean;
  /** VS Code `http.proxyAuthorization`: the `Proxy-Authorization` value sent with every CONNECT. */
  readonly proxyAuthorization?: string;
  /** VS Code `http.proxySupport`; `off` leaves out the host's resolver (system proxy, PAC). Default `override`. */
  readonly proxySupport?: ProxySupport;
  /** VS Code `http.systemCertificates`: trust the system's authorities as well as Node's. Absent: not trusted (the extension passes VS Code's value, which defaults to true). */
  readonly systemCertificates?: boolean;
  /** `huaweicloudTasks.caCertificates`: PEM (or DER) files of further authorities to trust. */
  readonly caCertificates?: readonly string[];
  /** What VS Code offers beyond settings; absent outside VS Code. */
  readonly host?: HostNetwork;
  /** Where `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` and `NODE_EXTRA_CA_CERTS` are read; `process.env` when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Name resolution, Node's when absent; replaceable so tests can make a name fail to resolve without a network. */
  readonly lookup?: LookupFunction;
}

export interface ConnectionTimeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  /** Longest silence between body chunks; the total body time is bounded by the transport. */
  readonly bodyMs: number;
}
