/**
 * AK/SK request signing: SDK-HMAC-SHA256 (public clouds, OTC) and the V11-HMAC-SHA256 derived-key
 * variant (private and dedicated endpoints). Follows the official SDK signer step by step, minus the
 * quirks it documents (double-encoded path segments, locale-ordered canonical headers).
 */
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { canonicalQueryString, canonicalUriFromSegments, compareCodeUnits, QueryParams } from './encoding';
import { SigningError } from './signingError';

export const SDK_ALGORITHM = 'SDK-HMAC-SHA256';
export const V11_ALGORITHM = 'V11-HMAC-SHA256';
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface Credentials {
  readonly accessKey: string;
  readonly secretKey: string;
  /** STS token of temporary credentials; sent and signed as `X-Security-Token`. */
  readonly securityToken?: string;
}

export interface SignableRequest {
  readonly method: string;
  /** `host[:port]` exactly as sent in the Host header. */
  readonly host: string;
  /** Raw, decoded path segments; a trailing empty segment keeps a trailing slash. */
  readonly pathSegments: readonly string[];
  readonly query?: QueryParams;
  /** Headers to sign besides host and X-Sdk-Date (content-type, X-Project-Id, …). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The exact body bytes that will be sent. */
  readonly body?: Uint8Array | string;
}

export interface DerivedKeyScope {
  /** Region id and service name that scope the derived key, e.g. `cn-north-4` and `dms`. */
  readonly region: string;
  readonly service: string;
}

export interface SignOptions {
  /** Signing time; a Date, or an `X-Sdk-Date` string (`20261122T064500Z`). */
  readonly date: Date | string;
  /** When set, signs with V11-HMAC-SHA256 and a key derived for this scope. */
  readonly derived?: DerivedKeyScope;
}

export interface SignedRequest {
  /** Every header to send: the caller's, plus host, X-Sdk-Date, X-Security-Token and Authorization. */
  readonly headers: Record<string, string>;
  readonly canonicalUri: string;
  readonly canonicalQueryString: string;
  readonly canonicalHeaders: string;
  readonly signedHeaders: string;
  readonly payloadHash: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
  readonly authorization: string;
}

const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** `X-Sdk-Date` form of a time: `YYYYMMDD'T'HHmmss'Z'` in UTC. */
export function formatSdkDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new SigningError('invalidDate', 'signing time is not a valid date');
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Parses an `X-Sdk-Date` value; undefined when it is not of that exact form. */
export function parseSdkDate(value: string): Date | undefined {
  const m = SDK_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  // setUTCFullYear, not Date.UTC: the latter maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(+y!, +mo! - 1, +d!);
  date.setUTCHours(+h!, +mi!, +s!);
  return formatSdkDate(date) === value ? date : undefined;
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmacHex(key: string | Buffer, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}

// Derived keys depend on (AK, SK, day, region, service) only: computing one per day and scope, not per
// request, keeps bulk work cheap. Bounded so a long-running host cannot grow it without limit.
const derivedKeys = new Map<string, string>();
const DERIVED_KEY_CACHE_SIZE = 64;

export function deriveV11Key(credentials: Credentials, info: string): string {
  // JSON keeps the three parts apart even when they contain the separator.
  const cacheKey = JSON.stringify([credentials.accessKey, credentials.secretKey, info]);
  // Node's HKDF refuses a longer info with a RangeError; only a SigningError may leave the signer.
  if (Buffer.byteLength(info) > 1024) throw new SigningError('invalidInput', 'derived signing scope is too long');
  let key = derivedKeys.get(cacheKey);
  if (key === undefined) {
    key = Buffer.from(hkdfSync('sha256', credentials.secretKey, credentials.accessKey, info, 32)).toString('hex');
    if (derivedKeys.size >= DERIVED_KEY_CACHE_SIZE) derivedKeys.delete(derivedKeys.keys().next().value!);
    derivedKeys.set(cacheKey, key);
  }
  return key;
}

function checkHeaderValue(name: string, value: string): void {
  if (!HEADER_NAME.test(name)) throw new SigningError('invalidHeader', `header name "${name}" is not a valid token`);
  // The gateway trims values while the Node SDK does not: a value with outer spaces would verify on one
  // side only, so refuse it instead of signing something ambiguous.
  if (value !== value.trim() || /[\r\n\0]/.test(value)) {
    throw new SigningError('invalidHeader', `header "${name}" has surrounding whitespace or control characters`);
  }
}

export function sign(request: SignableRequest, credentials: Credentials, options: SignOptions): SignedRequest {
  if (!credentials.accessKey || !credentials.secretKey) {
    throw new SigningError('invalidInput', 'an access key and a secret key are required');
  }
  const sdkDate = typeof options.date === 'string' ? options.date : formatSdkDate(options.date);
  if (!parseSdkDate(sdkDate)) throw new SigningError('invalidDate', 'X-Sdk-Date must look like 20261122T064500Z');
  if (!/^[A-Za-z]+$/.test(request.method)) throw new SigningError('invalidInput', 'invalid HTTP method');

  // No prototype while building, so a header named `__proto__` is kept (and signed) like any other.
  const headers = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'x-sdk-date' || lower === 'authorization') continue;
    headers[name] = value;
  }
  if (credentials.securityToken && !Object.keys(headers).some((n) => n.toLowerCase() === 'x-security-token')) {
    headers['X-Security-Token'] = credentials.securityToken;
  }
  if (!Object.keys(headers).some((n) => n.toLowerCase() === 'host')) headers.host = request.host;
  headers['X-Sdk-Date'] = sdkDate;

  const lowered = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    checkHeaderValue(name, value);
    const lower = name.toLowerCase();
    if (lowered.has(lower)) throw new SigningError('invalidHeader', `header "${lower}" given twice`);
    // Multipart bodies are streamed by the SDK; their content-type is left out of the signature.
    if (lower === 'content-type' && value.includes('multipart/form-data')) continue;
    lowered.set(lower, value);
  }
  const names = [...lowered.keys()].sort(compareCodeUnits);
  const canonicalHeaders = names.map((n) => `${n}:${lowered.get(n)}\n`).join('');
  const signedHeaders = names.join(';');

  const canonicalUri = canonicalUriFromSegments(request.pathSegments);
  const query = canonicalQueryString(request.query);
  const payloadHash = lowered.get('x-sdk-content-sha256') ?? (request.body === undefined ? EMPTY_SHA256 : sha256Hex(request.body));
  const canonicalRequest = [request.method.toUpperCase(), canonicalUri, query, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const requestHash = sha256Hex(canonicalRequest);

  let stringToSign: string;
  let signature: string;
  let authorization: string;
  if (options.derived) {
    const { region, service } = options.derived;
    if (!region || !service) throw new SigningError('invalidInput', 'derived signing needs a region and a service');
    const info = `${sdkDate.slice(0, 8)}/${region}/${service}`;
    stringToSign = `${V11_ALGORITHM}\n${sdkDate}\n${info}\n${requestHash}`;
    signature = hmacHex(deriveV11Key(credentials, info), stringToSign);
    authorization = `${V11_ALGORITHM} Credential=${credentials.accessKey}/${info}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  } else {
    stringToSign = `${SDK_ALGORITHM}\n${sdkDate}\n${requestHash}`;
    signature = hmacHex(credentials.secretKey, stringToSign);
    authorization = `${SDK_ALGORITHM} Access=${credentials.accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  }
  // The access key and a derived scope end up in this header; refuse what could not be sent.
  checkHeaderValue('Authorization', authorization);
  headers.Authorization = authorization;
  return {
    headers: { ...headers },
    canonicalUri,
    canonicalQueryString: query,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
    canonicalRequest,
    stringToSign,
    signature,
    authorization,
  };
}

/**
 * The default rule of the official SDK for when to derive keys: only hosts that are not public Huawei
 * Cloud hosts. OTC and Huawei Cloud Europe hosts never match the public pattern either, so callers
 * decide per cloud; this is offered for custom endpoints.
 */
export function isPublicHuaweiCloudHost(host: string): boolean {
  return /^[a-z][a-z0-9-]+(\.[a-z]{2,}-[a-z]+-\d{1,2})?\.(my)?(huaweicloud|myhwclouds).(com|cn)$/.test(host);
}
