/** A profile: its children are the account's IAM projects, filtered by the regions setting. */
import * as vscode from 'vscode';
import { profileKey, type ProfileLocation } from '../model/location';
import type { Profile } from '../profiles/profile';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import { cloudName } from './labels';
import { CachedParentNode } from './parentNode';
import { ProjectNode } from './projectNode';
import type { TreeContext, TreeNode } from './treeNode';

export class ProfileNode extends CachedParentNode {
  readonly id: string;
  /** With the profile's generation now: its levels' requests are refused once the profile changes. */
  readonly location: ProfileLocation;

  constructor(
    ctx: TreeContext,
    readonly profile: Profile,
  ) {
    super(ctx);
    this.location = { profile, generation: ctx.sessions.generation(profile.id) };
    this.id = profileKey(this.location);
  }

  getTreeItem(): vscode.TreeItem {
    const p = this.profile;
    const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = `${cloudName(p.cloud)} · ${p.region}`;
    item.tooltip = [p.name, cloudName(p.cloud), p.endpointTemplate, p.region].filter(Boolean).join('\n');
    item.accessibilityInformation = rowAccessibility(p.name, item.description);
    item.iconPath = new vscode.ThemeIcon(p.source === 'environment' ? 'terminal' : 'account');
    item.contextValue = contextValue('profile', p.source === 'stored' ? 'storedProfile' : 'environmentProfile', 'refreshable', 'cleanable');
    return item;
  }

  override getChildren(): Promise<TreeNode[]> {
    const rows = super.getChildren();
    return this.ctx.startup ? this.ctx.startup.firstRows(rows, this.ctx.logger) : rows;
  }

  getParent(): undefined {
    return undefined;
  }

  protected emptyLabel(): string {
    const regions = this.ctx.settings().regions;
    return regions.length > 0
      ? vscode.l10n.t('No projects in the regions chosen in settings')
      : vscode.l10n.t('No projects in this account');
  }

  protected async load(): Promise<TreeNode[]> {
    const connection = await this.ctx.sessions.connection(this.profile, this.location.generation);
    const { projects, regionNames: names } = await this.ctx.limiter.run(() => connection.loadAccount());
    const regions = this.ctx.settings().regions;
    return projects
      .filter((p) => regions.length === 0 || regions.includes(p.region))
      .map((p) => new ProjectNode(this.ctx, this, { ...this.location, project: p, regionName: names.get(p.region) ?? p.region }));
  }
}
