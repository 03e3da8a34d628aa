/**
 * Shows a found task in the tree: from its profile row down, each level is loaded (through "Load more…"
 * pages when the row is not on the first, read at the service's largest page size since nobody reads the
 * rows in between) until the row with the next location key is among its parent's children; then the
 * view reveals it, which expands the levels above it and selects it.
 */
import type * as vscode from 'vscode';
import { containerKey, profileKey, projectKey, serviceKey, taskKey, type TaskLocation } from '../../model/location';
import { ErrorNode } from '../../tree/errorNode';
import { LoadMoreNode } from '../../tree/loadMoreNode';
import { PagedParentNode } from '../../tree/parentNode';
import type { TasksTreeProvider } from '../../tree/provider';
import type { TreeNode } from '../../tree/treeNode';

/**
 * The row, once loaded and revealed; undefined when a level does not hold it (gone, or hidden) or `signal`
 * aborted. A level that could not be listed rejects with its error, which says more than "not found".
 */
export async function revealTask(tree: TasksTreeProvider, view: vscode.TreeView<TreeNode>, location: TaskLocation, signal?: AbortSignal): Promise<TreeNode | undefined> {
  let node: TreeNode | undefined = tree.profileNodes().find((p) => p.id === profileKey(location));
  for (const key of [projectKey(location), serviceKey(location), containerKey(location), taskKey(location)]) {
    if (!node) return undefined;
    node = await childWithKey(node, key, signal);
  }
  if (!node || signal?.aborted) return undefined;
  await view.reveal(node, { select: true, focus: true, expand: true });
  return node;
}

/** Its children are the parent's current rows, not the node index's, which may still hold rows from before a refresh. */
async function childWithKey(parent: TreeNode, key: string, signal: AbortSignal | undefined): Promise<TreeNode | undefined> {
  for (;;) {
    const children = await parent.getChildren();
    const hit = children.find((c) => c.id === key);
    if (hit) return hit;
    const failed = children.find((c): c is ErrorNode => c instanceof ErrorNode);
    if (failed) throw failed.error;
    const more = children.find((c): c is LoadMoreNode => c instanceof LoadMoreNode);
    if (!more || signal?.aborted) return undefined;
    const listed = (): number | undefined => (parent instanceof PagedParentNode ? parent.listedSoFar().items : undefined);
    const before = listed();
    await more.loadMore({ largest: true });
    // A page that brought nothing unseen while another is still offered: the service answers with what was
    // listed (reordered past its own repeat check); stop rather than ask until cancelled.
    if (before !== undefined && listed() === before) return undefined;
  }
}
