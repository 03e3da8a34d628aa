/**
 * AK/SK request signing: SDK-HMAC-SHA256 (public clouds, OTC) and the V11-HMAC-SHA256 derived-key
 * variant (private and dedicated endpoints). Follows the official SDK signer step by step, minus the
 * quirks it documents (double-encoded path segments, locale-ordered canonical headers).
 */
import * as crypto from 'node:crypto';
import { createHmac, hkdfSync, KeyObject } from 'node:crypto';
import { canonicalQueryString, canonicalUriFromSegments, QueryParams } from './encoding';
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

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

// Bulk work signs many requests within one second: the formatted form of the last second is reused.
let lastSecond = NaN;
let lastSdkDate = '';

/** `X-Sdk-Date` form of a time: `YYYYMMDD'T'HHmmss'Z'` in UTC. */
export function formatSdkDate(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new SigningError('invalidDate', 'signing time is not a valid date');
  const second = Math.floor(time / 1000);
  if (second === lastSecond) return lastSdkDate;
  const year = date.getUTCFullYear();
  // Outside 0000–9999 the ISO form has a sign and six digits, which parseSdkDate then refuses.
  if (year < 0 || year > 9999) return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const formatted =
    String(year).padStart(4, '0') +
    pad2(date.getUTCMonth() + 1) +
    pad2(date.getUTCDate()) +
    'T' +
    pad2(date.getUTCHours()) +
    pad2(date.getUTCMinutes()) +
    pad2(date.getUTCSeconds()) +
    'Z';
  lastSecond = second;
  lastSdkDate = formatted;
  return formatted;
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

// One-shot hashing (Node ≥ 20.12, VS Code ≥ 1.90) skips the Hash object; older hosts build one.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: 'hex') => string }).hash;

export function sha256Hex(data: Uint8Array | string): string {
  return oneShotHash ? oneShotHash('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

// An HMAC given a string key re-encodes it every call; a key object per secret is made once. Bounded,
// and keyed by the secret itself only inside this module, like the derived-key cache below.
const hmacKeys = new Map<string, KeyObject>();
const HMAC_KEY_CACHE_SIZE = 64;

function hmacKey(secret: string): KeyObject {
  let key = hmacKeys.get(secret);
  if (key === undefined) {
    key = crypto.createSecretKey(Buffer.from(secret, 'utf8'));
    if (hmacKeys.size >= HMAC_KEY_CACHE_SIZE) hmacKeys.delete(hmacKeys.keys().next().value!);
    hmacKeys.set(secret, key);
  }
  return key;
}

function hmacHex(key: string, message: string): string {
  return createHmac('sha256', hmacKey(key)).update(message, 'utf8').digest('hex');
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

// Header names repeat from request to request: each distinct one is checked and lower-cased once.
const lowerNames = new Map<string, string>();
const LOWER_NAME_CACHE_SIZE = 256;

function lowerHeaderName(name: string): string {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    if (!HEADER_NAME.test(name)) throw new SigningError('invalidHeader', `header name "${name}" is not a valid token`);
    lower = name.toLowerCase();
    if (lowerNames.size >= LOWER_NAME_CACHE_SIZE) lowerNames.clear();
    lowerNames.set(name, lower);
  }
  return lower;
}

// `\s` is exactly the set String.prototype.trim removes (WhiteSpace and LineTerminator).
const BAD_VALUE = /^\s|\s$|[\r\n\0]/;

/** Whether a value has outer whitespace or a CR, LF or NUL; visible ASCII at both ends skips the regex. */
function badValue(value: string): boolean {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return value.includes('\r') || value.includes('\n') || value.includes('\0');
  return BAD_VALUE.test(value);
}

function checkHeaderValue(name: string, value: string): void {
  // The gateway trims values while the Node SDK does not: a value with outer spaces would verify on one
  // side only, so refuse it instead of signing something ambiguous.
  if (badValue(value)) {
    throw new SigningError('invalidHeader', `header "${name}" has surrounding whitespace or control characters`);
  }
}

const METHOD = /^[A-Za-z]+$/;

/** `target[name] = value`, except that `__proto__` becomes an own header rather than the prototype. */
function setOwn(target: Record<string, string>, name: string, value: string): void {
  if (name === '__proto__') Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}

/** The X-Sdk-Date to sign with: a Date formatted, or a given string checked. */
function signingDate(date: Date | string): string {
  const sdkDate = typeof date === 'string' ? date : formatSdkDate(date);
  // A formatted Date has the right form whenever its year has four digits (16 characters in all).
  const valid = typeof date === 'string' ? parseSdkDate(sdkDate) !== undefined : sdkDate.length === 16;
  if (!valid) throw new SigningError('invalidDate', 'X-Sdk-Date must look like 20261122T064500Z');
  return sdkDate;
}

export function sign(request: SignableRequest, credentials: Credentials, options: SignOptions): SignedRequest {
  if (!credentials.accessKey || !credentials.secretKey) {
    throw new SigningError('invalidInput', 'an access key and a secret key are required');
  }
  const sdkDate = signingDate(options.date);
  if (!METHOD.test(request.method)) throw new SigningError('invalidInput', 'invalid HTTP method');

  // Names and values side by side, in the order they are sent: the caller's, then the ones added here.
  const names: string[] = [];
  const values: string[] = [];
  const add = (name: string, value: string): void => {
    names.push(name);
    values.push(value);
  };
  let hasToken = false;
  let hasHost = false;
  const given = request.headers;
  if (given !== undefined) {
    for (const name of Object.keys(given)) {
      const lower = name.toLowerCase();
      if (lower === 'x-sdk-date' || lower === 'authorization') continue;
      if (lower === 'x-security-token') hasToken = true;
      else if (lower === 'host') hasHost = true;
      add(name, given[name]!);
    }
  }
  if (credentials.securityToken && !hasToken) add('X-Security-Token', credentials.securityToken);
  if (!hasHost) add('host', request.host);
  add('X-Sdk-Date', sdkDate);

  const signedNames: string[] = [];
  const signedValues: string[] = [];
  let contentHash: string | undefined;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const value = values[i]!;
    const lower = lowerHeaderName(name);
    checkHeaderValue(name, value);
    if (signedNames.includes(lower)) throw new SigningError('invalidHeader', `header "${lower}" given twice`);
    // Multipart bodies are streamed by the SDK; their content-type is left out of the signature.
    if (lower === 'content-type' && value.includes('multipart/form-data')) continue;
    if (lower === 'x-sdk-content-sha256') contentHash = value;
    signedNames.push(lower);
    signedValues.push(value);
  }
  // Sorted by UTF-16 code units, as the gateway does; a handful of entries, so an index sort.
  const order = signedNames.map((_, i) => i).sort((a, b) => (signedNames[a]! < signedNames[b]! ? -1 : 1));
  let canonicalHeaders = '';
  let signedHeaders = '';
  for (const i of order) {
    canonicalHeaders += signedNames[i]! + ':' + signedValues[i]! + '\n';
    signedHeaders += (signedHeaders === '' ? '' : ';') + signedNames[i]!;
  }

  const canonicalUri = canonicalUriFromSegments(request.pathSegments);
  const query = canonicalQueryString(request.query);
  const payloadHash = contentHash ?? (request.body === undefined ? EMPTY_SHA256 : sha256Hex(request.body));
  const canonicalRequest = `${request.method.toUpperCase()}\n${canonicalUri}\n${query}\n${canonicalHeaders}\n${signedHeaders}\n${payloadHash}`;
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
  const headers: Record<string, string> = {};
  for (let i = 0; i < names.length; i++) setOwn(headers, names[i]!, values[i]!);
  headers.Authorization = authorization;
  return {
    headers,
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
