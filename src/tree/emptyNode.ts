/** A level that loaded fine and has nothing in it says so, so it never looks like a failure. */
import * as vscode from 'vscode';
import { contextValue } from './contextValue';
import type { TreeNode } from './treeNode';

export class EmptyNode implements TreeNode {
  readonly id: string;

  constructor(
    private readonly parent: TreeNode,
    private readonly label: string,
  ) {
    this.id = `${parent.id}/empty`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('info');
    item.contextValue = contextValue('empty');
    return item;
  }

  getChildren(): Promise<TreeNode[]> {
    return Promise.resolve([]);
  }

  getParent(): TreeNode {
    return this.parent;
  }
}
