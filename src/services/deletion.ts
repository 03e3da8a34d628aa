/**
 * Deleting is the one write the extension makes, so "already gone" is decided narrowly: a 404 from
 * the service about the task (or its instance) counts as deleted, but a 404 that means the API or
 * URL does not exist (a wrong endpoint, a proxy) is a failure: counting it as deleted would report
 * success for a bulk clean-up that never reached the cloud.
 */
import type { ApiClient, ApiRequest } from '../net/api';
import { CloudError, isCloudError } from '../net/errors';
import type { DeleteResult } from './types';

/** "No such API / URL" codes from the gateway, DCS and DMS error tables. */
const ROUTE_NOT_FOUND = new Set(['APIGW.0101', 'APIG.0101', 'DCS.4001', 'DMS.00404001']);

export function isGoneNotFound(e: unknown): e is CloudError {
  return isCloudError(e, 'notFound') && e.errorCode !== undefined && !ROUTE_NOT_FOUND.has(e.errorCode);
}

export async function sendDelete(client: ApiClient, request: ApiRequest): Promise<DeleteResult> {
  try {
    const response = await client.send(request);
    return { alreadyGone: false, status: response.status, requestId: response.requestId };
  } catch (e) {
    if (isGoneNotFound(e)) return { alreadyGone: true, status: 404, requestId: e.requestId };
    throw e;
  }
}
