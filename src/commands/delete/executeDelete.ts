/**
 * Runs confirmed deletions: "Deleting…" on the rows, progress in the view and a cancellable notification,
 * every result logged with its request id, one summary, then only the touched instances refresh.
 */
import * as vscode from 'vscode';
import { recordDeletion } from '../../history/treeRecords';
import type { ContainerNode } from '../../tree/containerNode';
import type { TaskNode } from '../../tree/taskNode';
import type { CommandContext } from '../commandContext';
import { runBulkDelete, type BulkDeleteSummary } from './bulkDelete';
import { deleteSummary } from './confirmationText';
import { logLabel } from './describeTarget';
import { logDeleteOutcome } from './logOutcome';

export const EXPLORER_VIEW = 'huaweicloudTasks.explorer';

export async function executeDelete(ctx: CommandContext, nodes: readonly TaskNode[]): Promise<BulkDeleteSummary<TaskNode>> {
  for (const n of nodes) n.setDeleting(true);
  let summary: BulkDeleteSummary<TaskNode>;
  try {
    summary = await vscode.window.withProgress({ location: { viewId: EXPLORER_VIEW } }, () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: nodes.length === 1 ? vscode.l10n.t('Deleting {0} task', nodes.length) : vscode.l10n.t('Deleting {0} tasks', nodes.length), cancellable: true },
        (progress, token) => {
          const abort = new AbortController();
          token.onCancellationRequested(() => abort.abort());
          return runBulkDelete(nodes, deleteOne, {
            concurrency: ctx.settings().concurrency,
            signal: abort.signal,
            onSettled: (outcome, done, total) => {
              logDeleteOutcome(ctx.logger, logLabel(outcome.target), outcome);
              recordDeletion(ctx, { container: outcome.target.parent, id: outcome.target.task.id, name: outcome.target.task.name }, outcome);
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

function touchedContainers(nodes: readonly TaskNode[]): Set<ContainerNode> {
  return new Set(nodes.map((n) => n.parent));
}
