/**
 * What DCS and DMS share about an instance's background tasks: the task's shape, and finding the scoped
 * instance and task of a path. Each service keeps its own error codes.
 */
import type { Container, DcsInstance, DmsInstance, TaskRecord } from '../records';
import { reject, type Reply } from '../reply';
import { isoTime, TASK_ID, UUID } from './params';
import type { RouteContext } from './route';
import { scopedProject, type ScopeErrors } from './scope';

export interface InstanceErrors {
  readonly scope: ScopeErrors;
  readonly badInstanceId: Reply;
  readonly noInstance: Reply;
  /** A malformed task id; without it, answered as an unknown task (DMS). */
  readonly badTaskId?: Reply;
  readonly noTask: Reply;
}

/** A background task as both services list it; DCS adds fields of its own. */
export function renderInstanceTask(t: TaskRecord): Record<string, unknown> {
  return {
    id: t.id,
    name: t.name,
    user_name: t.userName,
    user_id: t.userId,
    params: t.params,
    status: t.status,
    created_at: isoTime(t.createdMs),
    updated_at: isoTime(t.updatedMs),
  };
}

/** The path's instance of this service in the scoped project, or a rejection as the cloud gives it. */
export function scopedInstance<K extends 'dcs' | 'dms'>(ctx: RouteContext, kind: K, errors: InstanceErrors): Extract<Container, { kind: K }> {
  const projectId = scopedProject(ctx, errors.scope);
  const id = ctx.params.instance_id ?? '';
  if (!UUID.test(id)) reject(errors.badInstanceId);
  const c = ctx.data.container(id);
  return c?.kind === kind && c.projectId === projectId ? (c as Extract<Container, { kind: K }>) : reject(errors.noInstance);
}

/** The path's task of the scoped instance, or a rejection. */
export function scopedTask<K extends 'dcs' | 'dms'>(
  ctx: RouteContext,
  kind: K,
  errors: InstanceErrors,
): { instance: Extract<Container, { kind: K }>; task: TaskRecord } {
  const instance = scopedInstance(ctx, kind, errors);
  const taskId = ctx.params.task_id ?? '';
  if (!TASK_ID.test(taskId)) reject(errors.badTaskId ?? errors.noTask);
  // A generic Extract hides the id that both instance kinds have.
  const task = ctx.data.task((instance as DcsInstance | DmsInstance).id, taskId);
  return task ? { instance, task } : reject(errors.noTask);
}
