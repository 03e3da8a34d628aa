/**
 * Turns an HTTP error response into a `CloudError`: pure functions over status, headers and body
 * text, so every body shape of the reference can be tested without a server.
 */
import { CloudError, CloudErrorKind } from './errors';
import type { Redactor } from './redact';

export interface ErrorBodyInfo {
  readonly errorCode?: string;
  readonly message?: string;
  readonly requestId?: string;
}

/** Codes that mean "slow down" whatever status they come with (DMS lists flow control under 404). */
const THROTTLE_CODES = new Set(['DMS.10240407', 'APIGW.0308', 'APIG.0308']);
/** The gateway rejects a signature whose X-Sdk-Date is further than this from its own clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;
const MAX_MESSAGE_LENGTH = 300;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function fromJson(body: Record<string, unknown>): ErrorBodyInfo {
  // IAM Keystone: {"error":{"code":401,"message":"…","title":"Unauthorized"}}; a numeric code only repeats the status.
  const keystone = record(body.error);
  if (keystone) {
    return {
      errorCode: str(keystone.code),
      message: str(keystone.message) ?? str(keystone.title),
      requestId: str(body.request_id),
    };
  }
  // APIG, DCS, DMS, CodeArts Check (CC.*), ProjectMan (PM.*): {"error_code","error_msg"[,"error_ext_msg"][,"request_id"]}.
  return {
    errorCode: str(body.error_code) ?? str(body.code),
    message: str(body.error_msg) ?? str(body.error_message) ?? str(body.error_ext_msg) ?? str(body.message),
    requestId: str(body.request_id),
  };
}

function fromHtml(text: string): string | undefined {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(text)?.[1];
  return str(title?.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' '));
}

/** Extracts code, message and request id from any documented error body; `{}` when there is nothing usable. */
export function parseErrorBody(text: string): ErrorBodyInfo {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (trimmed.startsWith('{') || trimmed.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      const obj = record(parsed);
      if (obj) return fromJson(obj);
      return { message: str(parsed) };
    } catch {
      return {}; // truncated JSON: a half-read message would mislead more than help
    }
  }
  if (/^<(!doctype|html|head|body)/i.test(trimmed)) return { message: fromHtml(trimmed) };
  // A proxy or load balancer's plain-text page: its first line says what happened.
  return { message: str(trimmed.split('\n', 1)[0]) };
}

/** `Retry-After` as milliseconds from `now`: delta seconds or an HTTP date; undefined when absent or invalid. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at) || !/[a-z]/i.test(v)) return undefined;
  return Math.max(0, at - now.getTime());
}

/** Minutes by which the server's `Date` header differs from our clock, when beyond the gateway's tolerance. */
export function clockSkewMinutes(serverDate: string | undefined, now: Date): number | undefined {
  if (serverDate === undefined) return undefined;
  const at = Date.parse(serverDate);
  if (Number.isNaN(at)) return undefined;
  const diff = Math.abs(at - now.getTime());
  return diff > MAX_CLOCK_SKEW_MS ? Math.round(diff / 60000) : undefined;
}

export function kindForStatus(status: number, errorCode?: string): CloudErrorKind {
  if (errorCode !== undefined && THROTTLE_CODES.has(errorCode)) return 'throttled';
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  if (status >= 400) return 'badInput'; // the service rejected what we sent (400, 409, 413, …)
  return 'badResponse'; // 1xx/3xx: nothing a JSON API should answer, and redirects are never followed
}

const LABELS: Readonly<Record<CloudErrorKind, string>> = {
  auth: 'Authentication failed',
  forbidden: 'Access denied',
  notFound: 'Not found',
  throttled: 'Too many requests',
  server: 'Server error',
  network: 'Network error',
  timeout: 'Timed out',
  badResponse: 'Unexpected response',
  badInput: 'Request rejected',
  cancelled: 'Cancelled',
};

/** Collapses whitespace and shortens a server-supplied text for a one-line message. */
export function tidy(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MESSAGE_LENGTH ? flat.slice(0, MAX_MESSAGE_LENGTH - 1) + '…' : flat;
}

function optional(value: string | undefined, redact: Redactor): string | undefined {
  return value === undefined ? undefined : redact(value);
}

export interface HttpErrorInput {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  readonly now: Date;
  readonly operation?: string;
  /** Masks secrets a server might echo back. */
  readonly redact?: Redactor;
}

export function classifyHttpError(input: HttpErrorInput): CloudError {
  const { status, headers, now } = input;
  const redact = input.redact ?? ((t: string) => t);
  const info = parseErrorBody(input.bodyText);
  const kind = kindForStatus(status, info.errorCode);
  const skew = status === 401 ? clockSkewMinutes(headers['date'], now) : undefined;

  let detail = info.message;
  if (status >= 300 && status < 400) {
    const location = headers['location'];
    let target = '';
    try {
      target = location ? ` to ${new URL(location).host}` : '';
    } catch {
      // a relative or malformed Location says nothing useful about where it pointed
    }
    detail = `the server redirected${target}; redirects are not followed`;
  }
  const code = info.errorCode ? ` ${info.errorCode}` : '';
  // Redact before shortening: a secret cut in half by the ellipsis would no longer match.
  let message = `${LABELS[kind]} (${status}${code})${detail ? ': ' + tidy(redact(detail)) : ''}`;
  if (skew !== undefined) {
    message += `. Your computer's clock is about ${skew} minutes off the server's; correct it and try again.`;
  }
  return new CloudError(kind, redact(message), {
    status,
    requestId: optional(headers['x-request-id'] ?? info.requestId, redact),
    errorCode: optional(info.errorCode, redact),
    retryAfterMs: parseRetryAfter(headers['retry-after'], now),
    clockSkew: skew !== undefined ? true : undefined,
    operation: input.operation,
  });
}
