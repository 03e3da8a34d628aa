/** A service within a project: its children are the service's instances (or CodeArts projects), paged. */
import * as vscode from 'vscode';
import { serviceKey, type ServiceLocation } from '../model/location';
import type { Container, Page, TaskService } from '../services/types';
import { descriptorOf } from '../services/descriptors';
import { ContainerNode } from './containerNode';
import { containerCountText, noContainersText } from './containerTexts';
import { rowAccessibility } from './accessibility';
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
    // CodeArts lists only the projects the keys' user has joined: said, so a missing project is not a mystery.
    if (this.service.containerSelection === 'joined') {
      item.tooltip = `${serviceName(this.service.id)}\n${vscode.l10n.t('Only the CodeArts projects you have joined are listed.')}`;
    }
    item.accessibilityInformation = rowAccessibility(serviceName(this.service.id), item.description);
    item.iconPath = serviceIcon(this.service.id);
    item.contextValue = contextValue('service', 'refreshable', 'cleanable');
    return item;
  }

  private countDescription(): string | undefined {
    const count = this.countText();
    return count === undefined ? undefined : containerCountText(descriptorOf(this.service.id).containerKind, count);
  }

  getParent(): ProjectNode {
    return this.parent;
  }

  protected emptyLabel(): string {
    return noContainersText(descriptorOf(this.service.id).containerKind);
  }

  protected async fetchPage(cursor: string | undefined, pageSize: number | undefined): Promise<Page<Container>> {
    return this.service.listContainers(await this.ctx.sessions.scope(this.location), cursor, pageSize);
  }

  protected createNode(container: Container): TreeNode {
    return new ContainerNode(this.ctx, this, { ...this.location, container });
  }
}
