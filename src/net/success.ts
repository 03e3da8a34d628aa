/**
 * What a 2xx becomes. A GET needs its body, so a body that cannot be read or parsed fails the request.
 * For any other method the status line is the server's answer (DCS `{"message":""}`, DMS 204, CodeArts
 * `null`): the server acted, nothing in the body changes that, and reporting a failure would make a
 * retry meet a 404 for a task the server did delete. Such a success carries no body and logs why.
 */
import type { ApiResponse, HttpMethod } from './api';
import { CloudError } from './errors';
import type { Logger } from '../log/logger';
import type { Redactor } from './redact';
import type { Answered, RawResponse } from './transport';

export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

/**
 * Why a 2xx body that could not be parsed is unusable: a JSON answer that was cut off or spoiled came from
 * the API all the same; anything declared otherwise (an HTML page, plain text, nothing) may not have.
 */
export function unparsedBodyIssue(headers: Readonly<Record<string, string>>): NonNullable<ApiResponse['bodyIssue']> {
  return /\bjson\b/i.test(headers['content-type'] ?? '') ? 'unreadable' : 'notJson';
}

/** Whether a 2xx to this method is a success without its body. */
export function statusIsTheAnswer(method: HttpMethod): boolean {
  return method !== 'GET';
}

/** The parsed body of a complete 2xx response, or why it is not JSON. */
export function parseSuccessBody(raw: RawResponse, host: string, operation: string): { readonly body: unknown } | { readonly error: CloudError } {
  const text = raw.body.toString('utf8');
  if (text.trim() === '') return { body: undefined };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    const error = new CloudError('badResponse', `The response from ${host} is not valid JSON (status ${raw.status}).`, {
      status: raw.status,
      requestId: raw.headers['x-request-id'],
      operation,
    });
    return { error };
  }
}

export function successResponse(answered: Answered, body: unknown): ApiResponse {
  return { status: answered.status, headers: answered.headers, body, requestId: answered.headers['x-request-id'] };
}

/** A success whose body is lost: the status stands, and a warning names the request and what went wrong. */
export function successWithoutBody(
  logger: Logger,
  redact: Redactor,
  operation: string,
  answered: Answered,
  problem: CloudError,
  issue: NonNullable<ApiResponse['bodyIssue']>,
): ApiResponse {
  const requestId = answered.headers['x-request-id'];
  const id = requestId === undefined ? 'no request id' : `request id ${redact(requestId)}`;
  logger.warn(`${redact(operation)} → ${answered.status} (${id}); its body could not be used (${redact(problem.message)}), so the status alone counts as the answer.`);
  return { ...successResponse(answered, undefined), bodyIssue: issue };
}
