/**
 * Where each service lives: the official SDKs' host for that service and region, else the cloud's host
 * template, or a custom one; per-service overrides beat both. Templates are checked before use because a
 * resolved URL decides where the signed request (and so the access key id) goes.
 */
import type { ServiceLabel } from './api';
import { percentDecode } from './encoding';
import { CloudError } from './errors';
import { sdkEndpoint } from './sdkHosts';

/** The clouds a profile can be on; `custom` is any endpoint template. */
export type CloudId = 'huaweicloud' | 'huaweicloud-eu' | 'otc' | 'custom';

export const CLOUD_TEMPLATES: Readonly<Record<Exclude<CloudId, 'custom'>, string>> = {
  huaweicloud: 'https://{service}.{region}.myhuaweicloud.com',
  'huaweicloud-eu': 'https://{service}.{region}.myhuaweicloud.eu',
  otc: 'https://{service}.{region}.otc.t-systems.com',
};

export interface EndpointConfig {
  readonly cloud: CloudId;
  /** The template for `custom`, e.g. `http://127.0.0.1:8443/{service}/{region}`. */
  readonly template?: string;
  /** A template or a fixed URL per service, for hosts that deviate from the cloud's pattern. */
  readonly overrides?: Readonly<Partial<Record<ServiceLabel, string>>>;
  /** Sign with V11-HMAC-SHA256 and a key derived for region + service (private clouds only). */
  readonly derivedSigning?: boolean;
}

export interface ResolvedEndpoint {
  /** `scheme://host[:port]`, the key of the connection pool. */
  readonly origin: string;
  /** `host[:port]` exactly as sent in the Host header and signed. */
  readonly host: string;
  /** Raw segments of the endpoint's own path (the emulator's `dms`, `cn-north-4`); signed like the rest. */
  readonly basePath: readonly string[];
}

export type EndpointProblemCode = 'empty' | 'notUrl' | 'scheme' | 'insecureHttp' | 'userinfo' | 'queryOrFragment' | 'placeholder';

export interface EndpointProblem {
  readonly code: EndpointProblemCode;
  readonly message: string;
}

// A region id becomes a DNS label of the host (`dcs.{region}.…`), so it is at most 63 characters.
const REGION = /^[a-z0-9][a-z0-9-]{0,62}$/;
const PLACEHOLDER = /\{([^{}]*)\}/g;
// Stand-ins used only to check a template's shape; real values are validated on their own.
const SAMPLE = { service: 'dms', region: 'cn-north-4' };

export function isValidRegion(region: string): boolean {
  return REGION.test(region);
}

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  // WHATWG URL has already normalised IPv4 shorthand (127.1) and brackets IPv6.
  return h === 'localhost' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function fill(template: string, service: string, region: string): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => (name === 'service' ? service : region));
}

function pathSegments(url: URL): string[] {
  const segments = url.pathname.split('/').slice(1);
  // A trailing slash in the template is not a path segment of its own.
  if (segments[segments.length - 1] === '') segments.pop();
  return segments.map(percentDecode);
}

/** Checks a concrete URL (placeholders already filled). */
function checkUrl(text: string): EndpointProblem | URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { code: 'notUrl', message: 'Not a valid URL.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { code: 'scheme', message: 'Use an https:// URL.' };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { code: 'insecureHttp', message: 'Plain http:// is allowed only for 127.0.0.1, ::1 or localhost; use https://.' };
  }
  if (url.username !== '' || url.password !== '') {
    return { code: 'userinfo', message: 'The URL must not contain a user name or password.' };
  }
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    return { code: 'queryOrFragment', message: 'The URL must not contain a query (?) or fragment (#).' };
  }
  try {
    pathSegments(url);
  } catch {
    return { code: 'notUrl', message: 'The URL path has a malformed %-escape.' };
  }
  return url;
}

/**
 * Checks an endpoint template as the user typed it. Returns undefined when it is usable, else a problem
 * whose `code` the UI can translate.
 */
export function validateEndpointTemplate(template: string): EndpointProblem | undefined {
  const trimmed = template.trim();
  if (trimmed === '') return { code: 'empty', message: 'Enter a URL template.' };
  for (const m of trimmed.matchAll(PLACEHOLDER)) {
    if (m[1] !== 'service' && m[1] !== 'region') {
      return { code: 'placeholder', message: `Unknown placeholder {${m[1]}}; only {service} and {region} are replaced.` };
    }
  }
  const checked = checkUrl(fill(trimmed, SAMPLE.service, SAMPLE.region));
  return checked instanceof URL ? undefined : checked;
}

/**
 * The template one service's requests use: its override, else the cloud's (the SDKs' host for the region
 * where their tables have one, when a region is given); undefined for a custom cloud without one.
 */
export function effectiveTemplate(config: EndpointConfig, service: ServiceLabel, region?: string): string | undefined {
  const override = config.overrides?.[service]?.trim();
  if (override) return override;
  if (config.cloud === 'huaweicloud' || config.cloud === 'huaweicloud-eu') {
    return (region !== undefined ? sdkEndpoint(config.cloud, service, region) : undefined) ?? CLOUD_TEMPLATES[config.cloud];
  }
  if (config.cloud !== 'custom') return CLOUD_TEMPLATES[config.cloud];
  return config.template?.trim() || undefined;
}

function templateFor(config: EndpointConfig, service: ServiceLabel, region: string): string {
  const template = effectiveTemplate(config, service, region);
  if (!template) throw new CloudError('badInput', 'The custom cloud has no endpoint template.');
  return template;
}

/** Resolves the endpoint of one service in one region; a `badInput` CloudError when it cannot be used. */
export function resolveEndpoint(config: EndpointConfig, service: ServiceLabel, region: string): ResolvedEndpoint {
  if (!isValidRegion(region)) throw new CloudError('badInput', `"${region}" is not a valid region id.`);
  const template = templateFor(config, service, region);
  const problem = validateEndpointTemplate(template);
  if (problem) throw new CloudError('badInput', `Endpoint for ${service}: ${problem.message}`);
  const url = checkUrl(fill(template, service, region));
  if (!(url instanceof URL)) throw new CloudError('badInput', `Endpoint for ${service}: ${url.message}`);
  return { origin: url.origin, host: url.host, basePath: pathSegments(url) };
}
