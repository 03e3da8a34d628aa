/**
 * DMS for Kafka, RocketMQ and RabbitMQ: one API shape on the `dms` host, told apart by `engine`.
 * Tasks page by 1-based `start` in the documents, OTC and Huawei's Terraform provider, by 0-based `offset`
 * in the current SDKs; which one a region's server honours is not known, so a listing starts with `start`
 * and moves to `offset` when a page comes back repeated (see `pagedList.ts`).
 */
import { isServiceOffered } from './availability';
import { isServiceNotFound } from './deletion';
import { deleteInstanceTask, getInstanceTaskBody, listInstanceTasks, type InstanceTaskListSpec } from './instanceTasks';
import { listInstances } from './instances';
import { ITEM_OFFSET, ITEM_START } from './paging';
import { withOperation } from './parse';
import { readDmsProgress } from './progress';
import { dmsTaskState } from './status';
import { readTaskList } from './taskFields';
import type { Container, ServiceScope, Task, TaskService } from './types';

export type DmsEngine = 'kafka' | 'rocketmq' | 'rabbitmq';

/** ListInstances allows 1–50. */
export const DMS_MAX_INSTANCE_PAGE = 50;
/** Undocumented for Kafka/RabbitMQ; a RocketMQ doc gives 1–100. A server capping lower still pages right. */
export const DMS_MAX_TASK_PAGE = 100;

interface EngineInfo {
  readonly label: string;
  /** `engine` values an instance of this engine may report; RocketMQ was `reliability` until 2024. */
  readonly reported: readonly string[];
  readonly hasProgress: boolean;
}

const ENGINES: Readonly<Record<DmsEngine, EngineInfo>> = {
  kafka: { label: 'DMS for Kafka', reported: ['kafka'], hasProgress: true },
  rocketmq: { label: 'DMS for RocketMQ', reported: ['rocketmq', 'reliability'], hasProgress: true },
  rabbitmq: { label: 'DMS for RabbitMQ', reported: ['rabbitmq'], hasProgress: false },
};

async function getTask(scope: ServiceScope, container: Container, taskId: string, operation: string): Promise<Task | undefined> {
  try {
    const body = await getInstanceTaskBody(scope, container, 'dms', operation, taskId);
    // The detail call answers with the list wrapper `{ task_count: "1", tasks: [...] }`.
    const { tasks } = withOperation(operation, () => readTaskList(body, dmsTaskState));
    return tasks.find((t) => t.id === taskId);
  } catch (e) {
    if (isServiceNotFound('dms', e)) return undefined;
    throw e;
  }
}

export function createDmsService(engine: DmsEngine): TaskService {
  const info = ENGINES[engine];
  const op = (name: string): string => `dms.${engine}.${name}`;
  const taskList: InstanceTaskListSpec = {
    service: 'dms',
    operation: op('listTasks'),
    maxPageSize: DMS_MAX_TASK_PAGE,
    schemes: [ITEM_START, ITEM_OFFSET],
    fromParam: 'begin_time',
    stateOf: dmsTaskState,
  };
  const service: TaskService = {
    id: engine,
    label: info.label,
    endpointService: 'dms',
    isOfferedIn: (cloud, region) => isServiceOffered(engine, cloud, region),
    listContainers: (scope, cursor, pageSize) =>
      listInstances(
        scope,
        {
          service: 'dms',
          operation: op('listInstances'),
          maxPageSize: DMS_MAX_INSTANCE_PAGE,
          query: { engine },
          acceptEngine: (reported) => reported === undefined || info.reported.includes(reported.toLowerCase()),
        },
        cursor,
        pageSize,
      ),
    listTasks: (scope, container, cursor, pageSize, options) =>
      listInstanceTasks(scope, container, taskList, cursor, pageSize, options),
    deleteTask: (scope, container, taskId) => deleteInstanceTask(scope, container, 'dms', op('deleteTask'), taskId),
    getTask: (scope, container, taskId) => getTask(scope, container, taskId, op('getTask')),
  };
  if (!info.hasProgress) return service;
  return {
    ...service,
    getProgress: async (scope, container, taskId) => {
      const body = await getInstanceTaskBody(scope, container, 'dms', op('getProgress'), taskId, 'progress');
      return withOperation(op('getProgress'), () => readDmsProgress(body));
    },
  };
}

export const kafkaService = createDmsService('kafka');
export const rocketmqService = createDmsService('rocketmq');
export const rabbitmqService = createDmsService('rabbitmq');
