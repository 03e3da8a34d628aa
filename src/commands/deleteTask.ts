/**
 * Deletes background tasks: the clicked task, the multi-selection, or (from the palette) tasks picked
 * level by level. Nothing is sent before the confirmation, and only for the confirmed tasks.
 */
import type { CommandContext } from './commandContext';
import { confirmDelete } from './delete/confirmDelete';
import { describeTarget } from './delete/describeTarget';
import { executeDelete } from './delete/executeDelete';
import { pickTasks } from './delete/pickTasks';
import { selectedTaskNodes } from './selectedTasks';

export async function deleteTask(ctx: CommandContext, node?: unknown, selected?: unknown) {
  const fromTree = selectedTaskNodes(node, selected);
  const nodes = Object.freeze(fromTree.length > 0 ? fromTree : await pickTasks(ctx));
  await confirmDelete(ctx.ui, nodes.map(describeTarget), ctx.settings().confirmationThreshold);
  return executeDelete(ctx, nodes);
}
