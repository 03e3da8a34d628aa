/** History records of settled deletions (one by one, by selection or by a clean-up), made from locations. */
import * as vscode from 'vscode';
import type { DeleteOutcome } from '../../deletion/bulkDelete';
import type { DeletionHistory } from '../../history/historyStore';
import type { DeletionRecord } from '../../history/record';
import type { TaskLocation } from '../../model/location';
import type { Logger } from '../../log/logger';
import { errorReason, unconfirmedReason } from '../../text/errorText';

/** The record of one settled deletion; none for a task not attempted (cancelled), since nothing was sent. */
export function deletionRecord(task: TaskLocation, outcome: DeleteOutcome<unknown>, time: Date): DeletionRecord | undefined {
  if (outcome.status === 'skipped') return undefined;
  return {
    time: time.toISOString(),
    profile: task.profile.name,
    region: task.project.region,
    service: task.service.id,
    instanceId: task.container.id,
    instanceName: task.container.name,
    taskId: task.task.id,
    taskName: task.task.name,
    result: outcome.status,
    ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
    ...(outcome.status === 'failed' ? { reason: errorReason(outcome.error, vscode.l10n) } : {}),
    ...(outcome.status === 'unconfirmed' ? { reason: unconfirmedReason(vscode.l10n) } : {}),
  };
}

/** Appends the record of a settled deletion; a failed write is logged, never allowed to stop the deleting. */
export function recordDeletion(
  ctx: { readonly history: DeletionHistory; readonly logger: Logger },
  task: TaskLocation,
  outcome: DeleteOutcome<unknown>,
): void {
  const record = deletionRecord(task, outcome, new Date());
  if (!record) return;
  ctx.history.append([record]).catch((e: unknown) => ctx.logger.error('could not write the deletion history:', e));
}
