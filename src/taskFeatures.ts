/**
 * The task filter, the deletion history and the running-task refresher: created before the tree (which
 * reads the first and last) and tied to the view once it exists.
 */
import * as vscode from 'vscode';
import { FilterState } from './filter/filterState';
import { showFilterInView } from './filter/filterView';
import { DeletionHistory } from './history/historyStore';
import type { ExtensionLog } from './log/outputLogger';
import { readRunningTaskRefreshSeconds } from './settings';
import type { TasksTreeProvider } from './tree/provider';
import { RunningTaskRefresher } from './tree/runningRefresher';
import type { TreeNode } from './tree/treeNode';

export interface TaskFeatures {
  readonly filter: FilterState;
  readonly history: DeletionHistory;
  readonly running: RunningTaskRefresher<TreeNode>;
}

export function createTaskFeatures(
  context: vscode.ExtensionContext,
  log: ExtensionLog,
  view: () => { readonly tree: TasksTreeProvider; readonly view: vscode.TreeView<TreeNode> },
): TaskFeatures {
  return {
    filter: new FilterState(context.workspaceState),
    history: new DeletionHistory(context.globalStorageUri.fsPath, { scrub: (t) => log.scrubber.scrub(t) }),
    running: new RunningTaskRefresher<TreeNode>(
      readRunningTaskRefreshSeconds,
      (node) => view().tree.refresh(node),
      () => view().view.visible,
    ),
  };
}

export function bindTaskFeatures(features: TaskFeatures, tree: TasksTreeProvider, view: vscode.TreeView<TreeNode>, log: ExtensionLog): vscode.Disposable[] {
  return [
    showFilterInView(view, features.filter, tree, log.for('filter')),
    view.onDidChangeVisibility((e) => features.running.visibilityChanged(e.visible)),
    { dispose: () => features.running.dispose() },
  ];
}
