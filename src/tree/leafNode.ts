/** A row without children of its own (a task, or a level's empty, error, hidden and "Load more…" rows). */
import type * as vscode from 'vscode';
import type { TreeNode } from './treeNode';

export abstract class LeafNode<P extends TreeNode = TreeNode> implements TreeNode {
  readonly id: string;

  /** `idSuffix` follows the parent's id, so the row's id stays stable across refreshes. */
  constructor(
    readonly parent: P,
    idSuffix: string,
  ) {
    this.id = `${parent.id}/${idSuffix}`;
  }

  abstract getTreeItem(): vscode.TreeItem;

  getChildren(): Promise<TreeNode[]> {
    return Promise.resolve([]);
  }

  getParent(): P {
    return this.parent;
  }
}
