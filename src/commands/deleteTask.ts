/**
 * Deletes background tasks: the clicked task, the multi-selection, or (from the palette) tasks picked
 * level by level. Nothing is sent before the confirmation, and only for the confirmed tasks; tasks already
 * being deleted are left out before anything is asked.
 */
import * as vscode from 'vscode';
import type { TaskLocation } from '../model/location';
import type { CommandContext } from './commandContext';
import type { BulkDeleteSummary } from '../deletion/bulkDelete';
import { confirmDelete } from './delete/confirmDelete';
import { describeTarget } from './delete/describeTarget';
import { executeDelete } from './delete/executeDelete';
import { pickTasks } from './delete/pickTasks';
import { showDeleteSummary } from './delete/showSummary';
import { selectedTaskNodes } from './selectedTasks';

export async function deleteTask(ctx: CommandContext, node?: unknown, selected?: unknown): Promise<BulkDeleteSummary<TaskLocation> | undefined> {
  const fromTree = selectedTaskNodes(node, selected);
  const chosen = fromTree.length > 0 ? fromTree : await pickTasks(ctx);
  const tasks = Object.freeze(chosen.filter((n) => !n.isDeleting()).map((n) => n.location));
  const inFlight = chosen.length - tasks.length;
  if (inFlight > 0) {
    ctx.ui.info(
      inFlight === 1 ? vscode.l10n.t('{0} of the chosen tasks is already being deleted.', inFlight) : vscode.l10n.t('{0} of the chosen tasks are already being deleted.', inFlight),
    );
  }
  if (tasks.length === 0) return undefined;
  await confirmDelete(ctx.ui, tasks.map(describeTarget), ctx.settings().confirmationThreshold);
  const summary = await executeDelete(ctx, tasks);
  showDeleteSummary(ctx, 'delete', summary);
  return summary;
}
