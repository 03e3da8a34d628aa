/**
 * DCS: instances, background tasks (0-based offset paging), task progress (only for tasks with `enable_show`)
 * and delete (200 or 204).
 */
import type { DcsInstance, TaskRecord } from '../records';
import { DCS_ERROR, NO_CONTENT, ok, reject, Reply } from '../reply';
import { renderInstanceTask, scopedInstance, scopedTask, type InstanceErrors } from './instanceTasks';
import { intParam, isoTime, timeWindow } from './params';
import { position } from './position';
import type { Route, RouteContext } from './route';
import { scopedProject } from './scope';

const SCOPE = {
  malformed: DCS_ERROR(400, 'DCS.4800', 'Invalid project_id in the request.'),
  mismatch: DCS_ERROR(401, 'DCS.1004', 'The project ID does not match the token or AK/SK.'),
  forbidden: DCS_ERROR(403, 'DCS.2003', 'No permission to access the project.'),
};
const INVALID = (what: string): Reply => DCS_ERROR(400, 'DCS.4800', `Invalid ${what} in the request.`);
const ERRORS: InstanceErrors = {
  scope: SCOPE,
  badInstanceId: INVALID('instance_id'),
  noInstance: DCS_ERROR(404, 'DCS.3022', 'The instance does not exist.'),
  badTaskId: DCS_ERROR(400, 'DCS.4070', 'Invalid task ID format.'),
  // Unverified: DCS documents no code for an unknown task. DMS answers one with its instance-not-found code,
  // so this does the same; DCS.4001 is documented as "URL does not exist", which the extension never takes
  // for a deleted task.
  noTask: DCS_ERROR(404, 'DCS.3022', 'The instance or background task does not exist.'),
};
// Unverified: DCS documents no answer for the progress of a task without details (`enable_show` false); the
// closest documented code is "the system does not support DCS job".
const NO_PROGRESS = DCS_ERROR(400, 'DCS.4094', 'The background task has no detailed progress.');

function renderInstance(i: DcsInstance): Record<string, unknown> {
  return {
    instance_id: i.id,
    name: i.name,
    engine: i.engine,
    engine_version: i.engineVersion,
    status: i.status,
    sub_status: 'normal',
    spec_code: i.specCode,
    capacity: i.capacity,
    capacity_minor: '',
    max_memory: i.capacity * 1024,
    used_memory: Math.floor(i.capacity * 300),
    ip: i.ip,
    port: i.port,
    domain_name: `redis-${i.id.slice(0, 8)}.dcs.huaweicloud.com`,
    created_at: isoTime(i.createdMs),
    updated_at: isoTime(i.createdMs),
    description: '',
    enterprise_project_id: '0',
    charging_mode: 0,
    no_password_access: 'false',
    cpu_type: 'x86_64',
    enable_publicip: false,
    enable_ssl: false,
    service_upgrade: false,
    az_codes: [`${i.region}a`],
    tags: [{ key: 'env', value: i.name.split('-')[2] ?? 'prod' }],
  };
}

/** Only spec changes report their steps, as in the SDK's and the console's examples. */
const hasDetails = (t: TaskRecord): boolean => t.name === 'ChangeInstanceSpec';

function renderTask(t: TaskRecord): Record<string, unknown> {
  return { ...renderInstanceTask(t), enable_show: hasDetails(t), details: {} };
}

const instanceOf = (ctx: RouteContext): DcsInstance => scopedInstance(ctx, 'dcs', ERRORS);
const taskOf = (ctx: RouteContext): { instance: DcsInstance; task: TaskRecord } => scopedTask(ctx, 'dcs', ERRORS);

function paging(ctx: RouteContext): { offset: number; limit: number } {
  const offset = position(ctx, 'offset', 0) ?? reject(INVALID('offset'));
  const limit = intParam(ctx.query, 'limit', 1, 1000, 10) ?? reject(INVALID('limit'));
  return { offset, limit };
}

function listInstances(ctx: RouteContext): Reply {
  const projectId = scopedProject(ctx, SCOPE);
  const { offset, limit } = paging(ctx);
  const all = ctx.data.dcsInstances(projectId);
  return ok({ instance_num: all.length, instances: all.slice(offset, offset + limit).map(renderInstance) });
}

function listTasks(ctx: RouteContext): Reply {
  const instance = instanceOf(ctx);
  // The task list's maximum limit is undocumented; the task centre's 1–1000 is the closest documented rule.
  const { offset, limit } = paging(ctx);
  const window = timeWindow(ctx.query, 'start_time', 'end_time') ?? reject(INVALID('start_time or end_time'));
  const tasks = ctx.data.tasks(instance.id).filter((t) => t.createdMs >= window.from && t.createdMs <= window.to);
  // task_count is a string in the SDK model and a number in the documents' examples: the variant decides.
  const count = ctx.behaviour.dcsTaskCount === 'number' ? tasks.length : String(tasks.length);
  return ok({ task_count: count, tasks: tasks.slice(offset, offset + limit).map(renderTask) });
}

function deleteTask(ctx: RouteContext): Reply {
  const { instance, task } = taskOf(ctx);
  ctx.data.deleteTask(instance.id, task.id);
  return instance.deleteStatus === 200 ? ok({ message: '' }) : NO_CONTENT;
}

function progress(ctx: RouteContext): Reply {
  const { task } = taskOf(ctx);
  if (ctx.behaviour.dcsProgress === 'shown' && !hasDetails(task)) reject(NO_PROGRESS);
  const done = task.status === 'SUCCESS';
  const failed = task.status === 'FAILED';
  const steps = ['Prepare', 'Apply change', 'Verify'].map((name, i) => {
    const state = done ? 'FINISH' : failed ? (i === 1 ? 'FAILED' : i === 0 ? 'FINISH' : 'WAITING') : i === 0 ? 'FINISH' : i === 1 ? 'EXECUTING' : 'WAITING';
    const begin = task.createdMs + i * 60_000;
    // Times as the SDK model states them (`2020-06-17T07:38:42.503Z`); a step not begun or not ended has none.
    return {
      step_id: String(i + 1),
      step_name: name,
      step_status: state,
      ...(state === 'WAITING' ? {} : { begin_time: isoTime(begin) }),
      ...(state === 'FINISH' || state === 'FAILED' ? { end_time: isoTime(begin + 30_000) } : {}),
      error_code: state === 'FAILED' ? 'DCS.4026' : '',
      sub_step_details: [],
    };
  });
  return ok({ progress: done ? 100 : failed ? 33 : 40, remain_time: done || failed ? 0 : 120, step_details: steps });
}

export const DCS_ROUTES: readonly Route[] = [
  { service: 'dcs', method: 'GET', pattern: '/v2/{project_id}/instances', handle: listInstances },
  { service: 'dcs', method: 'GET', pattern: '/v2/{project_id}/instances/{instance_id}/tasks', handle: listTasks },
  { service: 'dcs', method: 'DELETE', pattern: '/v2/{project_id}/instances/{instance_id}/tasks/{task_id}', handle: deleteTask },
  { service: 'dcs', method: 'GET', pattern: '/v2/{project_id}/instances/{instance_id}/tasks/{task_id}/progress', handle: progress },
];
