/** An IAM project (one region or sub-project): its children are the services offered there. */
import * as vscode from 'vscode';
import { projectKey, type ProjectLocation } from '../model/location';
import type { Project } from '../services/types';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import type { ProfileNode } from './profileNode';
import { CachedParentNode } from './parentNode';
import { ServiceNode } from './serviceNode';
import type { TreeContext, TreeNode } from './treeNode';

export class ProjectNode extends CachedParentNode {
  readonly id: string;

  constructor(
    ctx: TreeContext,
    readonly parent: ProfileNode,
    readonly location: ProjectLocation,
  ) {
    super(ctx);
    this.id = projectKey(location);
  }

  get project(): Project {
    return this.location.project;
  }

  get regionName(): string {
    return this.location.regionName;
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.project.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = this.regionName;
    item.tooltip = `${this.project.name}\n${vscode.l10n.t('Project ID: {0}', this.project.id)}\n${this.regionName}`;
    item.accessibilityInformation = rowAccessibility(this.project.name, this.regionName);
    item.iconPath = new vscode.ThemeIcon('globe');
    item.contextValue = contextValue('project', 'refreshable', 'cleanable');
    return item;
  }

  getParent(): ProfileNode {
    return this.parent;
  }

  protected emptyLabel(): string {
    return vscode.l10n.t('No selected service is offered in this region');
  }

  protected load(): Promise<TreeNode[]> {
    const wanted = this.ctx.settings().services;
    const cloud = this.location.profile.cloud;
    return Promise.resolve(
      this.ctx.sessions.services
        .filter((s) => wanted.includes(s.id) && s.isOfferedIn(cloud, this.project.region))
        .map((service) => new ServiceNode(this.ctx, this, { ...this.location, service })),
    );
  }
}
