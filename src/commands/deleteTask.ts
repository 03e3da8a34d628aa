/**
 * Deletes background tasks: the clicked task, the multi-selection, or (from the palette) tasks picked
 * level by level. Nothing is sent before the confirmation, and only for the confirmed tasks.
 */
import type { CommandContext } from './commandContext';
import type { BulkDeleteSummary } from './delete/bulkDelete';
import { confirmDelete } from './delete/confirmDelete';
import { describeTarget } from './delete/describeTarget';
import { executeDelete } from './delete/executeDelete';
import { pickTasks } from './delete/pickTasks';
import { showDeleteSummary } from './delete/showSummary';
import { selectedTaskNodes } from './selectedTasks';
import type { TaskNode } from '../tree/taskNode';

export async function deleteTask(ctx: CommandContext, node?: unknown, selected?: unknown): Promise<BulkDeleteSummary<TaskNode>> {
  const fromTree = selectedTaskNodes(node, selected);
  const nodes = Object.freeze(fromTree.length > 0 ? fromTree : await pickTasks(ctx));
  await confirmDelete(ctx.ui, nodes.map(describeTarget), ctx.settings().confirmationThreshold);
  for (const n of nodes) n.setDeleting(true);
  const summary = await executeDelete(ctx, nodes, (n) => ({ container: n.parent, id: n.task.id, name: n.task.name }));
  showDeleteSummary(ctx, 'delete', summary);
  return summary;
}
