/** A service instance or CodeArts project: its children are its background tasks, paged. */
import * as vscode from 'vscode';
import { filterKey, matchesFilter } from '../filter/taskFilter';
import { consoleLinkOf } from '../model/consoleLink';
import { filteredCountText } from '../text/countText';
import { containerKey, type ContainerLocation } from '../model/location';
import { descriptorOf } from '../services/descriptors';
import { progressAvailable } from '../services/progressAvailable';
import type { Container, Page, Task } from '../services/types';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import { HiddenNode } from './hiddenNode';
import { PagedParentNode } from './parentNode';
import type { ServiceNode } from './serviceNode';
import { TaskNode } from './taskNode';
import type { TreeContext, TreeNode } from './treeNode';

export class ContainerNode extends PagedParentNode<Task> {
  readonly id: string;

  constructor(
    ctx: TreeContext,
    readonly parent: ServiceNode,
    readonly location: ContainerLocation,
  ) {
    super(ctx);
    this.id = containerKey(location);
  }

  get container(): Container {
    return this.location.container;
  }

  getTreeItem(): vscode.TreeItem {
    const c = this.container;
    const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.Collapsed);
    const count = this.countText();
    const hidden = count === undefined ? 0 : this.hiddenCount();
    // With tasks hidden by the filter, the row says so ("2 of 6 tasks"), so a filtered instance never looks
    // as if its other tasks were gone, nor as if all of them matched.
    const loaded = this.loadedItems().length;
    const countPart =
      count === undefined
        ? undefined
        : hidden > 0
          ? filteredCountText({ shown: loaded - hidden, loaded, total: this.reportedTotal(), complete: this.listedInFull() }, vscode.l10n)
          : taskCountText(count);
    item.description = [countPart, c.engine, c.status]
      .filter(Boolean)
      .join(' · ');
    item.tooltip = [c.name, vscode.l10n.t('ID: {0}', c.id), c.engine, c.status].filter(Boolean).join('\n');
    item.accessibilityInformation = rowAccessibility(c.name, item.description);
    item.iconPath = new vscode.ThemeIcon(descriptorOf(this.location.service.id).containerIcon);
    item.contextValue = contextValue('container', 'refreshable', 'cleanable', consoleLinkOf(this.location) !== undefined && 'inConsole');
    return item;
  }

  getParent(): ServiceNode {
    return this.parent;
  }

  tasks(): readonly Task[] {
    return this.loadedItems();
  }

  protected emptyLabel(): string {
    return vscode.l10n.t('No background tasks');
  }

  protected async fetchPage(cursor: string | undefined, pageSize: number | undefined): Promise<Page<Task>> {
    const { service, container } = this.location;
    return service.listTasks(await this.ctx.sessions.scope(this.location), container, cursor, pageSize);
  }

  protected override async load(): Promise<TreeNode[]> {
    const epoch = this.currentEpoch();
    const nodes = await super.load();
    // Only the current load of the newest row for this instance: a load a refresh overtook, or one of a row
    // a refresh above replaced, must not point the timer at rows the view no longer has.
    if (this.isCurrent(epoch) && this.ctx.nodes.get(this.id) === this) this.ctx.running?.watch(this, this.tasks().some((t) => t.state === 'running'));
    return nodes;
  }

  protected override isShown(task: Task): boolean {
    const filter = this.ctx.filter?.();
    return !filter || matchesFilter(task, filter, this.ctx.now());
  }

  protected override hiddenRow(count: number, more: boolean): TreeNode {
    return new HiddenNode(this, count, more);
  }

  protected override renderKey(): string {
    return filterKey(this.ctx.filter?.() ?? {});
  }

  protected createNode(task: Task): TreeNode {
    const node = new TaskNode(this.ctx, this, { ...this.location, task });
    if (task.state === 'running') this.loadProgress(node);
    return node;
  }

  /** Where the service reports progress (DCS, Kafka, RocketMQ), a running task shows its percentage. */
  private loadProgress(node: TaskNode): void {
    const { service } = this.location;
    // Only for tasks the service says have a progress to read (DCS: `enable_show`): the others would fail
    // every refresh and spend the throttling budget.
    if (!service.getProgress || !progressAvailable(service, node.task)) return;
    const getProgress = service.getProgress.bind(service);
    this.ctx.limiter
      .run(async () => getProgress(await this.ctx.sessions.scope(this.location), this.container, node.task.id))
      .then(
        (progress) => node.setProgress(progress.percent),
        (error: unknown) => this.ctx.logger.debug(`progress of task ${node.task.id} unavailable:`, error),
      );
  }
}

/** "1 task", "12 tasks", "50+ tasks": the count is text, since an unfinished listing shows a "+". */
function taskCountText(count: string): string {
  return count === '1' ? vscode.l10n.t('{0} task', count) : vscode.l10n.t('{0} tasks', count);
}
