/**
 * Clean-up by rule: choose the scope (the clicked profile, project, service or instance, or picked from the
 * palette), a rule and whether to delete or only preview; the walk runs in the background, the preview
 * opens as a read-only document, and deleting needs the count typed. Exactly the previewed tasks are sent
 * for deletion: a task that appeared after the walk is not touched. What matched in an instance listed
 * only in part is deleted only when the person says so, in a choice of its own.
 */
import * as vscode from 'vscode';
import type { Candidate } from '../cleanup/collect';
import { dryRunText, noMatchText, partlyLeftOutText, withUnlisted } from '../cleanup/outcomeText';
import { previewText } from '../cleanup/preview';
import { includesRunning } from '../cleanup/rule';
import type { UnlistedLevel } from '../cleanup/unlisted';
import type { BulkDeleteSummary } from '../deletion/bulkDelete';
import type { ContainerLocation, TaskLocation } from '../model/location';
import { serviceName } from '../tree/labels';
import { ProfileNode } from '../tree/profileNode';
import { findCandidates } from './cleanup/findCandidates';
import { pickRule } from './cleanup/pickRule';
import { isScopeNode, pickScope, scopeLabel } from './cleanup/scope';
import type { CommandContext } from './commandContext';
import { typedConfirmationAnswer, typedConfirmationPrompt } from './delete/confirmationText';
import { executeDelete } from './delete/executeDelete';
import { showDeleteSummary } from './delete/showSummary';

export interface CleanupResult {
  /** The previewed task ids, in preview order (those of partly listed instances last). */
  readonly previewIds: readonly string[];
  readonly preview: vscode.Uri;
  /** Absent for a dry run or when nothing was deleted. */
  readonly summary?: BulkDeleteSummary<TaskLocation>;
}

export function cleanUpTasks(ctx: CommandContext, node?: unknown): Promise<CleanupResult> {
  return runCleanUp(ctx, node);
}

/** `external` cancels as the notification's Cancel button does (the test API passes one; the command none). */
export async function runCleanUp(ctx: CommandContext, node: unknown, external?: AbortSignal): Promise<CleanupResult> {
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
    {
      scope: scopeLabel(scope.location),
      rule,
      dryRun,
      scanned: found.scanned,
      unlisted: found.unlisted,
      partly: found.partly,
      groupLabel,
      hiddenProjects: scope instanceof ProfileNode ? scope.hiddenProjectNames() : [],
    },
    vscode.l10n,
  );
  const preview = ctx.documents.put(`cleanup/${Date.now()}`, 'clean-up-preview', ctx.log.scrubber.scrub(text), 'txt');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(preview), { preview: true });
  const partly = found.partly.flatMap((f) => f.candidates);
  const previewIds = [...found.candidates, ...partly].map((c) => c.id);
  if (dryRun || previewIds.length === 0) {
    report(ctx, previewIds.length === 0 ? noMatchText(vscode.l10n) : dryRunText(found.candidates.length, partly.length, vscode.l10n), found.unlisted);
    return { previewIds, preview };
  }
  const targets = partly.length > 0 && (await includePartlyListed(ctx)) ? [...found.candidates, ...partly] : found.candidates;
  if (targets.length === 0) {
    report(ctx, partlyLeftOutText(vscode.l10n), found.unlisted);
    return { previewIds, preview };
  }
  const count = targets.length;
  const running = includesRunning(rule) ? targets.filter((c) => c.state === 'running').length : undefined;
  await ctx.ui.confirmTyped({ ...typedConfirmationPrompt(count, vscode.l10n, running), expected: typedConfirmationAnswer(count) });
  const summary = await executeDelete(ctx, targets.map(taskLocationOf), external);
  showDeleteSummary(ctx, 'clean-up', summary, found.unlisted);
  return { previewIds, preview, summary };
}

/** Leaving them out comes first, so the choice made without reading is the one that deletes less. */
function includePartlyListed(ctx: CommandContext): Promise<boolean> {
  return ctx.ui.pick(
    [
      { label: vscode.l10n.t('Leave them out'), detail: vscode.l10n.t('Delete only what matched in fully listed instances'), value: false },
      { label: vscode.l10n.t('Include them'), detail: vscode.l10n.t('Also delete what matched on the pages listed before the failure'), value: true },
    ],
    {
      title: vscode.l10n.t('Tasks of partly listed instances'),
      placeholder: vscode.l10n.t('Some instances could not be fully listed: also delete what matched in them?'),
    },
  );
}

/** A message that names the levels not fully listed is a warning, with the way to the log. */
function report(ctx: CommandContext, text: string, unlisted: readonly UnlistedLevel[]): void {
  const message = withUnlisted(text, unlisted, vscode.l10n);
  ctx.logger.info(`clean-up: ${message}`);
  if (unlisted.length > 0) ctx.ui.warn(message, { label: vscode.l10n.t('Show Log'), run: () => ctx.log.show() });
  else ctx.ui.info(message);
}

function groupLabel(l: ContainerLocation): string {
  return `${serviceName(l.service.id)} · ${l.container.name} (${l.container.id}) · ${l.project.name}`;
}

/** A candidate is a task of a listed instance: its location is the instance's, with the task's summary. */
function taskLocationOf(c: Candidate<ContainerLocation>): TaskLocation {
  const { container, ...task } = c;
  return { ...container, task };
}
