/**
 * DCS (Redis/Memcached): instances and their background tasks, both paged by 0-based item `offset`.
 */
import { isServiceOffered } from './availability';
import { deleteInstanceTask, getInstanceTaskBody, listInstanceTasks, type InstanceTaskListSpec } from './instanceTasks';
import { listInstances } from './instances';
import { withOperation } from './parse';
import { readDcsProgress } from './progress';
import { dcsTaskState } from './status';
import type { TaskService } from './types';

/** ListInstances allows 1–1000; ListBackgroundTask documents no maximum, so the same is used. */
export const DCS_MAX_PAGE = 1000;

const TASK_LIST: InstanceTaskListSpec = {
  service: 'dcs',
  operation: 'dcs.listTasks',
  maxPageSize: DCS_MAX_PAGE,
  position: { param: 'offset', first: 0 },
  fromParam: 'start_time',
  stateOf: dcsTaskState,
};

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
};
