/**
 * DMS (Kafka, RocketMQ, RabbitMQ share one host and API shape): instances by engine, background tasks
 * paged by 1-based `start` or 0-based `offset` as the server variant says, single task, progress, delete → 204.
 */
import { DMS_ENGINES } from '../data';
import type { DmsEngine, DmsInstance, TaskRecord } from '../records';
import { DMS_ERROR, NO_CONTENT, ok, reject, Reply, UNKNOWN_API } from '../reply';
import { renderInstanceTask, scopedInstance, scopedTask, type InstanceErrors } from './instanceTasks';
import { first, intParam, timeWindow } from './params';
import { position } from './position';
import type { Route, RouteContext } from './route';
import { scopedProject } from './scope';

const SCOPE = {
  malformed: DMS_ERROR(400, 'DMS.00400002', 'Invalid project ID format.'),
  mismatch: DMS_ERROR(401, 'DMS.10240104', 'The project ID does not match the token or AK/SK.'),
  forbidden: DMS_ERROR(403, 'DMS.00403003', 'The role does not have the permission to perform this operation.'),
};
// Unverified: the code for a bad query parameter is not in the reference; the message names the parameter.
const INVALID = (what: string): Reply => DMS_ERROR(400, 'DMS.00400000', `Invalid request parameter: ${what}.`);
const ERRORS: InstanceErrors = {
  scope: SCOPE,
  badInstanceId: DMS_ERROR(400, 'DMS.00400061', 'Invalid instance ID format.'),
  noInstance: DMS_ERROR(404, 'DMS.00404022', 'This instance does not exist.'),
  // Unverified: DMS does not document the code for an unknown task; this is what a captured SDK error showed.
  noTask: DMS_ERROR(404, 'DMS.00404022', 'The task does not exist.'),
};
/** Tasks per page: the reference's only documented bound is RocketMQ's 1–100. */
const MAX_TASK_LIMIT = 100;

function engineOf(value: string | undefined): DmsEngine | undefined {
  if (value === 'reliability') return 'rocketmq';
  return DMS_ENGINES.find((e) => e === value);
}

function renderInstance(i: DmsInstance): Record<string, unknown> {
  const common: Record<string, unknown> = {
    instance_id: i.id,
    name: i.name,
    engine: i.reportedEngine,
    engine_version: i.engineVersion,
    specification: i.specification,
    status: i.status,
    type: i.type,
    resource_spec_code: `dms.instance.${i.engine}.${i.type}`,
    created_at: String(i.createdMs),
    storage_space: i.storageSpace,
    total_storage_space: i.storageSpace,
    used_storage_space: i.usedStorageSpace,
    enterprise_project_id: '0',
    product_id: `00300-30109-0--0`,
    charging_mode: 1,
    available_zones: [`${i.region}a`],
    ssl_enable: false,
    enable_publicip: false,
    tags: [],
  };
  if (i.engine === 'kafka') Object.assign(common, { connect_address: '192.168.0.10,192.168.0.11,192.168.0.12', port: 9092, partition_num: '300' });
  if (i.engine === 'rocketmq') Object.assign(common, { namesrv_address: '192.168.0.20:8100', broker_num: i.brokerNum });
  if (i.engine === 'rabbitmq') Object.assign(common, { connect_address: '192.168.0.30', port: 5672 });
  return common;
}

const instanceOf = (ctx: RouteContext): DmsInstance => scopedInstance(ctx, 'dms', ERRORS);
const taskOf = (ctx: RouteContext): { instance: DmsInstance; task: TaskRecord } => scopedTask(ctx, 'dms', ERRORS);

function listInstances(ctx: RouteContext): Reply {
  const projectId = scopedProject(ctx, SCOPE);
  const engine = engineOf(first(ctx.query, 'engine')) ?? reject(INVALID('engine'));
  const offset = position(ctx, 'offset', 0) ?? reject(INVALID('offset'));
  const limit = intParam(ctx.query, 'limit', 1, 50, 10) ?? reject(INVALID('limit'));
  const all = ctx.data.dmsInstances(projectId, engine);
  return ok({ instance_num: all.length, instances: all.slice(offset, offset + limit).map(renderInstance) });
}

/**
 * Index of the first task of the page: `start` counts from 1, `offset` (the current SDKs) from 0. A server
 * honouring one of them ignores the other, as a server ignores any query parameter it does not know.
 */
function firstIndex(ctx: RouteContext): number {
  const honoured = ctx.behaviour.dmsTaskPaging;
  const byStart = honoured === 'start' || (honoured === 'either' && first(ctx.query, 'start') !== undefined);
  if (byStart) return (position(ctx, 'start', 1) ?? reject(INVALID('start'))) - 1;
  return position(ctx, 'offset', 0) ?? reject(INVALID('offset'));
}

function listTasks(ctx: RouteContext): Reply {
  const instance = instanceOf(ctx);
  const from = firstIndex(ctx);
  const limit = intParam(ctx.query, 'limit', 1, MAX_TASK_LIMIT, 10) ?? reject(INVALID('limit'));
  const window = timeWindow(ctx.query, 'begin_time', 'end_time') ?? reject(INVALID('begin_time or end_time'));
  const tasks = ctx.data.tasks(instance.id).filter((t) => t.createdMs >= window.from && t.createdMs <= window.to);
  const cap = ctx.behaviour.dmsTaskPageCapWithoutTotal;
  if (cap !== undefined) return ok({ tasks: tasks.slice(from, from + Math.min(limit, cap)).map(renderInstanceTask) });
  return ok({ task_count: String(tasks.length), tasks: tasks.slice(from, from + limit).map(renderInstanceTask) });
}

function showTask(ctx: RouteContext): Reply {
  const { task } = taskOf(ctx);
  return ok({ task_count: '1', tasks: [renderInstanceTask(task)] });
}

function deleteTask(ctx: RouteContext): Reply {
  const { instance, task } = taskOf(ctx);
  ctx.data.deleteTask(instance.id, task.id);
  return NO_CONTENT;
}

function progress(ctx: RouteContext): Reply {
  const { instance, task } = taskOf(ctx);
  // Only Kafka and RocketMQ have this API.
  if (instance.engine === 'rabbitmq') return UNKNOWN_API();
  const done = task.status === 'SUCCESS';
  const failed = task.status === 'FAILED';
  const steps = ['prepare', 'execute', 'finish'].map((name, i) => ({
    name,
    start_time: String(task.createdMs + i * 60_000),
    end_time: String(task.createdMs + i * 60_000 + 30_000),
    statue: done ? 'COMPLETED' : failed && i === 1 ? 'FAILED' : i === 0 ? 'COMPLETED' : i === 1 && !failed ? 'IN_PROGRESS' : 'WAITING',
  }));
  return ok({ progress_percentage: done ? 100 : failed ? 33 : 50, remain_time: done || failed ? 0 : 300, step_list: steps });
}

const TASK = '/v2/{project_id}/instances/{instance_id}/tasks/{task_id}';
export const DMS_ROUTES: readonly Route[] = [
  { service: 'dms', method: 'GET', pattern: '/v2/{project_id}/instances', handle: listInstances },
  { service: 'dms', method: 'GET', pattern: '/v2/{project_id}/instances/{instance_id}/tasks', handle: listTasks },
  { service: 'dms', method: 'GET', pattern: TASK, handle: showTask },
  { service: 'dms', method: 'DELETE', pattern: TASK, handle: deleteTask },
  { service: 'dms', method: 'GET', pattern: `${TASK}/progress`, handle: progress },
];
