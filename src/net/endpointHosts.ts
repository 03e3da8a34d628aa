/**
 * Which of a profile's endpoints lie outside the clouds this extension knows. Every request carries the
 * access key id (and security token) and is signed with the secret key, so a host other than the clouds'
 * own is used only once the person has allowed it; this says which hosts those are. Loopback is not
 * exempt: a local port can forward anywhere.
 */
import { SERVICE_LABELS, type ServiceLabel } from './api';
import { CLOUD_TEMPLATES, effectiveTemplate, validateEndpointTemplate, type EndpointConfig } from './endpoints';

export interface ForeignEndpoint {
  /** The template (or fixed URL) exactly as configured: what an approval is given for. */
  readonly template: string;
  /** Its `host[:port]` as written, placeholders included: what the person is asked about. */
  readonly host: string;
  readonly services: readonly ServiceLabel[];
}

// The clouds' own domains, taken from their templates: myhuaweicloud.com, myhuaweicloud.eu, otc.t-systems.com.
const CLOUD_DOMAINS = Object.values(CLOUD_TEMPLATES).map((t) => t.slice(t.indexOf('{region}.') + '{region}.'.length));
// Placeholders stand for service labels and region ids, which hold no dot: a filled host stays under the domain.
const LABEL = String.raw`(?:[a-z0-9-]|\{service\}|\{region\})+`;
const KNOWN_HOST = new RegExp(String.raw`^(?:${LABEL}\.)+(?:${CLOUD_DOMAINS.map(escapeRegExp).join('|')})$`);
const AUTHORITY = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i;

/** An https template on one of the clouds' domains, on the default port. */
export function isKnownCloudTemplate(template: string): boolean {
  const m = AUTHORITY.exec(template.trim());
  return m !== null && m[1]!.toLowerCase() === 'https' && KNOWN_HOST.test(m[2]!.toLowerCase());
}

/** The endpoints, one per distinct template, that are not a known cloud's; in a stable order. */
export function foreignEndpoints(config: EndpointConfig): ForeignEndpoint[] {
  const byTemplate = new Map<string, ServiceLabel[]>();
  for (const service of SERVICE_LABELS) {
    const template = effectiveTemplate(config, service);
    // A template that fails the checks is refused before any request is built: nothing to ask about.
    if (!template || validateEndpointTemplate(template) || isKnownCloudTemplate(template)) continue;
    byTemplate.set(template, [...(byTemplate.get(template) ?? []), service]);
  }
  return [...byTemplate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([template, services]) => ({ template, host: AUTHORITY.exec(template)?.[2] ?? template, services }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
