/**
 * The clean-up preview: every task that would go, grouped by instance with a count per group, so what is
 * confirmed can be read in full before anything is sent; then every level that could not be listed in
 * full, and apart, what matched in instances listed only in part. Knows nothing of VS Code.
 */
import { shownTime } from '../services/shownTime';
import type { Localizer } from '../util/localizer';
import type { Candidate, ContainerFailure } from './collect';
import type { CleanupRule } from './rule';
import { describeRule, ruleStateLines } from './ruleText';
import { partlyListedText, unlistedLine, type UnlistedLevel } from './unlisted';

export interface PreviewInfo<C> {
  readonly scope: string;
  readonly rule: CleanupRule;
  readonly dryRun: boolean;
  readonly scanned: number;
  /** Every level that could not be listed in full: its tasks are not all in the preview. */
  readonly unlisted: readonly UnlistedLevel[];
  /** Instances listed in part, with what matched on the pages listed: deleted only if the person includes it. */
  readonly partly: ReadonlyArray<ContainerFailure<C>>;
  readonly groupLabel: (container: C) => string;
  /** Projects of the scope the tree does not show (Show/Hide Projects, the regions setting): not looked at. */
  readonly hiddenProjects?: readonly string[];
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
    ...(info.hiddenProjects?.length ? [l10n.t('Not looked at, as the tree hides them: {0}', info.hiddenProjects.join(', '))] : []),
    l10n.t('Rule: {0}', describeRule(info.rule, l10n)),
    ...ruleStateLines(info.rule, l10n),
    l10n.t('Tasks looked at: {0}', info.scanned),
  ];
  if (info.unlisted.length > 0) lines.push(l10n.t('Not fully listed (see the log):'), ...info.unlisted.map((u) => unlistedLine(u, l10n)));
  const partly = info.partly.filter((f) => f.candidates.length > 0);
  const rows = taskRows([...candidates, ...partly.flatMap((f) => f.candidates)]);
  for (const [container, group] of groups(candidates)) lines.push('', groupTitle(info.groupLabel(container), group.length, l10n), ...group.map(rows));
  if (partly.length > 0) {
    lines.push('', l10n.t('Partly listed instances: what matched there is deleted only if you choose to include it'));
    for (const f of partly) {
      const state = partlyListedText({ looked: f.scanned, failedPage: f.failedPage, what: 'tasks' }, l10n);
      lines.push('', `${groupTitle(info.groupLabel(f.container), f.candidates.length, l10n)} (${state})`, ...f.candidates.map(rows));
    }
  }
  return lines.join('\n') + '\n';
}

function groupTitle(label: string, count: number, l10n: Localizer): string {
  return count === 1 ? l10n.t('{0}: {1} task', label, count) : l10n.t('{0}: {1} tasks', label, count);
}

/** One indented row per task, columns padded to their widest cell so statuses of different lengths do not shift the names and times. */
function taskRows<C>(all: ReadonlyArray<Candidate<C>>): (c: Candidate<C>) => string {
  const width = (cell: (c: Candidate<C>) => string): number => Math.max(0, ...all.map((c) => cell(c).length));
  const [idWidth, statusWidth, nameWidth] = [width((c) => c.id), width((c) => c.status), width((c) => c.name)];
  return (c) => `  ${c.id.padEnd(idWidth)}  ${c.status.padEnd(statusWidth)}  ${c.name.padEnd(nameWidth)}  ${shownTime(c)?.toISOString() ?? ''}`.trimEnd();
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
