/**
 * Runs confirmed deletions, whether picked in the tree or found by a clean-up: each task is claimed as in
 * flight first (one already being deleted by another run is left to it), then progress with cancel, every
 * outcome logged with its request id and recorded in the history, and only the touched instances refresh.
 * Works on locations: the connection for each comes from the sessions, never from a row.
 */
import * as vscode from 'vscode';
import { runBulkDelete, type BulkDeleteSummary } from '../../deletion/bulkDelete';
import { containerKey, taskKey, taskLogLabel, type TaskLocation } from '../../model/location';
import type { DeleteVerdict } from '../../services/deletion';
import { withViewProgress } from '../../ui/viewProgress';
import type { CommandContext } from '../commandContext';
import { logDeleteOutcome } from './logOutcome';
import { recordDeletion } from './recordDeletion';

export async function executeDelete(ctx: CommandContext, targets: readonly TaskLocation[], external?: AbortSignal): Promise<BulkDeleteSummary<TaskLocation>> {
  const { deleting } = ctx.tree.ctx;
  const claimed = new Set(deleting.claim(targets.map(taskKey)));
  // One DELETE per task, even if a caller named it twice: a second would count its "already gone" as deleted.
  const mine = [...new Map(targets.filter((t) => claimed.has(taskKey(t))).map((t) => [taskKey(t), t])).values()];
  for (const t of targets) if (!claimed.has(taskKey(t))) ctx.logger.info(`not deleting ${taskLogLabel(t)} again: a delete of it is in flight`);
  ctx.tree.redrawKeys(claimed);
  const count = mine.length;
  const title = count === 1 ? vscode.l10n.t('Deleting {0} task', count) : vscode.l10n.t('Deleting {0} tasks', count);
  const leftInFlight = new Set(targets.map(taskKey)).size - mine.length;
  try {
    const summary = await withViewProgress(title, external, (progress, signal) =>
      runBulkDelete(mine, (target) => deleteOne(ctx, target), {
        concurrency: ctx.settings().concurrency,
        signal,
        onSettled: (outcome, done, total) => {
          logDeleteOutcome(ctx.logger, taskLogLabel(outcome.target), outcome);
          recordDeletion(ctx, outcome.target, outcome);
          progress.report({ increment: 100 / total, message: `${done}/${total}` });
        },
      }),
    );
    return leftInFlight > 0 ? { ...summary, leftInFlight } : summary;
  } finally {
    deleting.release([...claimed]);
    for (const key of new Set(mine.map(containerKey))) ctx.tree.refreshKey(key);
  }
}

async function deleteOne(ctx: CommandContext, l: TaskLocation): Promise<DeleteVerdict> {
  return l.service.deleteTask(await ctx.sessions.scope(l), l.container, l.task.id);
}
