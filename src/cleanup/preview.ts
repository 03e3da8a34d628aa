/**
 * The clean-up preview: every task that would go, grouped by instance with a count per group, so what is
 * confirmed can be read in full before anything is sent. Knows nothing of VS Code.
 */
import { shownTime } from '../services/shownTime';
import type { Localizer } from '../util/localizer';
import type { Candidate } from './collect';
import type { CleanupRule } from './rule';
import { describeRule, ruleStateLines } from './ruleText';

export interface PreviewInfo<C> {
  readonly scope: string;
  readonly rule: CleanupRule;
  readonly dryRun: boolean;
  readonly scanned: number;
  /** Instances that could not be listed: their tasks are not in the preview. */
  readonly unlisted: readonly string[];
  readonly groupLabel: (container: C) => string;
}

export function previewText<C>(candidates: ReadonlyArray<Candidate<C>>, info: PreviewInfo<C>, l10n: Localizer): string {
  const lines = [
    info.dryRun
      ? candidates.length === 1
        ? l10n.t('Clean-up preview (dry run, nothing is deleted): {0} task would be deleted', candidates.length)
        : l10n.t('Clean-up preview (dry run, nothing is deleted): {0} tasks would be deleted', candidates.length)
      : candidates.length === 1
        ? l10n.t('Clean-up preview: {0} task would be deleted', candidates.length)
        : l10n.t('Clean-up preview: {0} tasks would be deleted', candidates.length),
    l10n.t('Scope: {0}', info.scope),
    l10n.t('Rule: {0}', describeRule(info.rule, l10n)),
    ...ruleStateLines(info.rule, l10n),
    l10n.t('Tasks looked at: {0}', info.scanned),
  ];
  if (info.unlisted.length > 0) lines.push(l10n.t('Not listed (failed, see the log): {0}', info.unlisted.join(', ')));
  // Columns padded to their widest cell, so statuses of different lengths do not shift the names and times.
  const width = (cell: (c: Candidate<C>) => string): number => Math.max(0, ...candidates.map((c) => cell(c).length));
  const [idWidth, statusWidth, nameWidth] = [width((c) => c.id), width((c) => c.status), width((c) => c.name)];
  for (const [container, group] of groups(candidates)) {
    const label = info.groupLabel(container);
    lines.push('', group.length === 1 ? l10n.t('{0}: {1} task', label, group.length) : l10n.t('{0}: {1} tasks', label, group.length));
    for (const c of group) {
      const when = shownTime(c)?.toISOString() ?? '';
      lines.push(`  ${c.id.padEnd(idWidth)}  ${c.status.padEnd(statusWidth)}  ${c.name.padEnd(nameWidth)}  ${when}`.trimEnd());
    }
  }
  return lines.join('\n') + '\n';
}

/** Candidates by container, in first-seen order. */
export function groups<C>(candidates: ReadonlyArray<Candidate<C>>): Map<C, Array<Candidate<C>>> {
  const out = new Map<C, Array<Candidate<C>>>();
  for (const c of candidates) {
    let g = out.get(c.container);
    if (!g) out.set(c.container, (g = []));
    g.push(c);
  }
  return out;
}
