/**
 * Clean-up rules: which tasks a clean-up deletes. A rule deletes tasks in the states it names and no
 * others: finished ones (finished, failed, cancelled) by default, running ones only when a filter names
 * the running state (deleting one hides a task in progress), and never a task of another or unknown
 * status (`other`: DMS `DELETED`, a CodeArts job never checked, a status this extension does not know),
 * since nothing says such a task is done.
 */
import { matchesFilter, type FilterableTask, type TaskFilter } from '../filter/taskFilter';
import type { TaskListOptions, TaskState } from '../services/types';

export const FINISHED_STATES: readonly TaskState[] = ['succeeded', 'failed', 'cancelled'];
const DELETABLE_STATES: readonly TaskState[] = ['running', ...FINISHED_STATES];

const DAY_MS = 86_400_000;

export interface CleanupRule {
  readonly filter: TaskFilter;
  /** The only states whose tasks the rule deletes; never `other`. */
  readonly states: readonly TaskState[];
}

/** Finished, failed and cancelled tasks last updated (their shown time) more than `days` days ago. */
export function olderThanRule(days: number): CleanupRule {
  return { filter: { states: FINISHED_STATES, olderThanDays: days }, states: FINISHED_STATES };
}

/** The tree's filter as a rule: the deletable states it names, or the finished ones when it names none. */
export function filterRule(filter: TaskFilter): CleanupRule {
  const named = filter.states && filter.states.length > 0 ? filter.states : FINISHED_STATES;
  return { filter, states: DELETABLE_STATES.filter((s) => named.includes(s)) };
}

export function includesRunning(rule: CleanupRule): boolean {
  return rule.states.includes('running');
}

export function ruleMatches(task: FilterableTask, rule: CleanupRule, now: Date): boolean {
  return rule.states.includes(task.state) && matchesFilter(task, rule.filter, now);
}

/**
 * A server-side time window that can only narrow the listing to tasks the rule could match, so old-task
 * clean-ups fetch fewer pages; the rule is still applied to every task listed. The server filters on
 * creation time while the rule reads the shown time, which is never earlier than the creation time: a task
 * the rule matches was created before the limit too. The limit is rounded up to the whole second, since
 * `end_time` has no milliseconds and cutting them would drop a task created in the limit's last second.
 */
export function listWindow(rule: CleanupRule, now: Date): TaskListOptions {
  const days = rule.filter.olderThanDays;
  if (days === undefined) return {};
  return { to: new Date(Math.ceil((now.getTime() - days * DAY_MS) / 1000) * 1000) };
}
