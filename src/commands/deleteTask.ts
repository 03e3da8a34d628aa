/**
 * Deletes background tasks: the clicked task, the multi-selection, or (from the palette) tasks picked
 * level by level. Nothing is sent before the confirmation, and only for the confirmed tasks; tasks already
 * being deleted are left out before anything is asked.
 */
import * as vscode from 'vscode';
import type { TaskNode } from '../tree/taskNode';
import type { CommandContext } from './commandContext';
import type { BulkDeleteSummary } from './delete/bulkDelete';
import { confirmDelete } from './delete/confirmDelete';
import { describeTarget } from './delete/describeTarget';
import { executeDelete } from './delete/executeDelete';
import { pickTasks } from './delete/pickTasks';
import { showDeleteSummary } from './delete/showSummary';
import { selectedTaskNodes } from './selectedTasks';

export async function deleteTask(ctx: CommandContext, node?: unknown, selected?: unknown): Promise<BulkDeleteSummary<TaskNode> | undefined> {
  const fromTree = selectedTaskNodes(node, selected);
  const chosen = fromTree.length > 0 ? fromTree : await pickTasks(ctx);
  const nodes = Object.freeze(chosen.filter((n) => !n.isDeleting()));
  const inFlight = chosen.length - nodes.length;
  if (inFlight > 0) {
    ctx.ui.info(
      inFlight === 1 ? vscode.l10n.t('{0} of the chosen tasks is already being deleted.', inFlight) : vscode.l10n.t('{0} of the chosen tasks are already being deleted.', inFlight),
    );
  }
  if (nodes.length === 0) return undefined;
  await confirmDelete(ctx.ui, nodes.map(describeTarget), ctx.settings().confirmationThreshold);
  const summary = await executeDelete(ctx, nodes, (n) => ({ container: n.parent, id: n.task.id, name: n.task.name }));
  showDeleteSummary(ctx, 'delete', summary);
  return summary;
}
