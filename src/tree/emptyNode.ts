/** A level that loaded fine and has nothing in it says so, so it never looks like a failure. */
import * as vscode from 'vscode';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import { LeafNode } from './leafNode';
import type { TreeNode } from './treeNode';

export class EmptyNode extends LeafNode {
  constructor(
    parent: TreeNode,
    private readonly label: string,
  ) {
    super(parent, `${parent.id}/empty`);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.accessibilityInformation = rowAccessibility(this.label);
    item.iconPath = new vscode.ThemeIcon('info');
    item.contextValue = contextValue('empty');
    return item;
  }
}
