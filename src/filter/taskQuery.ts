/**
 * What Find Tasks' typed text matches: every word must appear in the task's name, id or status (as the API
 * gives it, or its state: "running", "failed") or in where it lives (profile, region, service, instance),
 * ignoring case; "older than 30 days" keeps tasks by age as the tree's filter does. Knows nothing of VS Code.
 */
import { matchesFilter, type FilterableTask } from './taskFilter';

export interface TaskQuery {
  readonly words: readonly string[];
  readonly olderThanDays?: number;
}

const OLDER_THAN = /\bolder\s+than\s+(\d+)\s*(?:days?|d)\b/i;

export function parseTaskQuery(text: string): TaskQuery {
  const age = OLDER_THAN.exec(text);
  const rest = age ? text.replace(age[0], ' ') : text;
  const words = rest.toLowerCase().split(/\s+/).filter((w) => w !== '');
  return age ? { words, olderThanDays: Number(age[1]) } : { words };
}

/** `where`: the task's place as the person reads it ("prod / cn-north-4 / DCS / redis-01 (id)"). */
export function matchesTaskQuery(query: TaskQuery, task: FilterableTask & { readonly status: string }, where: string, now: Date): boolean {
  if (query.olderThanDays !== undefined && !matchesFilter(task, { olderThanDays: query.olderThanDays }, now)) return false;
  const haystack = [task.name, task.id, task.status, task.state, where].join('\n').toLowerCase();
  return query.words.every((w) => haystack.includes(w));
}
