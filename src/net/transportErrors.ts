/**
 * Maps what undici and Node throw (connect, DNS, TLS, resets, timeouts) to `CloudError` kinds, and
 * says whether the request can have reached the server: only a request that surely did not may be
 * repeated when repeating it is not otherwise safe (a DELETE).
 */
import { CloudError } from './errors';

export interface TransportFailure {
  readonly error: CloudError;
  /** True when the connection failed before any byte of the request was written. */
  readonly notSent: boolean;
}

/** Why our own abort fired, when it did: the caller cancelled, or the body took longer than allowed. */
export type AbortCause = 'cancelled' | 'bodyTimeout';

const NOT_SENT_NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL)/;

/** Error codes along the cause chain, AggregateError members included (happy-eyeballs connects). */
function codesOf(err: unknown, depth = 0): string[] {
  if (typeof err !== 'object' || err === null || depth > 4) return [];
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof e.code === 'string' ? [e.code] : [];
  const members = Array.isArray(e.errors) ? e.errors.flatMap((m) => codesOf(m, depth + 1)) : [];
  return [...own, ...members, ...codesOf(e.cause, depth + 1)];
}

export function classifyTransportError(err: unknown, host: string, abortCause?: AbortCause, operation?: string): TransportFailure {
  const details = { operation, cause: err };
  if (abortCause === 'cancelled') return { error: new CloudError('cancelled', 'The request was cancelled.', details), notSent: false };
  if (abortCause === 'bodyTimeout') {
    return { error: new CloudError('timeout', `Timed out reading the response from ${host}.`, details), notSent: false };
  }
  const codes = codesOf(err);
  const has = (c: string): boolean => codes.includes(c);
  if (has('UND_ERR_CONNECT_TIMEOUT')) {
    return { error: new CloudError('timeout', `Timed out connecting to ${host}.`, details), notSent: true };
  }
  if (has('UND_ERR_HEADERS_TIMEOUT')) {
    return { error: new CloudError('timeout', `${host} did not answer in time.`, details), notSent: false };
  }
  if (has('UND_ERR_BODY_TIMEOUT')) {
    return { error: new CloudError('timeout', `Timed out reading the response from ${host}.`, details), notSent: false };
  }
  const refused = codes.find((c) => NOT_SENT_NETWORK.has(c));
  if (refused) {
    const what = refused.startsWith('EAI_') || refused === 'ENOTFOUND' ? `cannot resolve ${host}` : `cannot connect to ${host}`;
    return { error: new CloudError('network', `Network error (${refused}): ${what}.`, details), notSent: true };
  }
  const tls = codes.find((c) => TLS_CODE.test(c));
  if (tls) {
    return { error: new CloudError('network', `Network error (${tls}): the TLS connection to ${host} failed.`, details), notSent: true };
  }
  const code = codes[0] ?? 'unknown';
  return { error: new CloudError('network', `Network error (${code}): the connection to ${host} failed.`, details), notSent: false };
}
