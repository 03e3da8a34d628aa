/** How a clean-up rule is put into words: what it selects by, and exactly which states it deletes. */
import { describeFilterParts, stateLabel } from '../filter/taskFilter';
import type { Localizer } from '../util/localizer';
import { includesRunning, type CleanupRule } from './rule';

/** "failed, older than 30 d": what the rule selects by. */
export function describeRule(rule: CleanupRule, l10n: Localizer): string {
  return describeFilterParts(rule.filter, l10n) || l10n.t('all tasks');
}

/** The rule and its states on one line, for the rule picker. */
export function describeRuleBriefly(rule: CleanupRule, l10n: Localizer): string {
  return rule.states.length > 0
    ? l10n.t('{0}; deletes only: {1}', describeRule(rule, l10n), statesText(rule, l10n))
    : l10n.t('{0}; deletes nothing: no finished or running state is named', describeRule(rule, l10n));
}

/** The preview's lines on states: which ones are deleted and, when running ones are, a warning. */
export function ruleStateLines(rule: CleanupRule, l10n: Localizer): string[] {
  if (rule.states.length === 0) {
    return [l10n.t('No task is deleted: the rule names no finished or running state, and other or unknown statuses are never cleaned up.')];
  }
  const lines = [l10n.t('Only tasks in these states are deleted: {0}. Other and unknown statuses are left alone.', statesText(rule, l10n))];
  if (includesRunning(rule)) {
    lines.push(l10n.t('Warning: the rule includes running tasks. A task that is being executed cannot be viewed after being deleted.'));
  }
  return lines;
}

function statesText(rule: CleanupRule, l10n: Localizer): string {
  return rule.states.map((s) => stateLabel(s, l10n)).join(', ');
}
