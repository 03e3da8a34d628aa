/**
 * Shows a found task in the tree: from its profile row down, each level is loaded (through "Load more…"
 * pages when the row is not on the first) until the row with the next location key is among its parent's
 * children; then the view reveals it, which expands the levels above it and selects it.
 */
import type * as vscode from 'vscode';
import { containerKey, profileKey, projectKey, serviceKey, taskKey, type TaskLocation } from '../../model/location';
import { LoadMoreNode } from '../../tree/loadMoreNode';
import type { TasksTreeProvider } from '../../tree/provider';
import type { TreeNode } from '../../tree/treeNode';

/** The row, once loaded and revealed; undefined when a level does not hold it (gone, or hidden by the filter). */
export async function revealTask(tree: TasksTreeProvider, view: vscode.TreeView<TreeNode>, location: TaskLocation): Promise<TreeNode | undefined> {
  let node: TreeNode | undefined = tree.profileNodes().find((p) => p.id === profileKey(location));
  for (const key of [projectKey(location), serviceKey(location), containerKey(location), taskKey(location)]) {
    if (!node) return undefined;
    node = await childWithKey(node, key);
  }
  if (!node) return undefined;
  await view.reveal(node, { select: true, focus: true, expand: true });
  return node;
}

/** Its children are the parent's current rows, not the node index's, which may still hold rows from before a refresh. */
async function childWithKey(parent: TreeNode, key: string): Promise<TreeNode | undefined> {
  for (;;) {
    const children = await parent.getChildren();
    const hit = children.find((c) => c.id === key);
    if (hit) return hit;
    const more = children.find((c): c is LoadMoreNode => c instanceof LoadMoreNode);
    if (!more) return undefined;
    await more.loadMore();
  }
}
