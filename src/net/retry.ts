/**
 * When to try a request again and how long to wait first.
 *
 * Not undici's RetryAgent/RetryHandler: it replays the same dispatch with the same headers, while each
 * attempt here must be re-signed (a fresh X-Sdk-Date), the rule depends on the method *and* on whether
 * the request can have reached the server, and the throttling signal can be a body error code
 * (`DMS.10240407`) that only our classifier sees. So the loop in client.ts stays hand-written and small.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { HttpMethod } from './api';
import { CloudError } from './errors';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A longer `Retry-After` than this is not waited out: the error goes to the caller instead. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 };

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = async (ms, signal) => {
  await delay(ms, undefined, { signal });
};

/**
 * Whether a failed attempt may be repeated. GET is repeated on anything transient. Other methods only
 * when the server surely did not act: throttled (429 or DMS flow control), 503, or a connection that
 * failed before the request went out. Never 401/403: an AK/SK that fails signing five times in a row is
 * locked for five minutes.
 */
export function isRetryable(method: HttpMethod, error: CloudError, notSent: boolean): boolean {
  if (error.kind === 'throttled') return true;
  if (error.kind === 'network' || error.kind === 'timeout') return method === 'GET' || notSent;
  if (error.kind === 'server') return method === 'GET' || error.status === 503;
  return false;
}

/**
 * Delay before retry number `retry` (0-based): capped exponential backoff with full jitter, but never
 * shorter than the server's `Retry-After`. Undefined when that wait is longer than the policy allows.
 */
export function retryDelayMs(policy: RetryPolicy, retry: number, retryAfterMs: number | undefined, random: () => number): number | undefined {
  if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) return undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  const jitter = Math.floor(random() * ceiling);
  return Math.max(jitter, retryAfterMs ?? 0);
}
