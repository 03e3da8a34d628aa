/**
 * DCS and DMS list instances with the same call shape (`GET /v2/{project_id}/instances`, 0-based item
 * `offset`, `{ instance_num, instances }`); they differ only in host, query and page size.
 */
import type { QueryParams } from '../net/encoding';
import { decodeCursor, encodeCursor, hasMore, pageSizeFor } from './paging';
import { readListObjects, readNumberLike, readString, withOperation, type JsonObject } from './parse';
import { projectSegments, sendForObject } from './scope';
import { parseCloudTime } from './time';
import type { Container, Page, ServiceScope } from './types';

export interface InstanceListSpec {
  readonly service: 'dcs' | 'dms';
  readonly operation: string;
  readonly maxPageSize: number;
  readonly query?: QueryParams;
  /** Drops instances of another engine, should a server ignore the `engine` filter. */
  readonly acceptEngine?: (engine: string | undefined) => boolean;
}

function toContainer(obj: JsonObject, at: string): Container {
  const engine = readString(obj, 'engine', { optional: true, at });
  const version = readString(obj, 'engine_version', { optional: true, at });
  return {
    id: readString(obj, 'instance_id', { at }),
    name: readString(obj, 'name', { optional: true, at }) ?? '',
    kind: 'instance',
    status: readString(obj, 'status', { optional: true, at }),
    engine: [engine, version].filter((s) => s).join(' ') || undefined,
    createdAt: parseCloudTime(obj['created_at']),
    raw: obj,
  };
}

export async function listInstances(
  scope: ServiceScope,
  spec: InstanceListSpec,
  cursor: string | undefined,
  pageSize: number | undefined,
): Promise<Page<Container>> {
  const offset = decodeCursor('offset', cursor, 0);
  const limit = pageSizeFor(pageSize, spec.maxPageSize);
  const { body } = await sendForObject(scope.client, {
    service: spec.service,
    region: scope.project.region,
    method: 'GET',
    path: [...projectSegments(scope), 'instances'],
    query: { ...spec.query, offset, limit },
    projectId: scope.project.id,
    signal: scope.signal,
    operation: spec.operation,
  });
  return withOperation(spec.operation, () => {
    const all = readListObjects(body, 'instances', 'instance_num', toContainer);
    const total = readNumberLike(body, 'instance_num', { optional: true });
    const accept = spec.acceptEngine;
    const items = accept ? all.filter((c) => accept(readString(c.raw, 'engine', { optional: true }))) : all;
    const next = hasMore(offset + all.length, all.length, limit, total) ? encodeCursor('offset', offset + all.length) : undefined;
    return { items, next, total };
  });
}
