/**
 * Runs confirmed deletions, whether picked in the tree or found by a clean-up: each task is claimed as in
 * flight first (one already being deleted by another run is left to it), then progress with cancel, every
 * outcome logged with its request id and recorded in the history, and only the touched instances refresh.
 */
import * as vscode from 'vscode';
import { recordDeletion, type DeletedTask } from '../../history/treeRecords';
import { taskRowId } from '../../tree/taskNode';
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
  const { deleting } = ctx.tree.ctx;
  const rowOf = (target: T): string => {
    const task = describe(target);
    return taskRowId(task.container, task.id);
  };
  const claimed = new Set(deleting.claim(targets.map(rowOf)));
  const mine = targets.filter((t) => claimed.has(rowOf(t)));
  for (const t of targets) if (!claimed.has(rowOf(t))) ctx.logger.info(`not deleting ${rowOf(t)} again: a delete of it is in flight`);
  const containers = new Set(mine.map((t) => describe(t).container));
  redraw(ctx, mine, describe);
  const count = mine.length;
  const title = count === 1 ? vscode.l10n.t('Deleting {0} task', count) : vscode.l10n.t('Deleting {0} tasks', count);
  try {
    return await withViewProgress(title, external, (progress, signal) =>
      runBulkDelete(mine, (target) => deleteOne(describe(target)), {
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
    deleting.release([...claimed]);
    for (const container of containers) ctx.tree.refresh(container);
  }
}

/** Shows "Deleting…" on the rows now on screen; rows built later read the in-flight set themselves. */
function redraw<T>(ctx: CommandContext, targets: readonly T[], describe: (target: T) => DeletedTask): void {
  for (const t of targets) {
    const task = describe(t);
    const node = task.container.findNode(task.id);
    if (node) ctx.tree.ctx.changed(node);
  }
}

async function deleteOne(task: DeletedTask) {
  const service = task.container.parent;
  return service.service.deleteTask(await service.scope(), task.container.container, task.id);
}
