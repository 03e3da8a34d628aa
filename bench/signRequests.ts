/**
 * Varied requests of the kinds the extension signs (lists with paging and time filters, single tasks,
 * deletes, a few JSON bodies), in our signer's form and in the SDK's, from one seeded generator.
 */
import { hex32, intBetween, pick, Rng, seededRng, uuid } from '../emulator/rng';
import type { QueryParams } from '../src/net/encoding';
import type { SignableRequest } from '../src/net/signer';
import type { SdkSignRequest } from '../test/helpers/sdkSigner';

export interface SignCase {
  readonly ours: SignableRequest;
  readonly sdk: SdkSignRequest;
  readonly projectId: string;
}

const REGIONS = ['cn-north-4', 'ap-southeast-3', 'eu-west-101', 'cn-south-1', 'la-south-2'];
const SERVICES = ['dcs', 'dms', 'iam', 'codearts-check', 'projectman-ext'];

function pathOf(rng: Rng, projectId: string): { segments: string[]; method: string; body?: string } {
  const instance = uuid(rng);
  const task = hex32(rng);
  switch (intBetween(rng, 0, 5)) {
    case 0:
      return { segments: ['v2', projectId, 'instances'], method: 'GET' };
    case 1:
      return { segments: ['v2', projectId, 'instances', instance, 'tasks'], method: 'GET' };
    case 2:
      return { segments: ['v2', projectId, 'instances', instance, 'tasks', task], method: 'DELETE' };
    case 3:
      return { segments: ['v2', projectId, 'instances', instance, 'tasks', task, 'progress'], method: 'GET' };
    case 4:
      return { segments: ['v3', 'auth', 'projects'], method: 'GET' };
    default:
      return { segments: ['v2', projectId, 'tasks', 'batch-delete'], method: 'POST', body: JSON.stringify({ task_ids: [task, hex32(rng)], reason: 'clean up' }) };
  }
}

function queryOf(rng: Rng, method: string): Record<string, string | number> {
  if (method !== 'GET') return {};
  const query: Record<string, string | number> = {};
  if (rng() < 0.7) query[pick(rng, ['offset', 'start'])] = intBetween(rng, 0, 5000);
  if (rng() < 0.7) query['limit'] = pick(rng, [10, 50, 100, 1000]);
  if (rng() < 0.3) query['begin_time'] = `2026${String(intBetween(rng, 1, 12)).padStart(2, '0')}01000000`;
  if (rng() < 0.3) query['engine'] = pick(rng, ['kafka', 'rocketmq', 'rabbitmq']);
  if (rng() < 0.1) query['name'] = pick(rng, ['redis prod', 'orders/queue', 'ünïcode']);
  return query;
}

export function signCases(count: number, seed = 7): SignCase[] {
  const rng = seededRng(seed, 'sign');
  const cases: SignCase[] = [];
  for (let i = 0; i < count; i++) {
    const projectId = hex32(rng);
    const { segments, method, body } = pathOf(rng, projectId);
    const query = queryOf(rng, method);
    const host = `${pick(rng, SERVICES)}.${pick(rng, REGIONS)}.myhuaweicloud.com`;
    const headers: Record<string, string> = { 'content-type': 'application/json', 'X-Project-Id': projectId };
    cases.push({
      projectId,
      ours: { method, host, pathSegments: segments, query: query as QueryParams, headers, ...(body !== undefined ? { body } : {}) },
      sdk: {
        method,
        endpoint: `https://${host}`,
        path: '/' + segments.join('/'),
        query,
        headers: { 'content-type': 'application/json' },
        ...(body !== undefined ? { data: JSON.parse(body) as unknown } : {}),
      },
    });
  }
  return cases;
}
