/**
 * DCS and DMS list instances with the same call shape (`GET /v2/{project_id}/instances`, 0-based item
 * `offset`, `{ instance_num, instances }`); they differ only in host, query and page size.
 */
import type { QueryParams } from '../net/encoding';
import { listPage } from './pagedList';
import { ITEM_OFFSET } from './paging';
import { readListObjects, readNumberLike, readString, type JsonObject } from './parse';
import { projectSegments } from './scope';
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
  const page = await listPage(
    scope,
    {
      operation: spec.operation,
      what: 'instances',
      maxPageSize: spec.maxPageSize,
      schemes: [ITEM_OFFSET],
      request: (paging) => ({
        service: spec.service,
        region: scope.project.region,
        method: 'GET',
        path: [...projectSegments(scope), 'instances'],
        query: { ...spec.query, ...paging },
        projectId: scope.project.id,
        signal: scope.signal,
      }),
      read: (body) => ({
        items: readListObjects(body, 'instances', 'instance_num', toContainer),
        total: readNumberLike(body, 'instance_num', { optional: true }),
      }),
    },
    cursor,
    pageSize,
  );
  // Filtered after paging, so positions count what the server sent.
  const accept = spec.acceptEngine;
  return accept ? { ...page, items: page.items.filter((c) => accept(readString(c.raw, 'engine', { optional: true }))) } : page;
}
