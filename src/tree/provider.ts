/** The tree's data provider: profiles at the root, everything below delegated to the nodes. */
import * as vscode from 'vscode';
import type { ProfileStore } from '../profiles/profileStore';
import { InFlightDeletes } from './inFlightDeletes';
import { CachedParentNode } from './parentNode';
import { NodeIndex } from './nodeIndex';
import { ProfileNode } from './profileNode';
import type { TreeContext, TreeNode } from './treeNode';

export class TasksTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | TreeNode[] | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots = new Map<string, ProfileNode>();
  readonly ctx: TreeContext;

  constructor(
    private readonly store: ProfileStore,
    ctx: Omit<TreeContext, 'changed' | 'deleting' | 'nodes' | 'loadedExtents' | 'expanded'>,
  ) {
    this.ctx = { ...ctx, deleting: new InFlightDeletes(), nodes: new NodeIndex(), loadedExtents: new Map(), expanded: new Set(), changed: (node) => this.emitter.fire(node) };
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = node.getTreeItem();
    item.id = node.id;
    return item;
  }

  getChildren(node?: TreeNode): Promise<TreeNode[]> {
    return node ? node.getChildren() : Promise.resolve(this.profileNodes());
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.getParent();
  }

  /**
   * Refetches the children of the node, or of its nearest ancestor that has any (a task row refreshes its
   * instance); everything when no node is given.
   */
  refresh(node?: TreeNode): void {
    const level = node && nearestRefreshable(node);
    if (level) {
      level.invalidate?.();
      this.emitter.fire(level);
      return;
    }
    this.roots = new Map();
    this.ctx.nodes.clear();
    this.emitter.fire(undefined);
  }

  /** Refreshes the level of the row with this key (a location's key), if the tree has built one. */
  refreshKey(key: string): void {
    const node = this.ctx.nodes.get(key);
    if (node) this.refresh(node);
  }

  /** Redraws the rows with these keys (their state changed, e.g. a delete began). */
  redrawKeys(keys: Iterable<string>): void {
    for (const key of keys) {
      const node = this.ctx.nodes.get(key);
      if (node) this.emitter.fire(node);
    }
  }

  /** Re-renders every shown level from its cache (the filter changed): nothing is fetched again. */
  rerender(): void {
    this.emitter.fire(undefined);
  }

  /**
   * The loaded rows of a kind that the tree holds now, from its profile rows down (nothing is loaded; a row
   * of a level hidden or replaced since is not among them). A level's rows are not looked below once `is`
   * matches it.
   */
  shownRows<N extends TreeNode>(is: (node: TreeNode) => node is N): N[] {
    const found: N[] = [];
    const visit = (node: TreeNode): void => {
      if (is(node)) found.push(node);
      else if (node instanceof CachedParentNode) for (const child of node.loadedChildren() ?? []) visit(child);
    };
    for (const root of this.roots.values()) visit(root);
    return found;
  }

  /** Redraws these rows (their text changed without a reload: the time they show). */
  redraw(nodes: readonly TreeNode[]): void {
    if (nodes.length > 0) this.emitter.fire([...nodes]);
  }

  /** The profile nodes, reusing existing ones so expanded levels keep their cache. */
  profileNodes(): ProfileNode[] {
    const next = new Map<string, ProfileNode>();
    for (const profile of this.store.list()) {
      const existing = this.roots.get(profile.id);
      const current = existing && sameProfile(existing, profile) && existing.location.generation === this.ctx.sessions.generation(profile.id);
      next.set(profile.id, current ? existing : new ProfileNode(this.ctx, profile));
    }
    this.roots = next;
    this.ctx.nodes.add(next.values());
    return [...next.values()];
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function nearestRefreshable(node: TreeNode): TreeNode | undefined {
  let n: TreeNode | undefined = node;
  while (n && !n.invalidate) n = n.getParent();
  return n;
}

function sameProfile(node: ProfileNode, profile: ProfileNode['profile']): boolean {
  return JSON.stringify(node.profile) === JSON.stringify(profile);
}
