/**
 * DCS and DMS list an instance's background tasks with the same path and body; they differ in how they
 * page (DCS: 0-based item `offset`; DMS: `start` or `offset`, see `dms.ts`) and in the name of the time filter.
 */
import { sendDelete, type DeleteVerdict } from './deletion';
import { checkId } from './ids';
import { listPage } from './pagedList';
import type { PagingScheme } from './paging';
import type { JsonObject } from './parse';
import { instanceSegments, sendForObject } from './scope';
import { readTaskList } from './taskFields';
import { formatCompactUtc } from './time';
import type { Container, Page, ServiceScope, Task, TaskListOptions, TaskState } from './types';

export interface InstanceTaskListSpec {
  readonly service: 'dcs' | 'dms';
  readonly operation: string;
  readonly maxPageSize: number;
  /** How the task list pages, in the order to try. */
  readonly schemes: readonly [PagingScheme, ...PagingScheme[]];
  readonly fromParam: 'start_time' | 'begin_time';
  readonly stateOf: (status: string) => TaskState;
}

export function listInstanceTasks(
  scope: ServiceScope,
  container: Container,
  spec: InstanceTaskListSpec,
  cursor: string | undefined,
  pageSize: number | undefined,
  options: TaskListOptions = {},
): Promise<Page<Task>> {
  return listPage(
    scope,
    {
      operation: spec.operation,
      what: 'tasks',
      maxPageSize: spec.maxPageSize,
      schemes: spec.schemes,
      request: (paging) => ({
        service: spec.service,
        region: scope.project.region,
        method: 'GET',
        path: instanceSegments(scope, container.id, 'tasks'),
        query: {
          ...paging,
          [spec.fromParam]: options.from && formatCompactUtc(options.from),
          end_time: options.to && formatCompactUtc(options.to),
        },
        projectId: scope.project.id,
        signal: scope.signal,
      }),
      read: (body) => {
        const { tasks, total } = readTaskList(body, spec.stateOf);
        return { items: tasks, total };
      },
    },
    cursor,
    pageSize,
  );
}

/** `GET …/instances/{id}/tasks/{task_id}[/…]` as an object (task detail, progress). */
export async function getInstanceTaskBody(
  scope: ServiceScope,
  container: Container,
  service: 'dcs' | 'dms',
  operation: string,
  taskId: string,
  ...rest: string[]
): Promise<JsonObject> {
  const { body } = await sendForObject(scope.client, {
    service,
    region: scope.project.region,
    method: 'GET',
    path: instanceSegments(scope, container.id, 'tasks', checkId('task', taskId), ...rest),
    projectId: scope.project.id,
    signal: scope.signal,
    operation,
  });
  return body;
}

/** `DELETE …/instances/{id}/tasks/{task_id}`: DCS answers 200 `{"message":""}` or 204, DMS 204. */
export function deleteInstanceTask(
  scope: ServiceScope,
  container: Container,
  service: 'dcs' | 'dms',
  operation: string,
  taskId: string,
): Promise<DeleteVerdict> {
  return sendDelete(scope.client, service, () => ({
    service,
    region: scope.project.region,
    method: 'DELETE',
    path: instanceSegments(scope, container.id, 'tasks', checkId('task', taskId)),
    projectId: scope.project.id,
    signal: scope.signal,
    operation,
  }));
}
