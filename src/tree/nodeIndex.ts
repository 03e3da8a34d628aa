/**
 * The newest row built for each id. Commands act on locations, not rows; when they need a row again (to
 * redraw a task as "Deleting…", to refresh the instances a delete touched) they find it here by the
 * location's key. A refresh builds new rows with the same ids, which replace the old ones here.
 */
import type { TreeNode } from './treeNode';

export class NodeIndex {
  private readonly byId = new Map<string, TreeNode>();

  add(nodes: Iterable<TreeNode>): void {
    for (const n of nodes) this.byId.set(n.id, n);
  }

  get(id: string): TreeNode | undefined {
    return this.byId.get(id);
  }

  /** The newest row of every id. */
  values(): IterableIterator<TreeNode> {
    return this.byId.values();
  }

  /** Forgets everything (a full refresh rebuilds every row). */
  clear(): void {
    this.byId.clear();
  }
}
