/**
 * Maps what undici and Node throw (connect, DNS, TLS, proxies, resets, timeouts) to `CloudError` kinds, and
 * says whether the request can have reached the server: only a request that surely did not may be
 * repeated when repeating it is not otherwise safe (a DELETE). Failures whose remedy is a setting or the
 * network (an authority to trust, proxy credentials, DNS, being offline) also carry a `NetworkProblem`.
 */
import { CloudError } from './errors';
import { describeProblem, type NetworkProblem } from './networkProblem';
import { presentedCertificate } from './presentedCertificate';
import { ProxyLegError, ProxyRefusal } from './tunnel';

export interface TransportFailure {
  readonly error: CloudError;
  /** True when the connection failed before any byte of the request was written. */
  readonly notSent: boolean;
}

/** Why our own abort fired, when it did: the caller cancelled, or the body took longer than allowed. */
export type AbortCause = 'cancelled' | 'bodyTimeout';

const DNS = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
// No DNS server answering (EAI_AGAIN) and no route to any network are what a machine without a network sees.
const OFFLINE = new Set(['EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN']);
const REFUSED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL)/;
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_CHAIN_TOO_LONG',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
]);
const DATES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/** Error codes along the cause chain, AggregateError members included (happy-eyeballs connects). */
function codesOf(err: unknown, depth = 0): string[] {
  if (typeof err !== 'object' || err === null || depth > 4) return [];
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof e.code === 'string' ? [e.code] : [];
  const members = Array.isArray(e.errors) ? e.errors.flatMap((m) => codesOf(m, depth + 1)) : [];
  return [...own, ...members, ...codesOf(e.cause, depth + 1)];
}

function findInChain<T>(err: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof type) return e;
  }
  return undefined;
}

/** A certificate problem when one of the codes is a verification failure; `host` is whose certificate it was. */
function certificateProblem(codes: readonly string[], err: unknown, host: string, proxy: string | undefined): NetworkProblem | undefined {
  const certificate = presentedCertificate(err);
  const via = proxy ? { proxy } : {};
  const withCert = certificate ? { certificate } : {};
  for (const code of codes) {
    if (UNTRUSTED.has(code)) return { kind: 'untrustedCertificate', host, code, ...withCert, ...via };
    if (DATES.has(code)) return { kind: 'certificateDate', host, code, ...withCert, ...via };
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return { kind: 'certificateName', host, code, ...withCert, ...via };
  }
  const tls = codes.find((c) => TLS_CODE.test(c));
  return tls ? { kind: 'tls', host, code: tls, ...via } : undefined;
}

function problemFailure(problem: NetworkProblem, details: { operation?: string; cause: unknown }): TransportFailure {
  return { error: new CloudError('network', describeProblem(problem), { ...details, network: problem }), notSent: true };
}

function classifyProxyLeg(leg: ProxyLegError, codes: readonly string[], err: unknown, host: string, details: { operation?: string; cause: unknown }): TransportFailure {
  const refusal = findInChain(err, ProxyRefusal);
  if (refusal?.status === 407) {
    return problemFailure({ kind: 'proxyAuth', proxy: leg.proxy, schemes: refusal.schemes, sentCredentials: leg.sentCredentials }, details);
  }
  if (refusal) return problemFailure({ kind: 'proxyRefused', proxy: leg.proxy, status: refusal.status, host }, details);
  const certificate = certificateProblem(codes, err, leg.proxy, undefined);
  if (certificate) return problemFailure(certificate, details);
  return problemFailure({ kind: 'proxyUnreachable', proxy: leg.proxy, code: codes[0] ?? 'unknown' }, details);
}

/**
 * @param host the endpoint's `host[:port]`
 * @param via the proxy the request went through, if any: a certificate refused behind it may be the proxy's own
 */
export function classifyTransportError(err: unknown, host: string, abortCause?: AbortCause, operation?: string, via?: string): TransportFailure {
  const details = { operation, cause: err };
  if (abortCause === 'cancelled') return { error: new CloudError('cancelled', 'The request was cancelled.', details), notSent: false };
  if (abortCause === 'bodyTimeout') {
    return { error: new CloudError('timeout', `Timed out reading the response from ${host}.`, details), notSent: false };
  }
  const codes = codesOf(err);
  const has = (c: string): boolean => codes.includes(c);
  const leg = findInChain(err, ProxyLegError);
  if (leg) return classifyProxyLeg(leg, codes, err, host, details);
  if (has('UND_ERR_CONNECT_TIMEOUT')) {
    return { error: new CloudError('timeout', `Timed out connecting to ${host}.`, details), notSent: true };
  }
  if (has('UND_ERR_HEADERS_TIMEOUT')) {
    return { error: new CloudError('timeout', `${host} did not answer in time.`, details), notSent: false };
  }
  if (has('UND_ERR_BODY_TIMEOUT')) {
    return { error: new CloudError('timeout', `Timed out reading the response from ${host}.`, details), notSent: false };
  }
  const dns = codes.find((c) => DNS.has(c));
  if (dns) return problemFailure({ kind: 'dns', host, code: dns }, details);
  const offline = codes.find((c) => OFFLINE.has(c));
  if (offline) return problemFailure({ kind: 'offline', host, code: offline }, details);
  const refused = codes.find((c) => REFUSED.has(c));
  if (refused) {
    return { error: new CloudError('network', `Network error (${refused}): cannot connect to ${host}.`, details), notSent: true };
  }
  const certificate = certificateProblem(codes, err, host, via);
  if (certificate) return problemFailure(certificate, details);
  const code = codes[0] ?? 'unknown';
  return { error: new CloudError('network', `Network error (${code}): the connection to ${host} failed.`, details), notSent: false };
}
