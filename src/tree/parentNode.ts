/**
 * Lazy, cached children: fetched on first expansion, kept until refreshed. Failures become an error row
 * and empty levels an "empty" row, so `getChildren` never throws and an error never looks like nothing.
 */
import type * as vscode from 'vscode';
import type { Page } from '../services/types';
import { PagingIgnoredError } from '../services/pagingIgnored';
import { keepUnseen, type Identified } from '../services/uniqueById';
import { EmptyNode } from './emptyNode';
import { ErrorNode } from './errorNode';
import { LoadMoreNode, type LoadMoreOptions, type PagedNode } from './loadMoreNode';
import { PagingIgnoredNode } from './pagingIgnoredNode';
import type { TreeContext, TreeNode } from './treeNode';

export abstract class CachedParentNode implements TreeNode {
  abstract readonly id: string;
  private children?: Promise<TreeNode[]>;
  /** The rows last loaded, kept through a refresh until new ones replace them: what the view shows meanwhile. */
  private shown?: readonly TreeNode[];
  /** Counts refreshes, so a load that a refresh overtook does not replace the rows of a newer one. */
  private epoch = 0;
  /** Refreshed and not loaded since: VS Code reloads an expanded row at once, a collapsed one only when opened. */
  private stale = false;

  constructor(protected readonly ctx: TreeContext) {}

  abstract getTreeItem(): vscode.TreeItem;
  abstract getParent(): TreeNode | undefined;
  protected abstract load(): Promise<TreeNode[]>;
  protected abstract emptyLabel(): string;

  getChildren(): Promise<TreeNode[]> {
    this.children ??= this.safeLoad();
    return this.children;
  }

  invalidate(): void {
    this.children = undefined;
    this.epoch++;
    this.stale = true;
  }

  /**
   * The rows loaded below this one, without loading any: undefined when never loaded, or refreshed while
   * collapsed and not asked for again (VS Code lists a collapsed row again only when it is opened, so its old
   * rows say nothing of now). An expanded row's old rows stand until the reload replaces them, also while the
   * view is hidden and VS Code waits to list it again.
   */
  loadedChildren(): readonly TreeNode[] | undefined {
    return this.stale && this.children === undefined && !this.ctx.expanded.has(this.id) ? undefined : this.shown;
  }

  /** Replaces the cached children without fetching (after "Load more…"). */
  protected setChildren(nodes: TreeNode[]): void {
    this.ctx.nodes.add(nodes);
    this.shown = nodes;
    this.children = Promise.resolve(nodes);
  }

  /** Whether no refresh came since `epoch` was read: a load begun then is still the current one. */
  protected isCurrent(epoch: number): boolean {
    return epoch === this.epoch;
  }

  protected currentEpoch(): number {
    return this.epoch;
  }

  private async safeLoad(): Promise<TreeNode[]> {
    const epoch = this.epoch;
    let rows: TreeNode[];
    try {
      const nodes = await this.load();
      // The index holds the newest rows only: those of a load a refresh overtook are not the view's.
      if (this.isCurrent(epoch)) this.ctx.nodes.add(nodes);
      rows = nodes.length > 0 ? nodes : [new EmptyNode(this, this.emptyLabel())];
    } catch (error) {
      this.ctx.logger.error(`could not load ${this.id}:`, error);
      rows = [new ErrorNode(this, error)];
    }
    if (this.isCurrent(epoch)) {
      this.shown = rows;
      this.stale = false;
    }
    return rows;
  }
}

export abstract class PagedParentNode<T extends Identified> extends CachedParentNode implements PagedNode {
  private items: T[] = [];
  private readonly itemIds = new Set<string>();
  private next?: string;
  private total?: number;
  private loaded = false;
  private pages = 0;
  /** Nodes are kept per item id so their state (e.g. "Deleting…") survives "Load more…". */
  private readonly nodes = new Map<string, TreeNode>();

  /** Set when the service answered a later page with the one before: the list is known to be incomplete. */
  private pagingIgnored?: { readonly total: number | undefined };

  /** What `render` last filtered by; a different key re-renders the cached items without fetching. */
  private renderedKey = '';

  /** One page; `pageSize` undefined asks for the service's largest. */
  protected abstract fetchPage(cursor: string | undefined, pageSize: number | undefined): Promise<Page<T>>;
  protected abstract createNode(item: T): TreeNode;

  /** Whether an item passes the view's filter; hidden ones are counted in a row of their own. */
  protected isShown(_item: T): boolean {
    return true;
  }

  /** The row saying how many loaded items the filter hides; `more`: pages remain that the filter has not seen. */
  protected hiddenRow(_count: number, _more: boolean): TreeNode | undefined {
    return undefined;
  }

  /** Identifies what `isShown` depends on (the filter), so a change re-renders from the cache. */
  protected renderKey(): string {
    return '';
  }

  override getChildren(): Promise<TreeNode[]> {
    if (this.loaded && this.renderedKey !== this.renderKey()) this.setChildren(this.render());
    return super.getChildren();
  }

  override invalidate(): void {
    // Pages still in flight belong to the listing before this refresh (the epoch it bumps): dropped when they arrive.
    super.invalidate();
    this.items = [];
    this.itemIds.clear();
    this.next = undefined;
    this.total = undefined;
    this.loaded = false;
    this.pages = 0;
    this.pagingIgnored = undefined;
    this.nodes.clear();
  }

  /** "12", or "50+" while more pages remain; undefined until the first page arrives. */
  protected countText(): string | undefined {
    if (!this.loaded) return undefined;
    return this.total !== undefined ? String(this.total) : `${this.items.length}${this.next ? '+' : ''}`;
  }

  protected loadedItems(): readonly T[] {
    return this.items;
  }

  /** Whether every page was listed: none remains to load, and the service did not stop paging short. */
  protected listedInFull(): boolean {
    return this.loaded && !this.next && !this.pagingIgnored;
  }

  /** The total the service reported with the last page, if it reports one. */
  protected reportedTotal(): number | undefined {
    return this.total;
  }

  /** How many loaded items the filter hides now (computed, not remembered: the filter may just have changed). */
  protected hiddenCount(): number {
    let hidden = 0;
    for (const item of this.items) if (!this.isShown(item)) hidden++;
    return hidden;
  }

  /**
   * The first page, then, after a refresh, as many more as it takes to list as many items as were loaded
   * before it ("Load more…"), so those rows do not vanish every time the level refreshes. A later page that
   * fails keeps what was read and leaves "Load more…" to try it again.
   */
  protected async load(): Promise<TreeNode[]> {
    const wanted = this.ctx.loadedExtents.get(this.id) ?? 0;
    const pageSize = this.ctx.settings().pageSize;
    const listing = this.currentEpoch();
    if (!this.accept(await this.ctx.limiter.run(() => this.fetchPage(undefined, pageSize)), listing)) return [];
    try {
      while (this.next && this.items.length < wanted) {
        const cursor = this.next;
        // As many as were loaded, in pages as large as the service allows: a level paged deep (a task found
        // on page 60) is re-read in a few requests, not sixty, each time it refreshes. Only where the service
        // reports its total: without one, a page shorter than asked ends the list, and a server capping below
        // the size asked would end it early with no "Load more…" to say so.
        const size = this.total !== undefined ? Math.max(pageSize, wanted - this.items.length) : pageSize;
        if (!this.accept(await this.ctx.limiter.run(() => this.fetchPage(cursor, size)), listing)) return [];
      }
    } catch (error) {
      this.ctx.logger.warn(`re-reading ${this.id} stopped after ${this.items.length} of the ${wanted} items loaded before:`, error);
    }
    return this.render();
  }

  async loadMore(options?: LoadMoreOptions): Promise<void> {
    // The largest pages only with a reported total, for the reason given in `load`.
    await this.fetchNext(options?.largest && this.total !== undefined ? undefined : this.ctx.settings().pageSize);
  }

  /** The next page, at `pageSize` (undefined: the service's largest), drawn at once. */
  private async fetchNext(pageSize: number | undefined): Promise<void> {
    if (!this.next) return;
    const cursor = this.next;
    // The listing the page was asked for, read before the answer comes: a refresh meanwhile makes it another's.
    const listing = this.currentEpoch();
    if (!this.accept(await this.ctx.limiter.run(() => this.fetchPage(cursor, pageSize)), listing)) return;
    this.setChildren(this.render());
    this.ctx.changed(this);
  }

  /** When the service stopped paging this level: how many items were listed, of how many. */
  pagingIgnoredAt(): { readonly listed: number; readonly total: number | undefined } | undefined {
    return this.pagingIgnored ? { listed: this.items.length, total: this.pagingIgnored.total } : undefined;
  }

  /** Items and pages listed so far, to say how far a listing got when a later page failed. */
  listedSoFar(): { readonly items: number; readonly pages: number } {
    return { items: this.items.length, pages: this.pages };
  }

  /**
   * Fetches every remaining page (for pickers, which have no "Load more…" row); rejects when one fails,
   * and stops, short of the end, once `signal` aborts.
   * The pages after the tree's first are the service's largest: a walk of 1,000 DCS tasks is one request,
   * not twenty of the tree's size.
   */
  async loadAll(maxItems: number, signal?: AbortSignal): Promise<readonly T[]> {
    await this.getChildren();
    const listing = this.currentEpoch();
    while (this.next && this.items.length < maxItems && !signal?.aborted && this.isCurrent(listing)) {
      const before = this.items.length;
      await this.fetchNext(undefined);
      // A page that brought nothing unseen while the service says more follow: it answers with what was
      // listed already (reordered, so its own repeat check let it pass). Stopping here is said, never silent.
      if (this.items.length === before && this.next && this.isCurrent(listing)) {
        throw new PagingIgnoredError(`${this.id}: load all`, this.items.length, this.total);
      }
    }
    return this.items;
  }

  /** Takes a page of the listing it was asked for; false, taking nothing, when the level refreshed since. */
  private accept(page: Page<T>, listing: number): boolean {
    if (!this.isCurrent(listing)) return false;
    // Compared with the count before this page, not with the last one drawn: after a refresh the row was
    // drawn without a count, so an unchanged total must still redraw it.
    const before = this.countText();
    this.items.push(...keepUnseen(page.items, this.itemIds));
    this.next = page.items.length > 0 ? page.next : undefined;
    if (page.pagingIgnored) {
      this.pagingIgnored = { total: page.total };
      this.ctx.logger.warn(`${this.id}: the service ignored paging; ${this.items.length}${page.total === undefined ? '' : ` of ${page.total}`} items listed, the rest cannot be`);
    }
    this.total = page.total;
    this.loaded = true;
    this.pages++;
    this.ctx.loadedExtents.set(this.id, this.items.length);
    if (this.countText() !== before) queueMicrotask(() => this.ctx.changed(this));
    return true;
  }

  private render(): TreeNode[] {
    this.renderedKey = this.renderKey();
    const shown = this.items.filter((item) => this.isShown(item));
    const nodes = shown.map((item) => {
      let node = this.nodes.get(item.id);
      if (!node) {
        node = this.createNode(item);
        this.nodes.set(item.id, node);
      }
      return node;
    });
    const hidden = this.items.length - shown.length;
    const hiddenRow = hidden > 0 ? this.hiddenRow(hidden, this.next !== undefined) : undefined;
    if (hiddenRow) nodes.push(hiddenRow);
    if (this.next) nodes.push(new LoadMoreNode(this));
    else if (this.pagingIgnored) nodes.push(new PagingIgnoredNode(this, this.items.length, this.pagingIgnored.total));
    return nodes;
  }
}
