/**
 * Signature verification as the API gateway does it: rebuild the canonical request from what arrived
 * (wire path with its prefix, query, the listed headers as received, the body's hash) and compare
 * signatures in constant time. Built on the extension's own signer, so both sides share one algorithm.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { parseWireQuery, percentDecode } from '../src/net/encoding';
import { DerivedKeyScope, parseSdkDate, sign } from '../src/net/signer';

export interface WireRequest {
  readonly method: string;
  /** Path and query exactly as on the request line. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export type Verdict =
  | { readonly ok: true; readonly accessKey: string }
  /** `reason` goes into error_msg; it never contains key material. */
  | { readonly ok: false; readonly reason: string; readonly accessKey: string | null };

/** The gateway's allowed clock difference. */
export const MAX_SKEW_MS = 15 * 60_000;

interface ParsedAuthorization {
  readonly accessKey: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  readonly derived?: DerivedKeyScope & { readonly day: string };
}

const SDK_AUTH = /^SDK-HMAC-SHA256 Access=([^,\s]+), ?SignedHeaders=([^,\s]+), ?Signature=([0-9a-f]{64})$/;
const V11_AUTH = /^V11-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+), ?SignedHeaders=([^,\s]+), ?Signature=([0-9a-f]{64})$/;

export function parseAuthorization(value: string): ParsedAuthorization | undefined {
  const sdk = SDK_AUTH.exec(value);
  if (sdk) return { accessKey: sdk[1]!, signedHeaders: sdk[2]!.split(';'), signature: sdk[3]! };
  const v11 = V11_AUTH.exec(value);
  if (v11) {
    return { accessKey: v11[1]!, signedHeaders: v11[5]!.split(';'), signature: v11[6]!, derived: { day: v11[2]!, region: v11[3]!, service: v11[4]! } };
  }
  return undefined;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

const fail = (reason: string, accessKey: string | null = null): Verdict => ({ ok: false, reason, accessKey });
const AKSK_FAIL = 'Incorrect IAM authentication information: verify aksk signature fail';

export function verifyRequest(req: WireRequest, keys: ReadonlyMap<string, string>, nowMs: number): Verdict {
  const auth = parseAuthorization(header(req.headers, 'authorization') ?? '');
  if (!auth) return fail(AKSK_FAIL);
  const sdkDate = header(req.headers, 'x-sdk-date');
  const date = sdkDate ? parseSdkDate(sdkDate) : undefined;
  if (!sdkDate || !date) return fail('Incorrect IAM authentication information: the X-Sdk-Date header is missing or malformed', auth.accessKey);
  if (Math.abs(date.getTime() - nowMs) > MAX_SKEW_MS) {
    return fail('Incorrect IAM authentication information: request time (X-Sdk-Date) differs from the server time by more than 15 minutes', auth.accessKey);
  }
  const secretKey = keys.get(auth.accessKey);
  if (secretKey === undefined) return fail(AKSK_FAIL);
  if (auth.derived && auth.derived.day !== sdkDate.slice(0, 8)) return fail(AKSK_FAIL, auth.accessKey);
  const names = auth.signedHeaders;
  // host and x-sdk-date are always part of the signature, as the SDKs sign them.
  if (!names.includes('host') || !names.includes('x-sdk-date')) return fail(AKSK_FAIL, auth.accessKey);
  const signed: Record<string, string> = {};
  for (const name of names) {
    if (name !== name.toLowerCase()) return fail(AKSK_FAIL, auth.accessKey);
    const value = header(req.headers, name);
    if (value === undefined) return fail(AKSK_FAIL, auth.accessKey);
    if (name !== 'x-sdk-date' && name !== 'authorization') signed[name] = value;
  }
  const queryAt = req.url.indexOf('?');
  const wirePath = queryAt < 0 ? req.url : req.url.slice(0, queryAt);
  let expected: string;
  try {
    expected = sign(
      {
        method: req.method,
        host: signed.host!,
        pathSegments: wirePath.split('/').slice(1).map(percentDecode),
        query: queryAt < 0 ? undefined : parseWireQuery(req.url.slice(queryAt + 1)),
        headers: signed,
        body: req.body.length > 0 ? req.body : undefined,
      },
      { accessKey: auth.accessKey, secretKey },
      { date: sdkDate, ...(auth.derived ? { derived: { region: auth.derived.region, service: auth.derived.service } } : {}) },
    ).signature;
  } catch {
    // Malformed percent-encoding or header values cannot have been signed faithfully.
    return fail(AKSK_FAIL, auth.accessKey);
  }
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(auth.signature, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b) ? { ok: true, accessKey: auth.accessKey } : fail(AKSK_FAIL, auth.accessKey);
}
