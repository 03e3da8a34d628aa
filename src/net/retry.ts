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
import { needsAChange } from './networkProblem';

export interface RetryPolicy {
  /** Retries after the first attempt, for every retryable failure except throttling. */
  readonly maxRetries: number;
  /**
   * Retries after throttled answers (429, APIGW.0308, DMS.10240407), counted apart from `maxRetries`.
   * Larger, because a throttled request was refused before the service acted, so waiting is always
   * safe; under sustained throttling a request can be refused several times in a row.
   */
  readonly maxThrottledRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A longer `Retry-After` than this is not waited out: the error goes to the caller instead. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, maxThrottledRetries: 8, baseDelayMs: 500, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 };

/** Retries made so far, per budget. */
export interface RetryCounts {
  readonly retries: number;
  readonly throttledRetries: number;
}

export const NO_RETRIES: RetryCounts = { retries: 0, throttledRetries: 0 };

/** The most attempts a request can make: the first one plus both budgets. */
export function maxAttempts(policy: RetryPolicy): number {
  return 1 + policy.maxRetries + policy.maxThrottledRetries;
}

/** How many retries of this error's budget were already made; the backoff grows within each budget. */
export function retriesSoFar(counts: RetryCounts, error: CloudError): number {
  return error.kind === 'throttled' ? counts.throttledRetries : counts.retries;
}

/** Whether this error's budget still has a retry left. */
export function withinBudget(policy: RetryPolicy, counts: RetryCounts, error: CloudError): boolean {
  return retriesSoFar(counts, error) < (error.kind === 'throttled' ? policy.maxThrottledRetries : policy.maxRetries);
}

/** The counts after one more retry for this error. */
export function countRetry(counts: RetryCounts, error: CloudError): RetryCounts {
  return error.kind === 'throttled'
    ? { retries: counts.retries, throttledRetries: counts.throttledRetries + 1 }
    : { retries: counts.retries + 1, throttledRetries: counts.throttledRetries };
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = async (ms, signal) => {
  await delay(ms, undefined, { signal });
};

/**
 * Whether a failed attempt may be repeated. GET is repeated on anything transient. Other methods only
 * when the server surely did not act: throttled (429 or DMS flow control), 503, or a connection that
 * failed before the request went out. Never what only a changed setting can fix (see `needsAChange`). Never 401/403: an AK/SK that fails signing five times in a row is
 * locked for five minutes.
 */
export function isRetryable(method: HttpMethod, error: CloudError, notSent: boolean): boolean {
  if (error.kind === 'throttled') return true;
  // An untrusted certificate or a proxy asking for credentials answers the same until a setting changes.
  if (needsAChange(error.network)) return false;
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
