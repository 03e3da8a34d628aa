/**
 * CodeArts Check lists its tasks without a status: a task is a check job run again and again, and the
 * outcome of its last check comes only from the task's progress, `GET /v2/tasks/{task_id}/progress`,
 * whose `task_status` is 0 checking, 1 failed, 2 succeeded, 3 stopped, or null when never checked
 * (ShowProgressDetailV2). Each listed task is asked for it, a few at a time.
 */
import { isCloudError } from '../net/errors';
import { Limiter } from '../util/limiter';
import { checkId } from './ids';
import { readNumberLike, withOperation } from './parse';
import { sendForObject } from './scope';
import type { ServiceScope, Task, TaskState } from './types';

/** Status requests in flight per listed page: a page of 100 tasks should not become 100 parallel requests. */
export const CHECK_STATUS_CONCURRENCY = 4;

const OPERATION = 'codeartsCheck.getTaskStatus';

/** Words for `task_status` in the style of the other services' statuses, since the API gives only a number. */
const BY_CODE: Readonly<Record<number, { readonly status: string; readonly state: TaskState }>> = {
  0: { status: 'CHECKING', state: 'running' },
  1: { status: 'FAILED', state: 'failed' },
  2: { status: 'SUCCESS', state: 'succeeded' },
  3: { status: 'STOPPED', state: 'cancelled' },
};

/** A task never checked has nothing finished to clean up, and an unknown code is not guessed at: both are `other`. */
export function checkTaskStatus(taskStatus: number | undefined): { status: string; state: TaskState } {
  if (taskStatus === undefined) return { status: 'NOT_CHECKED', state: 'other' };
  return BY_CODE[taskStatus] ?? { status: `STATUS_${taskStatus}`, state: 'other' };
}

export async function withCheckStatuses(scope: ServiceScope, tasks: readonly Task[]): Promise<Task[]> {
  const limiter = new Limiter(CHECK_STATUS_CONCURRENCY);
  return Promise.all(tasks.map((task) => limiter.run(() => withCheckStatus(scope, task))));
}

async function withCheckStatus(scope: ServiceScope, task: Task): Promise<Task> {
  try {
    const { body } = await sendForObject(scope.client, {
      service: 'codearts-check',
      region: scope.project.region,
      method: 'GET',
      path: ['v2', 'tasks', checkId('codeartsTask', task.id), 'progress'],
      projectId: scope.project.id,
      signal: scope.signal,
      operation: OPERATION,
    });
    return { ...task, ...withOperation(OPERATION, () => checkTaskStatus(readNumberLike(body, 'task_status', { optional: true }))) };
  } catch (e) {
    if (isCloudError(e, 'cancelled') || scope.signal?.aborted) throw e;
    // The task is listed all the same; its state stays unknown (`other`), which nothing treats as running
    // or finished, so no clean-up deletes it on a guess. The client has logged why the request failed.
    return task;
  }
}
