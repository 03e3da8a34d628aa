/**
 * The contract between the services and the HTTP client: a service describes an API call in terms of
 * its service label, region and raw path segments; the client resolves the endpoint, signs, sends,
 * retries and classifies failures.
 */
import type { QueryParams } from './encoding';

/** The `{service}` labels of endpoint templates. */
export type ServiceLabel = 'iam' | 'dcs' | 'dms' | 'codearts-check' | 'projectman-ext';

export const SERVICE_LABELS: readonly ServiceLabel[] = ['iam', 'dcs', 'dms', 'codearts-check', 'projectman-ext'];

export type HttpMethod = 'GET' | 'DELETE' | 'POST' | 'PUT';

export interface ApiRequest {
  readonly service: ServiceLabel;
  readonly region: string;
  readonly method: HttpMethod;
  /** Raw (decoded) path segments after the endpoint's own path, e.g. ['v2', projectId, 'instances']. */
  readonly path: readonly string[];
  readonly query?: QueryParams;
  /** A JSON body; serialised once, and those exact bytes are hashed and sent. */
  readonly body?: unknown;
  /** Sent and signed as `X-Project-Id` (project-scoped services). */
  readonly projectId?: string;
  /** Sent and signed as `X-Domain-Id` (global services). */
  readonly domainId?: string;
  readonly signal?: AbortSignal;
  /** A short name for logs and errors, e.g. `dms.listTasks`. */
  readonly operation?: string;
}

export interface ApiResponse {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON; `undefined` for an empty body (204). */
  readonly body: unknown;
  readonly requestId?: string;
  /**
   * Set on a 2xx whose status stands without its body (any method but GET): `notJson` when the answer is not
   * a JSON one at all (an HTML page: maybe not the service), `unreadable` when JSON was cut off or spoiled.
   */
  readonly bodyIssue?: 'notJson' | 'unreadable';
}

/** What the services use. Failures reject with `CloudError`. */
export interface ApiClient {
  send(request: ApiRequest): Promise<ApiResponse>;
}
