/**
 * Deleting is the one write the extension makes, so "already gone" is decided narrowly: a 404 that
 * the service itself sent (it carries the service's error code: `DCS.*`, `DMS.*`, `CC.*`) counts as
 * deleted. A 404 from the gateway saying the API does not exist, or one without any error code (a
 * wrong endpoint, a proxy's page) is a failure: counting it as deleted would report success for a
 * clean-up that never reached the service.
 */
import type { ApiClient, ApiRequest } from '../net/api';
import { CloudError, isCloudError } from '../net/errors';
import type { DeleteResult } from './types';

/** Gateway codes (`APIGW.0101` "API does not exist", some sites spell it `APIG.`): never the service. */
const GATEWAY_CODE = /^APIGW?\./;

export function isGoneNotFound(e: unknown): e is CloudError {
  return isCloudError(e, 'notFound') && e.errorCode !== undefined && !GATEWAY_CODE.test(e.errorCode);
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
