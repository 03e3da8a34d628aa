/**
 * Path building for project-scoped calls. Every id is checked here, before a request exists, and
 * handed to the client as its own raw segment (the client encodes each one).
 */
import type { ApiClient, ApiRequest, ApiResponse } from '../net/api';
import { checkId } from './ids';
import { asObject, withOperation, type JsonObject } from './parse';
import type { ServiceScope } from './types';

export function projectSegments(scope: ServiceScope): string[] {
  return ['v2', checkId('iamProject', scope.project.id)];
}

export function instanceSegments(scope: ServiceScope, instanceId: string, ...rest: string[]): string[] {
  return [...projectSegments(scope), 'instances', checkId('instance', instanceId), ...rest];
}

/** Sends and returns the body as an object; a non-object body is badResponse for that operation. */
export async function sendForObject(
  client: ApiClient,
  request: ApiRequest & { readonly operation: string },
): Promise<{ readonly body: JsonObject; readonly response: ApiResponse }> {
  const response = await client.send(request);
  return { body: withOperation(request.operation, () => asObject(response.body, '(body)')), response };
}
