/** History records for tasks deleted from the tree (one by one, by selection or by a clean-up). */
import * as vscode from 'vscode';
import type { DeleteOutcome } from '../commands/delete/bulkDelete';
import type { ContainerNode } from '../tree/containerNode';
import { errorReason, unconfirmedReason } from '../ui/errorText';
import type { Logger } from '../net/logger';
import type { DeletionHistory } from './historyStore';
import type { DeletionRecord } from './record';

export interface DeletedTask {
  readonly container: ContainerNode;
  readonly id: string;
  readonly name: string;
}

/** The record of one settled deletion; none for a task not attempted (cancelled), since nothing was sent. */
export function deletionRecord(task: DeletedTask, outcome: DeleteOutcome<unknown>, time: Date): DeletionRecord | undefined {
  if (outcome.status === 'skipped') return undefined;
  const service = task.container.parent;
  const project = service.parent;
  return {
    time: time.toISOString(),
    profile: project.parent.profile.name,
    region: project.project.region,
    service: service.service.id,
    instanceId: task.container.container.id,
    instanceName: task.container.container.name,
    taskId: task.id,
    taskName: task.name,
    result: outcome.status,
    ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
    ...(outcome.status === 'failed' ? { reason: errorReason(outcome.error, vscode.l10n) } : {}),
    ...(outcome.status === 'unconfirmed' ? { reason: unconfirmedReason(vscode.l10n) } : {}),
  };
}

/** Appends the record of a settled deletion; a failed write is logged, never allowed to stop the deleting. */
export function recordDeletion(
  ctx: { readonly history: DeletionHistory; readonly logger: Logger },
  task: DeletedTask,
  outcome: DeleteOutcome<unknown>,
): void {
  const record = deletionRecord(task, outcome, new Date());
  if (!record) return;
  ctx.history.append([record]).catch((e: unknown) => ctx.logger.error('could not write the deletion history:', e));
}
