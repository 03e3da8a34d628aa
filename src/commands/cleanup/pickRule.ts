/** The clean-up rule, chosen from the palette: finished tasks older than N days, or the tree's current filter. */
import * as vscode from 'vscode';
import type { CommandContext } from '../commandContext';
import { isFilterActive } from '../../filter/taskFilter';
import { filterRule, olderThanRule, type CleanupRule } from '../../cleanup/rule';
import { describeRuleBriefly } from '../../cleanup/ruleText';

const DEFAULT_DAYS = 30;

export async function pickRule(ctx: CommandContext): Promise<CleanupRule> {
  const filter = ctx.filter.current;
  type Choice = 'age' | 'filter';
  const choice = await ctx.ui.pick<Choice>(
    [
      { label: vscode.l10n.t('Finished, failed and cancelled tasks older than N days'), detail: vscode.l10n.t('Running tasks are never included'), value: 'age' },
      ...(isFilterActive(filter)
        ? [{ label: vscode.l10n.t('Tasks matching the current filter'), detail: describeRuleBriefly(filterRule(filter), vscode.l10n), value: 'filter' as const }]
        : []),
    ],
    { title: vscode.l10n.t('Clean-up rule'), placeholder: vscode.l10n.t('Clean-up rule: which tasks to delete') },
  );
  if (choice === 'filter') return filterRule(filter);
  const days = await ctx.ui.input({
    title: vscode.l10n.t('Older than (days)'),
    placeholder: vscode.l10n.t('Older than (days), e.g. {0}', DEFAULT_DAYS),
    value: String(DEFAULT_DAYS),
    validate: (v) => (/^\d{1,5}$/.test(v.trim()) ? undefined : vscode.l10n.t('Enter a whole number of days.')),
  });
  return olderThanRule(Number(days.trim()));
}
