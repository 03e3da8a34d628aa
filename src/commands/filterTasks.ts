/**
 * Sets the tree's task filter one part at a time (status, name, age, text); the other parts stay. The
 * filter is global to the view, so the clicked node only decides where the command was started from.
 */
import * as vscode from 'vscode';
import { describeFilterParts, isFilterActive, stateLabel, TASK_STATES, type TaskFilter } from '../filter/taskFilter';
import type { TaskState } from '../services/types';
import type { CommandContext } from './commandContext';

type Part = 'states' | 'names' | 'age' | 'text' | 'clear';

export async function filterTasks(ctx: CommandContext): Promise<TaskFilter> {
  const current = ctx.filter.current;
  const part = await ctx.ui.pick<Part>(
    [
      { label: vscode.l10n.t('Status…'), description: current.states?.map((s) => stateLabel(s, vscode.l10n)).join(', '), value: 'states' },
      { label: vscode.l10n.t('Task name or type…'), description: current.names?.join(', '), value: 'names' },
      { label: vscode.l10n.t('Age…'), description: current.olderThanDays !== undefined ? vscode.l10n.t('older than {0} d', current.olderThanDays) : undefined, value: 'age' },
      { label: vscode.l10n.t('Text in ID or name…'), description: current.text, value: 'text' },
      ...(isFilterActive(current) ? [{ label: vscode.l10n.t('Clear Filter'), value: 'clear' as const }] : []),
    ],
    {
      title: vscode.l10n.t('Filter tasks by'),
      placeholder: isFilterActive(current) ? vscode.l10n.t('Filter tasks by (now: {0})', describeFilterParts(current, vscode.l10n)) : vscode.l10n.t('Filter tasks by'),
    },
  );
  const next = await askPart(ctx, part, current);
  await ctx.filter.set(next);
  ctx.logger.debug(`task filter: ${JSON.stringify(ctx.filter.current)}`);
  return ctx.filter.current;
}

async function askPart(ctx: CommandContext, part: Part, current: TaskFilter): Promise<TaskFilter> {
  switch (part) {
    case 'clear':
      return {};
    case 'states': {
      const any = { label: vscode.l10n.t('Any status'), value: undefined };
      const chosen = await ctx.ui.pickMany<TaskState | undefined>(
        [any, ...TASK_STATES.map((s) => ({ label: stateLabel(s, vscode.l10n), value: s, picked: current.states?.includes(s) ?? false }))],
        { title: vscode.l10n.t('Task statuses to show'), placeholder: vscode.l10n.t('Task statuses to show') },
      );
      const states = chosen.filter((s): s is TaskState => s !== undefined);
      return { ...current, states: chosen.includes(undefined) ? [] : states };
    }
    case 'names': {
      const value = await ctx.ui.input({
        title: vscode.l10n.t('Task names or types'),
        placeholder: vscode.l10n.t('Task names or types, comma-separated, e.g. restartInstance (empty: any)'),
        value: current.names?.join(', '),
      });
      return { ...current, names: value.split(',').map((n) => n.trim()).filter((n) => n !== '') };
    }
    case 'age': {
      const value = await ctx.ui.input({
        title: vscode.l10n.t('Older than (days)'),
        placeholder: vscode.l10n.t('Older than (days); empty: any age'),
        value: current.olderThanDays?.toString(),
        validate: (v) => (v.trim() === '' || /^\d{1,5}$/.test(v.trim()) ? undefined : vscode.l10n.t('Enter a whole number of days.')),
      });
      const { olderThanDays: _dropped, ...rest } = current;
      return value.trim() === '' ? rest : { ...rest, olderThanDays: Number(value.trim()) };
    }
    case 'text': {
      const value = await ctx.ui.input({
        title: vscode.l10n.t('Text in task ID or name'),
        placeholder: vscode.l10n.t('Text in task ID or name (empty: any)'),
        value: current.text,
      });
      return { ...current, text: value.trim() };
    }
  }
}
