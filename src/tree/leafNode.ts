/** A row without children of its own (a task, or a level's empty, error, hidden and "Load more…" rows). */
import type * as vscode from 'vscode';
import type { TreeNode } from './treeNode';

export abstract class LeafNode<P extends TreeNode = TreeNode> implements TreeNode {
  readonly id: string;

  /** `id` is made of the parent's id and ids of the row's own, so it stays stable across refreshes. */
  constructor(
    readonly parent: P,
    id: string,
  ) {
    this.id = id;
  }

  abstract getTreeItem(): vscode.TreeItem;

  getChildren(): Promise<TreeNode[]> {
    return Promise.resolve([]);
  }

  getParent(): P {
    return this.parent;
  }
}
