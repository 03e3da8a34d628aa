/**
 * Clean-up rules: which tasks a clean-up deletes. Running tasks are never matched unless the rule asks
 * for them explicitly (a filter naming the running state), since deleting one hides a task in progress.
 */
import { describeFilterParts, matchesFilter, type FilterableTask, type TaskFilter } from '../filter/taskFilter';
import type { TaskListOptions, TaskState } from '../services/types';
import type { Localizer } from '../util/localizer';

export const FINISHED_STATES: readonly TaskState[] = ['succeeded', 'failed', 'cancelled'];

const DAY_MS = 86_400_000;

export interface CleanupRule {
  readonly filter: TaskFilter;
  readonly includeRunning: boolean;
}

/** Finished, failed and cancelled tasks last updated (their shown time) more than `days` days ago. */
export function olderThanRule(days: number): CleanupRule {
  return { filter: { states: FINISHED_STATES, olderThanDays: days }, includeRunning: false };
}

/** The tree's filter as a rule: running tasks only when the filter names the running state. */
export function filterRule(filter: TaskFilter): CleanupRule {
  return { filter, includeRunning: filter.states?.includes('running') ?? false };
}

export function ruleMatches(task: FilterableTask, rule: CleanupRule, now: Date): boolean {
  return (task.state !== 'running' || rule.includeRunning) && matchesFilter(task, rule.filter, now);
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

export function describeRule(rule: CleanupRule, l10n: Localizer): string {
  const parts = describeFilterParts(rule.filter, l10n) || l10n.t('all tasks');
  return rule.includeRunning ? parts : l10n.t('{0} (running tasks excluded)', parts);
}
