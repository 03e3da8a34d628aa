/**
 * What Find Tasks' typed text matches: every word must appear in the task's name, id or status (as the API
 * gives it, its state: "running", "failed", or the status word the person reads) or in where it lives
 * (profile, region, service, instance), ignoring case; "older than 30 days" (or "超过 30 天", "30 天前") keeps
 * tasks by age as the tree's filter does. Knows nothing of VS Code.
 */
import { matchesFilter, type FilterableTask } from './taskFilter';

export interface TaskQuery {
  readonly words: readonly string[];
  readonly olderThanDays?: number;
}

/** The age phrases, in English and Chinese; the first group is the number of days. */
const OLDER_THAN = [/\bolder\s+than\s+(\d+)\s*(?:days?|d)\b/i, /(?:超过|早于|多于)\s*(\d+)\s*天(?:以前|之前|前)?/, /(\d+)\s*天(?:以前|之前|前)/];

export function parseTaskQuery(text: string): TaskQuery {
  const age = OLDER_THAN.map((p) => p.exec(text)).find((m) => m !== null);
  const rest = age ? text.replace(age[0], ' ') : text;
  const words = rest.toLowerCase().split(/\s+/).filter((w) => w !== '');
  return age ? { words, olderThanDays: Number(age[1]) } : { words };
}

/**
 * `where`: the task's place as the person reads it ("prod / cn-north-4 / DCS / redis-01 (id)"); `statusWord`:
 * the status as shown ("失败" in Chinese), so what is read on the row can be typed.
 */
export function matchesTaskQuery(query: TaskQuery, task: FilterableTask & { readonly status: string }, where: string, now: Date, statusWord = ''): boolean {
  if (query.olderThanDays !== undefined && !matchesFilter(task, { olderThanDays: query.olderThanDays }, now)) return false;
  const haystack = [task.name, task.id, task.status, task.state, statusWord, where].join('\n').toLowerCase();
  return query.words.every((w) => haystack.includes(w));
}
