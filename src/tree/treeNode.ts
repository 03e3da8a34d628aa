/** The one interface every row of the tree implements, and what the nodes share. */
import type * as vscode from 'vscode';
import type { Sessions } from '../cloud/sessions';
import type { TaskFilter } from '../filter/taskFilter';
import type { Logger } from '../log/logger';
import type { Settings } from '../model/settings';
import type { ProjectChoices } from '../profiles/projectChoices';
import type { Limiter } from '../util/limiter';
import type { InFlightDeletes } from './inFlightDeletes';
import type { NodeIndex } from './nodeIndex';
import type { RunningTaskRefresher } from './runningRefresher';
import type { StartupTiming } from './startupTiming';

export interface TreeNode {
  /** Path-like and stable (`profile/p1/project/x/service/dcs/…`), so refresh and reveal can target it. */
  readonly id: string;
  getTreeItem(): vscode.TreeItem;
  /** Never throws: failures become an error row. */
  getChildren(): Promise<TreeNode[]>;
  getParent(): TreeNode | undefined;
  /** Drops cached children, so the next expansion fetches afresh. */
  invalidate?(): void;
}

export interface TreeContext {
  readonly sessions: Sessions;
  readonly settings: () => Settings;
  /** The projects each profile shows, when chosen; otherwise the regions setting decides. */
  readonly projectChoices: ProjectChoices;
  /** Caps the requests the tree has in flight at once. */
  readonly limiter: Limiter;
  readonly logger: Logger;
  readonly now: () => Date;
  /** The active task filter; none: every task shows. */
  readonly filter?: () => TaskFilter;
  /** Refreshes levels that show running tasks; none: no automatic refresh. */
  readonly running?: RunningTaskRefresher<TreeNode>;
  /** Tasks being deleted: their rows show "Deleting…" and cannot be chosen for deletion again. */
  readonly deleting: InFlightDeletes;
  /** The newest row of each id, for finding a location's row again. */
  readonly nodes: NodeIndex;
  /** How many items each paged level (by id) had loaded: a refresh lists as many again. */
  readonly loadedExtents: Map<string, number>;
  /** The ids of the rows expanded in the view (VS Code keeps expansion by id across refreshes). */
  readonly expanded: Set<string>;
  /** Times the first rows a profile lists after activation (benchmark #5); none: not timed. */
  readonly startup?: StartupTiming;
  /** Re-renders a node (its label or description changed, or its children were reset). */
  changed(node: TreeNode): void;
}
