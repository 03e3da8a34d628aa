/**
 * The one place that decides what a DELETE achieved. Every path (one task, a selection, the palette, a
 * clean-up) sends through `sendDelete` and reads its verdict; nothing above re-decides it.
 *
 * - **deleted**: the service answered 2xx. The status line is the answer (DCS `{"message":""}` or 204, DMS
 *   204, CodeArts `null`); a JSON body cut off in transit does not change that.
 * - **alreadyGone**: a 404 carrying the called service's own "does not exist" code. Nothing else counts:
 *   not the gateway's `APIGW.0101` ("the API does not exist"), not a 404 without a code or an HTML page (a
 *   wrong endpoint, a proxy), not a service-coded "URL does not exist" (`DCS.4001`, `DMS.00404001`), not a
 *   code of another service. Counting those would report a clean-up that never reached the service.
 * - **unconfirmed**: a 2xx whose body is not a JSON answer at all (an HTML page, declared or not). The API
 *   answers JSON or nothing, so something else (a captive portal, a proxy's login page) may have answered,
 *   and whether the task went is not known.
 * - **failed**: everything else, with the error.
 */
import type { ApiClient, ApiRequest, ApiResponse, ServiceLabel } from '../net/api';
import { CloudError, isCloudError } from '../net/errors';

export type DeleteOutcomeKind = 'deleted' | 'alreadyGone' | 'unconfirmed' | 'failed';

export interface DeleteVerdict {
  readonly outcome: DeleteOutcomeKind;
  /** The HTTP status of the answer, when one arrived. */
  readonly status?: number;
  readonly requestId?: string;
  /** Why it failed (a CloudError when the network layer produced it). */
  readonly error?: unknown;
}

/**
 * Codes with which a service says the task, or the instance that held it, does not exist. `DCS.3022` and
 * `DMS.00404022` are documented for a missing instance (the task went with it); the task-level codes are
 * not documented, and DMS answers a missing task with its instance code. CodeArts Check's is unverified.
 */
const GONE_CODES: Readonly<Partial<Record<ServiceLabel, ReadonlySet<string>>>> = {
  dcs: new Set(['DCS.3022']),
  dms: new Set(['DMS.00404022']),
  'codearts-check': new Set(['CC.00000404']),
};

/** Whether an error is the service itself saying the resource does not exist (also for reads of one task). */
export function isServiceNotFound(service: ServiceLabel, e: unknown): e is CloudError {
  return isCloudError(e, 'notFound') && e.errorCode !== undefined && GONE_CODES[service]?.has(e.errorCode.trim()) === true;
}

/** The verdict on one DELETE's answer (a response) or failure (an error). */
export function judgeDelete(service: ServiceLabel, answer: { readonly response: ApiResponse } | { readonly error: unknown }): DeleteVerdict {
  if ('response' in answer) {
    const { status, requestId, bodyIssue } = answer.response;
    if (bodyIssue === 'notJson') return { outcome: 'unconfirmed', status, requestId, error: notTheServiceError(answer.response) };
    return { outcome: 'deleted', status, requestId };
  }
  const { error } = answer;
  const cloud = isCloudError(error) ? error : undefined;
  if (isServiceNotFound(service, error)) return { outcome: 'alreadyGone', status: 404, requestId: cloud?.requestId };
  return { outcome: 'failed', status: cloud?.status, requestId: cloud?.requestId, error };
}

/**
 * Builds and sends a DELETE and judges its answer. Never rejects, since a failure is a verdict too: even a
 * request refused before sending (a malformed id) comes back as `failed`.
 */
export async function sendDelete(client: ApiClient, service: ServiceLabel, build: () => ApiRequest): Promise<DeleteVerdict> {
  try {
    return judgeDelete(service, { response: await client.send(build()) });
  } catch (error) {
    return judgeDelete(service, { error });
  }
}

function notTheServiceError(response: ApiResponse): CloudError {
  return new CloudError(
    'badResponse',
    `The answer (HTTP ${response.status}) was not the service's: its body is not JSON (${response.headers['content-type'] ?? 'no content type'}). A proxy or captive portal may have answered; whether the task was deleted is not known.`,
    { status: response.status, requestId: response.requestId },
  );
}
