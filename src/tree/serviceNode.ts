/** A service within a project: its children are the service's instances (or CodeArts projects), paged. */
import * as vscode from 'vscode';
import { serviceKey, type ServiceLocation } from '../model/location';
import type { Container, Page, TaskService } from '../services/types';
import { ContainerNode } from './containerNode';
import { contextValue } from './contextValue';
import { serviceIcon, serviceName } from './labels';
import { PagedParentNode } from './parentNode';
import type { ProjectNode } from './projectNode';
import type { TreeContext, TreeNode } from './treeNode';

export class ServiceNode extends PagedParentNode<Container> {
  readonly id: string;

  constructor(
    ctx: TreeContext,
    readonly parent: ProjectNode,
    readonly location: ServiceLocation,
  ) {
    super(ctx);
    this.id = serviceKey(location);
  }

  get service(): TaskService {
    return this.location.service;
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(serviceName(this.service.id), vscode.TreeItemCollapsibleState.Collapsed);
    item.description = this.countDescription();
    item.iconPath = serviceIcon(this.service.id);
    item.contextValue = contextValue('service', 'refreshable', 'cleanable');
    return item;
  }

  private countDescription(): string | undefined {
    const count = this.countText();
    if (count === undefined) return undefined;
    if (this.service.id === 'codeartsCheck') {
      return count === '1' ? vscode.l10n.t('{0} project', count) : vscode.l10n.t('{0} projects', count);
    }
    return count === '1' ? vscode.l10n.t('{0} instance', count) : vscode.l10n.t('{0} instances', count);
  }

  getParent(): ProjectNode {
    return this.parent;
  }

  protected emptyLabel(): string {
    return this.service.id === 'codeartsCheck' ? vscode.l10n.t('No CodeArts projects') : vscode.l10n.t('No instances');
  }

  protected async fetchPage(cursor: string | undefined): Promise<Page<Container>> {
    return this.service.listContainers(await this.ctx.sessions.scope(this.location), cursor, this.ctx.settings().pageSize);
  }

  protected createNode(container: Container): TreeNode {
    return new ContainerNode(this.ctx, this, { ...this.location, container });
  }
}
