/**
 * The request log: one debug line per attempt, headers at trace level. Every text goes through the
 * redactor and credential headers are masked by name, so even trace output holds no key. Lines of a
 * level the logger drops are not built: redacting every header costs about as much as signing.
 */
import type { CloudError } from './errors';
import { isLevelEnabled, type Logger } from '../log/logger';
import { Redactor, redactHeaders } from './redact';

export interface AttemptLine {
  readonly method: string;
  readonly url: string;
  readonly attempt: number;
  readonly attempts: number;
  /** The proxy, `scheme://host:port`, when the request went through one. */
  readonly via?: string;
}

export interface AttemptResult {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly error?: CloudError;
}

export function logRequestHeaders(logger: Logger, redact: Redactor, line: AttemptLine, headers: Readonly<Record<string, string>>): void {
  if (!isLevelEnabled(logger, 'trace')) return;
  logger.trace(`${line.method} ${redact(line.url)} request headers ${JSON.stringify(redactHeaders(headers, redact))}`);
}

export function logAttempt(logger: Logger, redact: Redactor, line: AttemptLine, ms: number, result: AttemptResult): void {
  const debug = isLevelEnabled(logger, 'debug');
  const trace = result.headers !== undefined && isLevelEnabled(logger, 'trace');
  if (!debug && !trace) return;
  const head = `${line.method} ${redact(line.url)}`;
  if (debug) {
    const via = line.via ? ` via ${line.via}` : '';
    const outcome = result.status !== undefined ? String(result.status) : (result.error?.kind ?? 'no response');
    const requestId = result.headers?.['x-request-id'] ?? result.error?.requestId;
    const id = requestId ? `, request id ${redact(requestId)}` : '';
    const why = result.error ? `: ${redact(result.error.message)}` : '';
    logger.debug(`${head}${via} → ${outcome} in ${ms} ms (attempt ${line.attempt}/${line.attempts})${id}${why}`);
  }
  if (trace && result.headers) logger.trace(`${head} response headers ${JSON.stringify(redactHeaders(result.headers, redact))}`);
}
