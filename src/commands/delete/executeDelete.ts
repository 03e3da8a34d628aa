/**
 * Runs confirmed deletions: "Deleting…" on the rows, progress in the view and a cancellable notification,
 * every result logged with its request id, one summary, then only the touched instances refresh.
 */
import * as vscode from 'vscode';
import { errorDetail } from '../../ui/errorText';
import type { ContainerNode } from '../../tree/containerNode';
import type { TaskNode } from '../../tree/taskNode';
import type { CommandContext } from '../commandContext';
import { runBulkDelete, type BulkDeleteSummary, type DeleteOutcome } from './bulkDelete';
import { deleteSummary } from './confirmationText';
import { logLabel } from './describeTarget';

export const EXPLORER_VIEW = 'huaweicloudTasks.explorer';

export async function executeDelete(ctx: CommandContext, nodes: readonly TaskNode[]): Promise<BulkDeleteSummary<TaskNode>> {
  for (const n of nodes) n.setDeleting(true);
  let summary: BulkDeleteSummary<TaskNode>;
  try {
    summary = await vscode.window.withProgress({ location: { viewId: EXPLORER_VIEW } }, () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Deleting {0} tasks', nodes.length), cancellable: true },
        (progress, token) => {
          const abort = new AbortController();
          token.onCancellationRequested(() => abort.abort());
          return runBulkDelete(nodes, deleteOne, {
            concurrency: ctx.settings().concurrency,
            signal: abort.signal,
            onSettled: (outcome, done, total) => {
              logOutcome(ctx, outcome);
              progress.report({ increment: 100 / total, message: `${done}/${total}` });
            },
          });
        },
      ),
    );
  } finally {
    for (const container of touchedContainers(nodes)) ctx.tree.refresh(container);
  }
  const text = deleteSummary(summary, vscode.l10n);
  ctx.logger.info(`delete summary: ${text}`);
  const showLog = { label: vscode.l10n.t('Show Log'), run: () => ctx.log.show() };
  if (summary.failed > 0) ctx.ui.warn(text, showLog);
  else ctx.ui.info(text);
  return summary;
}

async function deleteOne(node: TaskNode) {
  const service = node.parent.parent;
  return service.service.deleteTask(await service.scope(), node.parent.container, node.task.id);
}

function logOutcome(ctx: CommandContext, outcome: DeleteOutcome<TaskNode>): void {
  const what = logLabel(outcome.target);
  const rid = `request id ${outcome.requestId ?? 'none'}`;
  switch (outcome.status) {
    case 'deleted':
      return ctx.logger.info(`deleted ${what}; ${rid}`);
    case 'alreadyGone':
      return ctx.logger.info(`${what} was already gone (404); ${rid}`);
    case 'skipped':
      return ctx.logger.info(`not deleting ${what}: cancelled`);
    case 'failed':
      return ctx.logger.error(`could not delete ${what}: ${errorDetail(outcome.error)}`);
  }
}

function touchedContainers(nodes: readonly TaskNode[]): Set<ContainerNode> {
  return new Set(nodes.map((n) => n.parent));
}
