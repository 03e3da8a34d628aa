/** The task nodes a menu command acts on: the whole multi-selection when the clicked node is part of it. */
import { TaskNode } from '../tree/taskNode';

export function selectedTaskNodes(node: unknown, selected: unknown): TaskNode[] {
  const selection = Array.isArray(selected) ? selected.filter((n): n is TaskNode => n instanceof TaskNode) : [];
  if (node instanceof TaskNode && !selection.includes(node)) return [node];
  return selection.length > 0 ? selection : node instanceof TaskNode ? [node] : [];
}
