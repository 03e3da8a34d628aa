/** The nodes a menu command acts on: the whole multi-selection when the clicked node is part of it. */
import { TaskNode } from '../tree/taskNode';

export function selectedNodes<T>(node: unknown, selected: unknown, is: (n: unknown) => n is T): T[] {
  const selection = Array.isArray(selected) ? selected.filter(is) : [];
  if (is(node) && !selection.includes(node)) return [node];
  return selection.length > 0 ? selection : is(node) ? [node] : [];
}

export function selectedTaskNodes(node: unknown, selected: unknown): TaskNode[] {
  return selectedNodes(node, selected, (n): n is TaskNode => n instanceof TaskNode);
}
