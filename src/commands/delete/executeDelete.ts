/**
 * Runs confirmed deletions, whether picked in the tree or found by a clean-up: progress with cancel, every
 * outcome logged with its request id and recorded in the history, then only the touched instances refresh.
 */
import * as vscode from 'vscode';
import { recordDeletion, type DeletedTask } from '../../history/treeRecords';
import { withViewProgress } from '../../ui/viewProgress';
import type { CommandContext } from '../commandContext';
import { runBulkDelete, type BulkDeleteSummary } from './bulkDelete';
import { taskLogLabel } from './describeTarget';
import { logDeleteOutcome } from './logOutcome';

export async function executeDelete<T>(
  ctx: CommandContext,
  targets: readonly T[],
  describe: (target: T) => DeletedTask,
  external?: AbortSignal,
): Promise<BulkDeleteSummary<T>> {
  const count = targets.length;
  const title = count === 1 ? vscode.l10n.t('Deleting {0} task', count) : vscode.l10n.t('Deleting {0} tasks', count);
  try {
    return await withViewProgress(title, external, (progress, signal) =>
      runBulkDelete(targets, (target) => deleteOne(describe(target)), {
        concurrency: ctx.settings().concurrency,
        signal,
        onSettled: (outcome, done, total) => {
          const task = describe(outcome.target);
          logDeleteOutcome(ctx.logger, taskLogLabel(task.container, task.id, task.name), outcome);
          recordDeletion(ctx, task, outcome);
          progress.report({ increment: 100 / total, message: `${done}/${total}` });
        },
      }),
    );
  } finally {
    for (const container of new Set(targets.map((t) => describe(t).container))) ctx.tree.refresh(container);
  }
}

async function deleteOne(task: DeletedTask) {
  const service = task.container.parent;
  return service.service.deleteTask(await service.scope(), task.container.container, task.id);
}
