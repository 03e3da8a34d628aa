/**
 * What exactly went wrong on the way to the service, for the failures whose remedy is on this computer or
 * its network (a certificate authority to trust, a proxy to configure, a name that does not resolve). The
 * error kind stays `network`, so retries and callers are unchanged; this says what to tell the person.
 */

/** The certificate the server (or a proxy posing as it) presented, reduced to what a message needs. */
export interface PresentedCertificate {
  /** Common name (or organisation) of the certificate's subject. */
  readonly subject?: string;
  /** Common name (or organisation) of the authority that signed the last certificate presented. */
  readonly issuer?: string;
  /** `notAfter`, as OpenSSL prints it. */
  readonly validTo?: string;
  /** The DNS names and IP addresses the certificate is valid for. */
  readonly names?: readonly string[];
}

export type NetworkProblem =
  /** The chain ends at an authority this computer does not trust: a private CA or a TLS-inspecting proxy. */
  | { readonly kind: 'untrustedCertificate'; readonly host: string; readonly code: string; readonly certificate?: PresentedCertificate; readonly proxy?: string }
  /** Expired or not yet valid. */
  | { readonly kind: 'certificateDate'; readonly host: string; readonly code: string; readonly certificate?: PresentedCertificate; readonly proxy?: string }
  /** Valid, but for other names than the host asked for. */
  | { readonly kind: 'certificateName'; readonly host: string; readonly code: string; readonly certificate?: PresentedCertificate; readonly proxy?: string }
  /** Any other TLS failure (protocol, cipher, a connection closed during the handshake). */
  | { readonly kind: 'tls'; readonly host: string; readonly code: string; readonly proxy?: string }
  /** The proxy answered CONNECT with 407. `schemes` are the ones it offered (Basic, Negotiate, …). */
  | { readonly kind: 'proxyAuth'; readonly proxy: string; readonly schemes: readonly string[]; readonly sentCredentials: boolean }
  /** The proxy answered CONNECT with another status than 200 (403: not allowed, 502: it cannot reach the host). */
  | { readonly kind: 'proxyRefused'; readonly proxy: string; readonly status: number; readonly host: string }
  /** The proxy itself cannot be reached (refused, unknown host, timed out). */
  | { readonly kind: 'proxyUnreachable'; readonly proxy: string; readonly code: string }
  /** The proxy VS Code chose (system settings or a PAC file) is of a kind this extension cannot use. */
  | { readonly kind: 'proxyUnsupported'; readonly proxy: string }
  /** The endpoint's host name does not resolve. */
  | { readonly kind: 'dns'; readonly host: string; readonly code: string }
  /** No route to any network, or no DNS server answers: this computer looks offline. */
  | { readonly kind: 'offline'; readonly host: string; readonly code: string }
  /** A file in `huaweicloudTasks.caCertificates` cannot be read or holds no certificate. */
  | { readonly kind: 'caFile'; readonly path: string; readonly reason: string };

export type CertificateProblem = Extract<NetworkProblem, { kind: 'untrustedCertificate' | 'certificateDate' | 'certificateName' }>;

export function isCertificateProblem(p: NetworkProblem | undefined): p is CertificateProblem {
  return p?.kind === 'untrustedCertificate' || p?.kind === 'certificateDate' || p?.kind === 'certificateName';
}

/** Problems that another attempt a moment later cannot fix: a setting or a file has to change first. */
export function needsAChange(p: NetworkProblem | undefined): boolean {
  return p !== undefined && p.kind !== 'proxyUnreachable' && p.kind !== 'offline' && p.kind !== 'tls';
}

/** The issuer as a message names it: its common name, or a placeholder when the certificate was not seen. */
function issuerText(c: PresentedCertificate | undefined): string {
  return c?.issuer ? `"${c.issuer}"` : 'an unknown authority';
}

/**
 * One English sentence for the log and the tooltip, naming the host, the issuer and the setting that fixes
 * it. Never contains credentials: proxies are given as `scheme://host:port`.
 */
export function describeProblem(p: NetworkProblem): string {
  const via = 'proxy' in p && p.proxy && p.kind !== 'proxyAuth' && p.kind !== 'proxyRefused' && p.kind !== 'proxyUnreachable' && p.kind !== 'proxyUnsupported' ? ` (through the proxy ${p.proxy})` : '';
  switch (p.kind) {
    case 'untrustedCertificate':
      return (
        `The certificate of ${p.host}${via} was issued by ${issuerText(p.certificate)}, which this computer does not trust (${p.code}). ` +
        `Add that authority's certificate (PEM) to the setting huaweicloudTasks.caCertificates, or to the system store with http.systemCertificates on` +
        (p.proxy ? '; a proxy that inspects TLS signs with its own authority.' : '.')
      );
    case 'certificateDate':
      return `The certificate of ${p.host}${via} is not valid now (${p.code}${p.certificate?.validTo ? `, valid until ${p.certificate.validTo}` : ''}). Check this computer's clock, or ask the endpoint's owner to renew it.`;
    case 'certificateName':
      return `The certificate of ${p.host}${via} is for ${p.certificate?.names?.length ? p.certificate.names.join(', ') : 'other names'}, not ${p.host} (${p.code}). Use the host name the certificate names in the endpoint template.`;
    case 'tls':
      return `The TLS connection to ${p.host}${via} failed (${p.code}).`;
    case 'proxyAuth':
      return p.sentCredentials
        ? `The proxy ${p.proxy} refused the credentials sent (407, it asks for ${p.schemes.join(', ') || 'authentication'}). Check http.proxyAuthorization or the user name and password in the proxy URL.`
        : `The proxy ${p.proxy} requires authentication (407, it asks for ${p.schemes.join(', ') || 'authentication'}). Set http.proxyAuthorization (for example "Basic " and base64 of user:password) or put the credentials in the proxy URL.`;
    case 'proxyRefused':
      return `The proxy ${p.proxy} refused the connection to ${p.host} (HTTP ${p.status}). Ask its administrator to allow it, or list the host in http.noProxy if it is reachable directly.`;
    case 'proxyUnreachable':
      return `Cannot connect to the proxy ${p.proxy} (${p.code}). Check http.proxy, the proxy environment variables or the system proxy settings.`;
    case 'proxyUnsupported':
      return `The proxy ${p.proxy} chosen by the system proxy settings or PAC file is not supported (only http:// and https:// proxies are). Set http.proxy to an HTTP proxy.`;
    case 'dns':
      return `Cannot resolve ${p.host} (${p.code}). Check the endpoint template, or the DNS settings of this computer or VPN.`;
    case 'offline':
      return `This computer seems to be offline: ${p.host} cannot be reached (${p.code}). Refresh when the network is back.`;
    case 'caFile':
      return `The certificate authority file ${p.path} in huaweicloudTasks.caCertificates cannot be used: ${p.reason}.`;
  }
}
