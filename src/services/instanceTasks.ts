/**
 * DCS and DMS list an instance's background tasks with the same path and body; they differ in how
 * they page (DCS: 0-based item `offset`; DMS: 1-based `start`) and in the name of the time filter.
 */
import { sendDelete, type DeleteVerdict } from './deletion';
import { checkId } from './ids';
import { decodeCursor, encodeCursor, hasMore, pageSizeFor, type CursorKind } from './paging';
import { withOperation, type JsonObject } from './parse';
import { instanceSegments, sendForObject } from './scope';
import { readTaskList } from './taskFields';
import { formatCompactUtc } from './time';
import type { Container, Page, ServiceScope, Task, TaskListOptions, TaskState } from './types';
import { uniqueById } from './uniqueById';

export interface InstanceTaskListSpec {
  readonly service: 'dcs' | 'dms';
  readonly operation: string;
  readonly maxPageSize: number;
  /** The query parameter holding the position, and where positions start. */
  readonly position: { readonly param: CursorKind & ('offset' | 'start'); readonly first: number };
  readonly fromParam: 'start_time' | 'begin_time';
  readonly stateOf: (status: string) => TaskState;
}

export async function listInstanceTasks(
  scope: ServiceScope,
  container: Container,
  spec: InstanceTaskListSpec,
  cursor: string | undefined,
  pageSize: number | undefined,
  options: TaskListOptions = {},
): Promise<Page<Task>> {
  const { param, first } = spec.position;
  const position = decodeCursor(param, cursor, first);
  const limit = pageSizeFor(pageSize, spec.maxPageSize);
  const { body } = await sendForObject(scope.client, {
    service: spec.service,
    region: scope.project.region,
    method: 'GET',
    path: instanceSegments(scope, container.id, 'tasks'),
    query: {
      [param]: position,
      limit,
      [spec.fromParam]: options.from && formatCompactUtc(options.from),
      end_time: options.to && formatCompactUtc(options.to),
    },
    projectId: scope.project.id,
    signal: scope.signal,
    operation: spec.operation,
  });
  const { tasks, total } = withOperation(spec.operation, () => readTaskList(body, spec.stateOf));
  const nextPosition = position + tasks.length;
  const seenThrough = nextPosition - first;
  return {
    items: uniqueById(tasks),
    total,
    next: hasMore(seenThrough, tasks.length, limit, total) ? encodeCursor(param, nextPosition) : undefined,
  };
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
