/**
 * CodeArts projects, the containers of CodeArts Check tasks: ProjectMan `GET /v4/projects`.
 *
 * Identity: the official SDKs build the ProjectMan client from project-scoped credentials, so they sign
 * `X-Project-Id` (the region's IAM project); the extension used to treat ProjectMan as a global service and
 * sign `X-Domain-Id`. The SDK's way is sent first; should ProjectMan refuse it as unauthorised, the account id
 * is tried once, and whichever was accepted is kept for that client.
 *
 * Selection: without `query_type` ProjectMan lists only the projects the keys' user has joined. That is what
 * is asked for: CodeArts Check answers for a project's tasks only to its members, and `domain_projects` (every
 * project of the account) is not documented to be open to every IAM user. `containerSelection` says so.
 */
import type { ApiClient } from '../net/api';
import { isCloudError } from '../net/errors';
import { listPage } from './pagedList';
import { ITEM_OFFSET, PAGE_FROM_0 } from './paging';
import { readListObjects, readNumberLike, readString, type JsonObject } from './parse';
import { parseCloudTime } from './time';
import type { Container, ContainerSelection, Page, ServiceScope } from './types';

/** ProjectMan allows `limit` up to 1000 but returns at most 100 per page; asking for more hides short pages. */
export const PROJECTMAN_MAX_PAGE = 100;

export const PROJECTMAN_SELECTION: ContainerSelection = 'joined';

type Identity = 'project' | 'domain';

/** The identity ProjectMan accepted, per client (a client stands for one profile's keys and endpoints). */
const accepted = new WeakMap<ApiClient, Identity>();

function toProject(obj: JsonObject, at: string): Container {
  return {
    id: readString(obj, 'project_id', { at }),
    name: readString(obj, 'project_name', { optional: true, at }) ?? '',
    kind: 'codeartsProject',
    engine: readString(obj, 'project_type', { optional: true, at }),
    createdAt: parseCloudTime(obj['created_time']),
    raw: obj,
  };
}

/**
 * `offset` "starts from 0" without saying whether it counts items or pages. Items first: a server counting
 * pages answers the second request (offset 100) with an empty page short of its total, and the listing
 * moves to page numbers.
 */
function listWith(scope: ServiceScope, identity: Identity, cursor: string | undefined, pageSize: number | undefined): Promise<Page<Container>> {
  return listPage(
    scope,
    {
      operation: 'projectman.listProjects',
      what: 'CodeArts projects',
      maxPageSize: PROJECTMAN_MAX_PAGE,
      schemes: [ITEM_OFFSET, PAGE_FROM_0],
      request: (paging) => ({
        service: 'projectman-ext',
        region: scope.project.region,
        method: 'GET',
        path: ['v4', 'projects'],
        query: paging,
        ...(identity === 'project' ? { projectId: scope.project.id } : { domainId: scope.project.domainId }),
        signal: scope.signal,
      }),
      read: (body) => ({
        items: readListObjects(body, 'projects', 'total', toProject),
        total: readNumberLike(body, 'total', { optional: true }),
      }),
    },
    cursor,
    pageSize,
  );
}

/** A refusal of who is asking, not of the keys themselves (a clock off by 15 minutes fails both ways). */
function refusedIdentity(e: unknown): boolean {
  return (isCloudError(e, 'auth') || isCloudError(e, 'forbidden')) && !e.clockSkew;
}

export async function listCodeArtsProjects(scope: ServiceScope, cursor?: string, pageSize?: number): Promise<Page<Container>> {
  const known = accepted.get(scope.client);
  if (known) return listWith(scope, known, cursor, pageSize);
  try {
    const page = await listWith(scope, 'project', cursor, pageSize);
    accepted.set(scope.client, 'project');
    return page;
  } catch (e) {
    if (!refusedIdentity(e) || !scope.project.domainId) throw e;
    scope.logger?.info('projectman.listProjects: refused with X-Project-Id; asking again with X-Domain-Id');
    try {
      const page = await listWith(scope, 'domain', cursor, pageSize);
      accepted.set(scope.client, 'domain');
      return page;
    } catch {
      // Both refused: the first refusal (the SDK's own way of asking) is the one to show.
      throw e;
    }
  }
}
