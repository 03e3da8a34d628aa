/**
 * Whether asking a service for a task's progress can succeed: the service has a progress call, and says
 * the task has a progress to read (DCS only for tasks listed with `enable_show`). Callers add their own
 * rule on top (the tree asks only for running tasks).
 */
import type { Task, TaskService } from './types';

export function progressAvailable(service: Pick<TaskService, 'getProgress' | 'hasProgress'>, task: Task): boolean {
  if (!service.getProgress) return false;
  return service.hasProgress?.(task) ?? true;
}
