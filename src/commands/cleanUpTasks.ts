/**
 * Clean-up by rule: choose the scope (the clicked profile, project, service or instance, or picked from the
 * palette), a rule and whether to delete or only preview; the walk runs in the background, the preview
 * opens as a read-only document, and deleting needs the count typed. Exactly the previewed tasks are sent
 * for deletion: a task that appeared after the walk is not touched.
 */
import * as vscode from 'vscode';
import type { Candidate } from '../cleanup/collect';
import { findCandidates } from '../cleanup/findCandidates';
import { previewText } from '../cleanup/preview';
import { filterRule, includesRunning, olderThanRule, type CleanupRule } from '../cleanup/rule';
import { describeRuleBriefly } from '../cleanup/ruleText';
import { isScopeNode, pickScope, scopeLabel } from '../cleanup/scope';
import { isFilterActive } from '../filter/taskFilter';
import { serviceName } from '../tree/labels';
import type { ContainerNode } from '../tree/containerNode';
import type { CommandContext } from './commandContext';
import type { BulkDeleteSummary } from './delete/bulkDelete';
import { typedConfirmationAnswer, typedConfirmationPrompt } from './delete/confirmationText';
import { executeDelete } from './delete/executeDelete';
import { showDeleteSummary } from './delete/showSummary';

export interface CleanupResult {
  /** The previewed task ids, in preview order. */
  readonly previewIds: readonly string[];
  readonly preview: vscode.Uri;
  /** Absent for a dry run or when nothing matched. */
  readonly summary?: BulkDeleteSummary<Candidate<ContainerNode>>;
}

const DEFAULT_DAYS = 30;

/** `signal` exists for tests, standing in for the notification's Cancel button. */
export async function cleanUpTasks(ctx: CommandContext, node?: unknown, _selected?: unknown, signal?: unknown): Promise<CleanupResult> {
  const external = signal instanceof AbortSignal ? signal : undefined;
  const scope = isScopeNode(node) ? node : await pickScope(ctx);
  const rule = await pickRule(ctx);
  const dryRun = await ctx.ui.pick(
    [
      { label: vscode.l10n.t('Preview, then delete'), detail: vscode.l10n.t('Shows every task that would go, then asks you to type the count'), value: false },
      { label: vscode.l10n.t('Preview only (dry run)'), detail: vscode.l10n.t('Shows every task that would go; deletes nothing'), value: true },
    ],
    { title: vscode.l10n.t('Clean-up mode'), placeholder: vscode.l10n.t('Clean-up mode: delete, or preview only') },
  );
  const found = await findCandidates(ctx, scope, rule, external);
  const text = previewText(
    found.candidates,
    { scope: scopeLabel(scope), rule, dryRun, scanned: found.scanned, unlisted: found.unlisted, groupLabel },
    vscode.l10n,
  );
  const preview = ctx.documents.put(`cleanup/${Date.now()}`, 'clean-up-preview', ctx.log.scrubber.scrub(text), 'txt');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(preview), { preview: true });
  const previewIds = found.candidates.map((c) => c.id);
  const count = found.candidates.length;
  if (dryRun || count === 0) {
    ctx.ui.info(
      count === 0
        ? vscode.l10n.t('No task matches the clean-up rule.')
        : count === 1
          ? vscode.l10n.t('Dry run: {0} task would be deleted. Nothing was deleted.', count)
          : vscode.l10n.t('Dry run: {0} tasks would be deleted. Nothing was deleted.', count),
    );
    return { previewIds, preview };
  }
  const running = includesRunning(rule) ? found.candidates.filter((c) => c.state === 'running').length : undefined;
  await ctx.ui.confirmTyped({ ...typedConfirmationPrompt(count, vscode.l10n, running), expected: typedConfirmationAnswer(count) });
  // A candidate names its instance, id and name: exactly what the deletion needs, so it is its own description.
  const summary = await executeDelete(ctx, found.candidates, (c) => c, external);
  showDeleteSummary(ctx, 'clean-up', summary, found.unlisted.length);
  return { previewIds, preview, summary };
}

async function pickRule(ctx: CommandContext): Promise<CleanupRule> {
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

function groupLabel(container: ContainerNode): string {
  const service = container.parent;
  return `${serviceName(service.service.id)} · ${container.container.name} (${container.container.id}) · ${service.parent.project.name}`;
}
