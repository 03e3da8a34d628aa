import { LoadMoreNode } from '../tree/loadMoreNode';
import type { CommandContext } from './commandContext';

/** The click on a "Load more…" row. */
export async function loadMore(_ctx: CommandContext, node?: unknown): Promise<void> {
  if (node instanceof LoadMoreNode) await node.loadMore();
}
