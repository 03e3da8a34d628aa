/**
 * An in-memory ApiClient for the pure service tests: it records each request and answers with a
 * body chosen by the test. Tests that need the HTTP path use the emulator and the real client.
 */
import type { ApiClient, ApiRequest, ApiResponse } from '../../src/net/api';
import type { Container, Project, ServiceScope } from '../../src/services/types';
import type { DeleteVerdict } from '../../src/services/deletion';

export interface StubClient extends ApiClient {
  readonly requests: ApiRequest[];
}

export function stubClient(answer: (request: ApiRequest) => unknown, status = 200): StubClient {
  const requests: ApiRequest[] = [];
  return {
    requests,
    send(request: ApiRequest): Promise<ApiResponse> {
      requests.push(request);
      try {
        return Promise.resolve({ status, headers: {}, body: answer(request) });
      } catch (e) {
        return Promise.reject(e);
      }
    },
  };
}

export const sampleProject: Project = { id: '0123456789abcdef0123456789abcdef', name: 'cn-north-4', region: 'cn-north-4' };

export const sampleInstance: Container = {
  id: '6b3e2d1c-0a9f-4e8d-b7c6-5a4f3e2d1c0b',
  name: 'redis-1',
  kind: 'instance',
  raw: {},
};

export const sampleCodeArtsProject: Container = {
  id: 'fedcba9876543210fedcba9876543210',
  name: 'web',
  kind: 'codeartsProject',
  raw: {},
};

export function scopeWith(client: ApiClient, project: Project = sampleProject): ServiceScope {
  return { client, project };
}

/** A delete as a call that rejects with its verdict's error when it failed, for tests written against errors. */
export async function deleteOrThrow(verdict: Promise<DeleteVerdict>): Promise<DeleteVerdict> {
  const v = await verdict;
  if (v.outcome === 'failed') throw v.error;
  return v;
}
