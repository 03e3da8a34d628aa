/**
 * The task filter, the deletion history and the running-task refresher: created before the tree (which
 * reads the first and last) and tied to the view once it exists, with the badge counting running tasks and
 * the minute redraw of the rows' times.
 */
import type * as vscode from 'vscode';
import { FilterState } from './filter/filterState';
import { showFilterInView } from './tree/filterView';
import { DeletionHistory } from './history/historyStore';
import type { ExtensionLog } from './ui/outputLogger';
import { readRunningTaskRefreshSeconds } from './settings';
import type { TasksTreeProvider } from './tree/provider';
import { showRunningBadge } from './tree/runningBadge';
import { RunningTaskRefresher } from './tree/runningRefresher';
import { TaskNode } from './tree/taskNode';
import { startTimeRedraw } from './tree/timeRedraw';
import type { TreeNode } from './tree/treeNode';

interface BoundView {
  readonly tree: TasksTreeProvider;
  readonly view: vscode.TreeView<TreeNode>;
}

export class TaskFeatures {
  readonly filter: FilterState;
  readonly history: DeletionHistory;
  readonly running: RunningTaskRefresher<TreeNode>;
  /** The tree needs the refresher before the view exists; until `bind`, nothing is shown, so nothing refreshes. */
  private bound?: BoundView;

  constructor(context: vscode.ExtensionContext, private readonly log: ExtensionLog) {
    this.filter = new FilterState(context.workspaceState);
    this.history = new DeletionHistory(context.globalStorageUri.fsPath, { scrub: (t) => log.scrubber.scrub(t) });
    this.running = new RunningTaskRefresher<TreeNode>(
      readRunningTaskRefreshSeconds,
      (node) => this.bound?.tree.refresh(node),
      () => this.bound?.view.visible ?? false,
    );
  }

  /** Ties the features to the view: the filter shows in it, the refresher follows its visibility. */
  bind(tree: TasksTreeProvider, view: vscode.TreeView<TreeNode>): vscode.Disposable[] {
    this.bound = { tree, view };
    return [
      showFilterInView(view, this.filter, tree, this.log.for('filter')),
      showRunningBadge(view, tree),
      startTimeRedraw({
        isVisible: () => view.visible,
        staleRows: () => tree.shownRows((n): n is TaskNode => n instanceof TaskNode).filter((t) => t.timeTextStale()),
        redraw: (rows) => tree.redraw(rows),
      }),
      view.onDidChangeVisibility((e) => this.running.visibilityChanged(e.visible)),
      view.onDidExpandElement((e) => tree.ctx.expanded.add(e.element.id)),
      view.onDidCollapseElement((e) => tree.ctx.expanded.delete(e.element.id)),
      { dispose: () => this.running.dispose() },
    ];
  }
}
