/**
 * The tree's task filter: by state, by task name (the task's type, e.g. `restartInstance`), by age and by
 * text in the id or name. Kept free of VS Code so matching is unit-tested and shared with clean-up rules.
 */
import { shownTime } from '../services/shownTime';
import type { Task, TaskState } from '../services/types';
import type { Localizer } from '../util/localizer';

export const TASK_STATES: readonly TaskState[] = ['running', 'succeeded', 'failed', 'cancelled', 'other'];

const DAY_MS = 86_400_000;

export interface TaskFilter {
  /** Only tasks in one of these states; absent or empty: any state. */
  readonly states?: readonly TaskState[];
  /** Only tasks whose name is one of these, ignoring case. */
  readonly names?: readonly string[];
  /** Only tasks whose shown time (last update, see `shownTime`) is more than this many days ago. */
  readonly olderThanDays?: number;
  /** Only tasks whose id or name contains this, ignoring case. */
  readonly text?: string;
}

/** What matching reads of a task: no raw body, so callers can keep compact copies. */
export type FilterableTask = Pick<Task, 'id' | 'name' | 'state' | 'createdAt' | 'updatedAt'>;

export function isFilterActive(f: TaskFilter): boolean {
  return (f.states?.length ?? 0) > 0 || (f.names?.length ?? 0) > 0 || f.olderThanDays !== undefined || (f.text ?? '') !== '';
}

export function matchesFilter(task: FilterableTask, f: TaskFilter, now: Date): boolean {
  if (f.states && f.states.length > 0 && !f.states.includes(task.state)) return false;
  if (f.names && f.names.length > 0 && !f.names.some((n) => n.toLowerCase() === task.name.toLowerCase())) return false;
  if (f.olderThanDays !== undefined) {
    // The age of the time the task's row shows. A task without a time has no known age: it is never
    // "old", so an age rule cannot delete it.
    const when = shownTime(task);
    if (!when || now.getTime() - when.getTime() <= f.olderThanDays * DAY_MS) return false;
  }
  const text = (f.text ?? '').trim().toLowerCase();
  if (text !== '' && !task.id.toLowerCase().includes(text) && !task.name.toLowerCase().includes(text)) return false;
  return true;
}

/** A filter read back from storage, keeping only well-formed fields (the stored value may be from another version). */
export function normalizeFilter(value: unknown): TaskFilter {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);
  const states = strings(v.states).filter((s): s is TaskState => (TASK_STATES as readonly string[]).includes(s));
  const names = strings(v.names).map((s) => s.trim());
  const days = typeof v.olderThanDays === 'number' && Number.isFinite(v.olderThanDays) && v.olderThanDays >= 0 ? Math.floor(v.olderThanDays) : undefined;
  const text = typeof v.text === 'string' ? v.text.trim() : '';
  return {
    ...(states.length > 0 ? { states: [...new Set(states)] } : {}),
    ...(names.length > 0 ? { names: [...new Set(names)] } : {}),
    ...(days !== undefined ? { olderThanDays: days } : {}),
    ...(text !== '' ? { text } : {}),
  };
}

/** Equal for filters that match the same tasks, whatever the order they were built in. */
export function filterKey(f: TaskFilter): string {
  const n = normalizeFilter(f);
  return JSON.stringify([[...(n.states ?? [])].sort(), [...(n.names ?? [])].map((s) => s.toLowerCase()).sort(), n.olderThanDays ?? null, (n.text ?? '').toLowerCase()]);
}

export function stateLabel(state: TaskState, l10n: Localizer): string {
  switch (state) {
    case 'running':
      return l10n.t('running');
    case 'succeeded':
      return l10n.t('finished');
    case 'failed':
      return l10n.t('failed');
    case 'cancelled':
      return l10n.t('cancelled');
    case 'other':
      return l10n.t('other status');
  }
}

/** "failed, older than 30 d, name: restartInstance, “abc”": the parts of a filter, for the view and the preview. */
export function describeFilterParts(f: TaskFilter, l10n: Localizer): string {
  const parts: string[] = [];
  if (f.states && f.states.length > 0) parts.push(f.states.map((s) => stateLabel(s, l10n)).join(', '));
  if (f.olderThanDays !== undefined) parts.push(l10n.t('older than {0} d', f.olderThanDays));
  if (f.names && f.names.length > 0) parts.push(l10n.t('name: {0}', f.names.join(', ')));
  if (f.text) parts.push(l10n.t('“{0}”', f.text));
  return parts.join(', ');
}

/** The view's description while a filter is active, e.g. "Filter: failed, older than 30 d"; empty otherwise. */
export function describeFilter(f: TaskFilter, l10n: Localizer): string {
  return isFilterActive(f) ? l10n.t('Filter: {0}', describeFilterParts(f, l10n)) : '';
}
