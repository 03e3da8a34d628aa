/**
 * DCS (Redis/Memcached): instances and their background tasks, both paged by 0-based item `offset`.
 */
import { isServiceOffered } from './availability';
import { deleteInstanceTask, getInstanceTaskBody, listInstanceTasks, type InstanceTaskListSpec } from './instanceTasks';
import { listInstances } from './instances';
import { ITEM_OFFSET } from './paging';
import { withOperation } from './parse';
import { readDcsProgress } from './progress';
import { dcsTaskState } from './status';
import type { Task, TaskService } from './types';

/** ListInstances allows 1–1000; ListBackgroundTask documents no maximum, so the same is used. */
export const DCS_MAX_PAGE = 1000;

const TASK_LIST: InstanceTaskListSpec = {
  service: 'dcs',
  operation: 'dcs.listTasks',
  maxPageSize: DCS_MAX_PAGE,
  schemes: [ITEM_OFFSET],
  fromParam: 'start_time',
  stateOf: dcsTaskState,
};

/**
 * `enable_show` ("has detailed task progress that can be expanded", SingleBackgroundTask): only those tasks
 * have a progress to read. A task that does not say so has none, as the console shows no steps for it.
 */
export function dcsTaskHasProgress(task: Task): boolean {
  return task.raw['enable_show'] === true;
}

export const dcsService: TaskService = {
  id: 'dcs',
  label: 'DCS (Redis/Memcached)',
  endpointService: 'dcs',
  isOfferedIn: (cloud, region) => isServiceOffered('dcs', cloud, region),
  listContainers: (scope, cursor, pageSize) =>
    listInstances(scope, { service: 'dcs', operation: 'dcs.listInstances', maxPageSize: DCS_MAX_PAGE }, cursor, pageSize),
  listTasks: (scope, container, cursor, pageSize, options) =>
    listInstanceTasks(scope, container, TASK_LIST, cursor, pageSize, options),
  deleteTask: (scope, container, taskId) => deleteInstanceTask(scope, container, 'dcs', 'dcs.deleteTask', taskId),
  getProgress: async (scope, container, taskId) => {
    const body = await getInstanceTaskBody(scope, container, 'dcs', 'dcs.getProgress', taskId, 'progress');
    return withOperation('dcs.getProgress', () => readDcsProgress(body));
  },
  hasProgress: dcsTaskHasProgress,
};
