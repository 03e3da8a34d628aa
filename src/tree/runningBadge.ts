/**
 * The view's badge: how many running tasks the tree has loaded, counted over the instance rows the tree
 * holds now, from its profile rows down (a project hidden, an instance gone or a profile removed takes its
 * tasks out of the count; nothing counts twice). Recounted after the tree changes, which it does whenever
 * a level loads, pages or refreshes; no badge at zero. Tasks not yet loaded are not counted: the badge says
 * what the tree shows, not the account.
 */
import * as vscode from 'vscode';
import { ContainerNode } from './containerNode';
import type { TasksTreeProvider } from './provider';
import type { TreeNode } from './treeNode';

export function countLoadedRunning(tree: TasksTreeProvider): number {
  let running = 0;
  for (const container of tree.shownRows((n): n is ContainerNode => n instanceof ContainerNode)) running += container.tasks().filter((t) => t.state === 'running').length;
  return running;
}

export function showRunningBadge(view: vscode.TreeView<TreeNode>, tree: TasksTreeProvider): vscode.Disposable {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const update = (): void => {
    pending = undefined;
    const value = countLoadedRunning(tree);
    view.badge =
      value === 0 ? undefined : { value, tooltip: value === 1 ? vscode.l10n.t('1 running task loaded') : vscode.l10n.t('{0} running tasks loaded', value) };
  };
  // Levels load in bursts (a page redraws several rows): one recount per burst.
  const listener = tree.onDidChangeTreeData(() => {
    pending ??= setTimeout(update, 50);
  });
  return {
    dispose: () => {
      if (pending) clearTimeout(pending);
      listener.dispose();
    },
  };
}
