/**
 * What a route answers, before faults and transport: a status, a JSON body (or none) and extra headers.
 * Error bodies follow each origin's real shape (see the API reference's error table).
 */
import type { EmulatedService } from './types';

export interface Reply {
  readonly status: number;
  /** JSON-serialised when defined; `null` is sent as the text `null`. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** A non-JSON body (e.g. an HTML error page) with its content type. */
  readonly raw?: { readonly contentType: string; readonly text: string };
}

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

export const NO_CONTENT: Reply = { status: 204 };

/** API gateway errors carry the request id in the body too; it is filled in when sent. */
export function gatewayError(status: number, code: string, msg: string, headers?: Record<string, string>): Reply {
  return { status, body: { error_code: code, error_msg: msg, request_id: REQUEST_ID_PLACEHOLDER }, ...(headers ? { headers } : {}) };
}

export const REQUEST_ID_PLACEHOLDER = '\u0000request-id';

export const DCS_ERROR = (status: number, code: string, msg: string): Reply => ({ status, body: { error_code: code, error_msg: msg, error_ext_msg: null } });
export const DMS_ERROR = (status: number, code: string, msg: string): Reply => ({ status, body: { error_code: code, error_msg: msg } });
export const CC_ERROR = DMS_ERROR;
export const PM_ERROR = DMS_ERROR;

const TITLES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' };

export function keystoneError(status: number, message: string): Reply {
  return { status, body: { error: { code: status, message, title: TITLES[status] ?? 'Error' } } };
}

export const UNKNOWN_API = (): Reply => gatewayError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment');

export const AUTH_FAILED_MSG = 'Incorrect IAM authentication information: verify aksk signature fail';

/** The service's own 500 body. */
export function internalError(service: EmulatedService | null): Reply {
  switch (service) {
    case 'dcs':
      return DCS_ERROR(500, 'DCS.5000', 'Internal service error.');
    case 'dms':
      return DMS_ERROR(500, 'DMS.00500000', 'Internal service error.');
    case 'codearts-check':
      return CC_ERROR(500, 'CC.00000000', 'Network busy. Try again later.');
    case 'projectman-ext':
      return PM_ERROR(500, 'PM.00000500', 'Internal service error.');
    case 'iam':
      return keystoneError(500, 'An unexpected error prevented the server from fulfilling your request.');
    default:
      return gatewayError(500, 'APIGW.0103', 'The backend service encountered an internal error');
  }
}

/** Thrown by route helpers to answer with an error at once; the router turns it into the reply. */
export class Rejection extends Error {
  constructor(readonly reply: Reply) {
    super(`rejected with ${reply.status}`);
  }
}

export function reject(reply: Reply): never {
  throw new Rejection(reply);
}
