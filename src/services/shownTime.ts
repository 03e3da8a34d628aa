/**
 * The one time a task is shown and judged by: the tree row shows it ("3 h ago"), and the filter's and the
 * clean-up's age tests read it, so a task never looks recent on its row while a rule deletes it as old.
 *
 * It is the later of the task's update and creation times: for DCS/DMS the last change, for a CodeArts
 * check job its last check. The later one rather than "updated, else created", because servers are not
 * trusted to keep created <= updated: with the later one a task is never older by this time than by its
 * creation, which keeps a server-side window on creation time (see `listWindow`) a safe superset.
 */
import type { Task } from './types';

export function shownTime(task: Pick<Task, 'createdAt' | 'updatedAt'>): Date | undefined {
  const { createdAt, updatedAt } = task;
  if (!createdAt || !updatedAt) return updatedAt ?? createdAt;
  return updatedAt.getTime() >= createdAt.getTime() ? updatedAt : createdAt;
}
