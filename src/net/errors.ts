import type { NetworkProblem } from './networkProblem';

/**
 * The small, closed set of failures the network layer reports. Everything above it (tree rows, the
 * delete summary, messages) switches on `kind`, never on raw status codes or library error classes.
 */
export type CloudErrorKind =
  | 'auth' // 401: wrong keys, expired token, or a clock too far off (see `clockSkew`)
  | 'forbidden' // 403: the keys lack a permission
  | 'notFound' // 404: the resource (or the API on that host) does not exist
  | 'throttled' // 429 / DMS flow control
  | 'server' // 5xx
  | 'network' // connection refused, reset, DNS, TLS
  | 'timeout' // connect, headers or body took too long
  | 'badResponse' // a body that is not what the API documents (not JSON, wrong shape, too large)
  | 'badInput' // a request we refuse to build: malformed id, bad endpoint template
  | 'cancelled'; // the caller's AbortSignal fired

export class CloudError extends Error {
  override readonly name = 'CloudError';
  readonly status?: number;
  /** The service's own code: `APIGW.0301`, `DCS.4070`, `DMS.00404022`, `CC.00000003`, … */
  readonly errorCode?: string;
  /** From the `X-Request-Id` header, else the body's `request_id`. */
  readonly requestId?: string;
  /** Server-suggested wait before retrying, from `Retry-After`. */
  readonly retryAfterMs?: number;
  /** A 401 whose cause is the local clock being more than 15 minutes off the server's. */
  readonly clockSkew?: boolean;
  /** For `badResponse`: the field that had the wrong type or was missing. */
  readonly field?: string;
  /** Which operation failed, for messages: `GET dms /v2/{project_id}/instances`. */
  readonly operation?: string;
  /** For `network` (and a `badInput` CA file): what to tell the person, see `networkProblem.ts`. */
  readonly network?: NetworkProblem;

  constructor(
    readonly kind: CloudErrorKind,
    message: string,
    details: CloudErrorDetails = {},
  ) {
    const { cause, ...fields } = details;
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, fields);
  }
}

/** What a CloudError carries besides its kind and message: its fields, declared once on the class above. */
export type CloudErrorDetails = Partial<Pick<CloudError, 'status' | 'errorCode' | 'requestId' | 'retryAfterMs' | 'clockSkew' | 'field' | 'operation' | 'network'>> & {
  readonly cause?: unknown;
};

export function isCloudError(e: unknown, kind?: CloudErrorKind): e is CloudError {
  return e instanceof CloudError && (kind === undefined || e.kind === kind);
}
