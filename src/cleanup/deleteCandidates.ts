/**
 * Deletes exactly the previewed tasks through the bulk engine: progress and cancel in a notification,
 * every outcome logged and recorded in the history, then only the touched instances refresh.
 */
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/commandContext';
import { runBulkDelete, type BulkDeleteSummary } from '../commands/delete/bulkDelete';
import { taskLogLabel } from '../commands/delete/describeTarget';
import { EXPLORER_VIEW } from '../commands/delete/executeDelete';
import { logDeleteOutcome } from '../commands/delete/logOutcome';
import { recordDeletion } from '../history/treeRecords';
import type { ContainerNode } from '../tree/containerNode';
import type { Candidate } from './collect';

export type CleanupTarget = Candidate<ContainerNode>;

export async function deleteCandidates(
  ctx: CommandContext,
  targets: readonly CleanupTarget[],
  external?: AbortSignal,
): Promise<BulkDeleteSummary<CleanupTarget>> {
  try {
    return await vscode.window.withProgress({ location: { viewId: EXPLORER_VIEW } }, () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: targets.length === 1 ? vscode.l10n.t('Deleting {0} task', targets.length) : vscode.l10n.t('Deleting {0} tasks', targets.length), cancellable: true },
        (progress, token) => {
          const abort = new AbortController();
          token.onCancellationRequested(() => abort.abort());
          return runBulkDelete(targets, deleteOne, {
            concurrency: ctx.settings().concurrency,
            signal: external ? AbortSignal.any([abort.signal, external]) : abort.signal,
            onSettled: (outcome, done, total) => {
              logDeleteOutcome(ctx.logger, taskLogLabel(outcome.target.container, outcome.target.id, outcome.target.name), outcome);
              recordDeletion(ctx, outcome.target, outcome);
              progress.report({ increment: 100 / total, message: `${done}/${total}` });
            },
          });
        },
      ),
    );
  } finally {
    for (const container of new Set(targets.map((t) => t.container))) ctx.tree.refresh(container);
  }
}

async function deleteOne(target: CleanupTarget) {
  const service = target.container.parent;
  return service.service.deleteTask(await service.scope(), target.container.container, target.id);
}
