import type { CommandContext } from './commandContext';
import type { TreeNode } from '../tree/treeNode';

/** Refreshes the clicked node's level, or the whole tree from the view title and the palette. */
export function refresh(ctx: CommandContext, node?: unknown): Promise<void> {
  const target = isTreeNode(node) ? node : undefined;
  if (!target) {
    // A full refresh also picks up Environment variables changed since they were read.
    ctx.store.reloadEnvironment();
    ctx.sessions.clear();
  }
  ctx.tree.refresh(target);
  return Promise.resolve();
}

function isTreeNode(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null && 'getTreeItem' in value && 'id' in value;
}
