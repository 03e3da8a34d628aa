/**
 * The error-row reasons of network problems: each names what failed and the setting or action that
 * fixes it, short enough for a tree row (the full sentence is in the tooltip and the log).
 */
import type { NetworkProblem } from '../net/networkProblem';
import type { Localizer } from '../util/localizer';

export function networkReason(p: NetworkProblem, l10n: Localizer): string {
  switch (p.kind) {
    case 'untrustedCertificate':
      return l10n.t(
        'Untrusted certificate of {0}, issued by "{1}": add that authority to huaweicloudTasks.caCertificates',
        p.host,
        p.certificate?.issuer ?? l10n.t('an unknown authority'),
      );
    case 'certificateDate':
      return l10n.t('The certificate of {0} has expired or is not valid yet', p.host);
    case 'certificateName':
      return l10n.t('The certificate of {0} is for another host name', p.host);
    case 'tls':
      return l10n.t('The TLS connection to {0} failed ({1})', p.host, p.code);
    case 'proxyAuth':
      return p.sentCredentials
        ? l10n.t('The proxy {0} rejected the credentials (407): check http.proxyAuthorization', p.proxy)
        : l10n.t('The proxy {0} requires authentication (407): set http.proxyAuthorization', p.proxy);
    case 'proxyRefused':
      return l10n.t('The proxy {0} refused the connection (HTTP {1})', p.proxy, String(p.status));
    case 'proxyUnreachable':
      return l10n.t('Cannot connect to the proxy {0}: check http.proxy', p.proxy);
    case 'proxyUnsupported':
      return l10n.t('The system proxy {0} is not supported: set http.proxy', p.proxy);
    case 'dns':
      return l10n.t('Cannot resolve {0}: check the endpoint and DNS', p.host);
    case 'offline':
      return l10n.t('No network: this computer seems to be offline');
    case 'caFile':
      return l10n.t('Cannot use the CA file {0} of huaweicloudTasks.caCertificates: {1}', p.path, p.reason);
  }
}
