/**
 * CodeArts Check: its containers are CodeArts projects (`projectman.ts`), not IAM projects; tasks are
 * listed per CodeArts project, each with its last check's status, and deleted by task id alone.
 */
import { isServiceOffered } from './availability';
import { withCheckStatuses } from './checkStatus';
import { sendDelete } from './deletion';
import { checkId } from './ids';
import { listPage } from './pagedList';
import { PAGE_FROM_0, PAGE_FROM_1 } from './paging';
import { readListObjects, readNumberLike, readString, type JsonObject } from './parse';
import { listCodeArtsProjects, PROJECTMAN_SELECTION } from './projectman';
import { parseCloudTime } from './time';
import type { Container, Page, ServiceScope, Task, TaskService } from './types';

export const CHECK_MAX_PAGE = 100;

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
 * `offset` is a page number ("like page_num"). The documents count from 1 (`offset=10&limit=100` returns from
 * record 901) but give the range 0–999999 with default 0; the SDK says only "page index". Page 0 is asked
 * first: where 0 is the first page nothing is skipped, and where pages count from 1 the server answers 0 like
 * 1 (or with nothing), the next page repeats (or stalls) and the listing moves to 1-based numbers.
 */
async function listTasks(scope: ServiceScope, container: Container, cursor?: string, pageSize?: number): Promise<Page<Task>> {
  const page = await listPage(
    scope,
    {
      operation: 'codeartsCheck.listTasks',
      what: 'tasks',
      maxPageSize: CHECK_MAX_PAGE,
      schemes: [PAGE_FROM_0, PAGE_FROM_1],
      request: (paging) => ({
        service: 'codearts-check',
        region: scope.project.region,
        method: 'GET',
        path: ['v2', checkId('codeartsProject', container.id), 'tasks'],
        query: paging,
        projectId: scope.project.id,
        signal: scope.signal,
      }),
      read: (body) => ({
        items: readListObjects(body, 'tasks', 'total', toTask),
        total: readNumberLike(body, 'total', { optional: true }),
      }),
    },
    cursor,
    pageSize,
  );
  return { ...page, items: await withCheckStatuses(scope, page.items) };
}

export const codeartsCheckService: TaskService = {
  id: 'codeartsCheck',
  label: 'CodeArts Check',
  endpointService: 'codearts-check',
  isOfferedIn: (cloud, region) => isServiceOffered('codeartsCheck', cloud, region),
  listContainers: listCodeArtsProjects,
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
  containerSelection: PROJECTMAN_SELECTION,
};
