/** A service instance or CodeArts project: its children are its background tasks, paged. */
import * as vscode from 'vscode';
import type { Container, Page, Task } from '../services/types';
import { contextValue } from './contextValue';
import { PagedParentNode } from './parentNode';
import type { ServiceNode } from './serviceNode';
import { TaskNode } from './taskNode';
import type { TreeContext, TreeNode } from './treeNode';

export class ContainerNode extends PagedParentNode<Task> {
  readonly id: string;

  constructor(
    ctx: TreeContext,
    readonly parent: ServiceNode,
    readonly container: Container,
  ) {
    super(ctx);
    this.id = `${parent.id}/container/${encodeURIComponent(container.id)}`;
  }

  getTreeItem(): vscode.TreeItem {
    const c = this.container;
    const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.Collapsed);
    const count = this.countText();
    item.description = [count !== undefined ? vscode.l10n.t('{0} tasks', count) : undefined, c.engine, c.status]
      .filter(Boolean)
      .join(' · ');
    item.tooltip = [c.name, vscode.l10n.t('ID: {0}', c.id), c.engine, c.status].filter(Boolean).join('\n');
    item.iconPath = new vscode.ThemeIcon(c.kind === 'codeartsProject' ? 'project' : 'server');
    item.contextValue = contextValue('container', 'refreshable');
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

  protected async fetchPage(cursor: string | undefined): Promise<Page<Task>> {
    return this.parent.service.listTasks(await this.parent.scope(), this.container, cursor, this.ctx.settings().pageSize);
  }

  protected createNode(task: Task): TreeNode {
    return new TaskNode(this.ctx, this, task);
  }
}
