/**
 * DCS and DMS describe a background task with the same core fields (`id`, `name`, `status`,
 * `user_name`, `created_at`, `updated_at`); one mapper for both.
 */
import { readListObjects, readNumberLike, readString, type JsonObject } from './parse';
import { parseCloudTime } from './time';
import type { Task, TaskState } from './types';

export function mapBackgroundTask(obj: JsonObject, at: string, stateOf: (status: string) => TaskState): Task {
  const status = readString(obj, 'status', { optional: true, at }) ?? '';
  return {
    id: readString(obj, 'id', { at }),
    name: readString(obj, 'name', { optional: true, at }) ?? '',
    status,
    state: stateOf(status),
    user: readString(obj, 'user_name', { optional: true, at }),
    createdAt: parseCloudTime(obj['created_at']),
    updatedAt: parseCloudTime(obj['updated_at']),
    raw: obj,
  };
}

/** The `{ task_count, tasks }` wrapper DCS and DMS share (`task_count` is a string or a number). */
export function readTaskList(
  body: JsonObject,
  stateOf: (status: string) => TaskState,
): { readonly tasks: Task[]; readonly total: number | undefined } {
  return {
    tasks: readListObjects(body, 'tasks', 'task_count', (item, at) => mapBackgroundTask(item, at, stateOf)),
    total: readNumberLike(body, 'task_count', { optional: true }),
  };
}
