/** A tree row offered in a quick pick, looking as it does in the tree: its label and description. */
import type { PickItem } from '../ui/userInput';
import type { TreeNode } from './treeNode';

export function pickItemOf<T extends TreeNode>(node: T): PickItem<T> {
  const item = node.getTreeItem();
  const label = typeof item.label === 'object' ? item.label.label : (item.label ?? node.id);
  return { label, description: typeof item.description === 'string' ? item.description : undefined, value: node };
}
