import type { CommandContext } from './commandContext';
import type { TreeNode } from '../tree/treeNode';

/** Refreshes the clicked node's level, or the whole tree from the view title and the palette. */
export function refresh(ctx: CommandContext, node?: unknown): Promise<void> {
  const target = rowOf(ctx, node);
  if (!target) {
    // A full refresh also picks up Environment variables changed since they were read.
    ctx.store.reloadEnvironment();
    ctx.sessions.clear();
  }
  ctx.tree.refresh(target);
  return Promise.resolve();
}

/** The row itself when the argument is one of the tree's own rows; anything else (another extension's object) is not. */
function rowOf(ctx: CommandContext, value: unknown): TreeNode | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value) || typeof value.id !== 'string') return undefined;
  const row = ctx.tree.ctx.nodes.get(value.id);
  return row === value ? row : undefined;
}
