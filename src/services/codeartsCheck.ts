/**
 * CodeArts Check: its containers are CodeArts projects (ProjectMan `GET /v4/projects`), not IAM
 * projects; tasks are listed per CodeArts project, each with its last check's status, and deleted by
 * task id alone.
 */
import { isServiceOffered } from './availability';
import { withCheckStatuses } from './checkStatus';
import { sendDelete } from './deletion';
import { checkId } from './ids';
import { decodeCursor, encodeCursor, hasMore, pageSizeFor } from './paging';
import { readListObjects, readNumberLike, readString, withOperation, type JsonObject } from './parse';
import { sendForObject } from './scope';
import { parseCloudTime } from './time';
import type { Container, Page, ServiceScope, Task, TaskService } from './types';

/** ProjectMan allows `limit` up to 1000 but returns at most 100 per page; asking for more hides short pages. */
export const PROJECTMAN_MAX_PAGE = 100;
export const CHECK_MAX_PAGE = 100;

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

function toTask(obj: JsonObject, at: string): Task {
  return {
    id: readString(obj, 'task_id', { at }),
    name: readString(obj, 'task_name', { optional: true, at }) ?? '',
    // The list has no status; `withCheckStatuses` fills in the last check's. Until then: unknown.
    status: '',
    state: 'other',
    user: readString(obj, 'creator_id', { optional: true, at }),
    createdAt: parseCloudTime(obj['created_at']),
    updatedAt: parseCloudTime(obj['last_check_time']),
    raw: obj,
  };
}

/**
 * ProjectMan's `offset` "starts from 0" without saying whether it counts items or pages. It is sent
 * as an item offset: if the server counted pages, the second request would ask for a page far past
 * the end and come back empty, which ends the list; the other reading would repeat projects.
 */
async function listContainers(scope: ServiceScope, cursor?: string, pageSize?: number): Promise<Page<Container>> {
  const operation = 'projectman.listProjects';
  const offset = decodeCursor('offset', cursor, 0);
  const limit = pageSizeFor(pageSize, PROJECTMAN_MAX_PAGE);
  const { body } = await sendForObject(scope.client, {
    service: 'projectman-ext',
    region: scope.project.region,
    method: 'GET',
    path: ['v4', 'projects'],
    query: { offset, limit },
    domainId: scope.project.domainId,
    signal: scope.signal,
    operation,
  });
  return withOperation(operation, () => {
    const items = readListObjects(body, 'projects', 'total', toProject);
    const total = readNumberLike(body, 'total', { optional: true });
    const seen = offset + items.length;
    return { items, total, next: hasMore(seen, items.length, limit, total) ? encodeCursor('offset', seen) : undefined };
  });
}

/** `offset` is a 1-based page number here ("like page_num"). */
async function listTasks(scope: ServiceScope, container: Container, cursor?: string, pageSize?: number): Promise<Page<Task>> {
  const operation = 'codeartsCheck.listTasks';
  const page = decodeCursor('page', cursor, 1);
  const limit = pageSizeFor(pageSize, CHECK_MAX_PAGE);
  const { body } = await sendForObject(scope.client, {
    service: 'codearts-check',
    region: scope.project.region,
    method: 'GET',
    path: ['v2', checkId('codeartsProject', container.id), 'tasks'],
    query: { offset: page, limit },
    projectId: scope.project.id,
    signal: scope.signal,
    operation,
  });
  const { listed, total } = withOperation(operation, () => ({
    listed: readListObjects(body, 'tasks', 'total', toTask),
    total: readNumberLike(body, 'total', { optional: true }),
  }));
  const seen = (page - 1) * limit + listed.length;
  const items = await withCheckStatuses(scope, listed);
  return { items, total, next: hasMore(seen, listed.length, limit, total) ? encodeCursor('page', page + 1) : undefined };
}

export const codeartsCheckService: TaskService = {
  id: 'codeartsCheck',
  label: 'CodeArts Check',
  endpointService: 'codearts-check',
  isOfferedIn: (cloud, region) => isServiceOffered('codeartsCheck', cloud, region),
  listContainers,
  listTasks,
  // 200 with a `null` body; the path has no project id.
  deleteTask: (scope, _container, taskId) =>
    sendDelete(scope.client, 'codearts-check', () => ({
      service: 'codearts-check',
      region: scope.project.region,
      method: 'DELETE',
      path: ['v2', 'tasks', checkId('codeartsTask', taskId)],
      projectId: scope.project.id,
      signal: scope.signal,
      operation: 'codeartsCheck.deleteTask',
    })),
};
