/** A profile: its children are the account's IAM projects, those chosen to show or else the regions setting's. */
import * as vscode from 'vscode';
import { profileKey, type ProfileLocation } from '../model/location';
import type { Profile } from '../profiles/profile';
import { isStaleChoice, shownProjects } from '../profiles/projectChoices';
import { rowAccessibility } from './accessibility';
import { contextValue } from './contextValue';
import { cloudName } from './labels';
import { CachedParentNode } from './parentNode';
import { ProjectNode } from './projectNode';
import type { TreeContext, TreeNode } from './treeNode';

/** What the last listing left out, so a hidden project never looks deleted. */
interface Hidden {
  readonly shown: number;
  readonly total: number;
  /** "cn-south-1 (CN South-Guangzhou)", as the picker names them. */
  readonly names: readonly string[];
}

export class ProfileNode extends CachedParentNode {
  readonly id: string;
  /** With the profile's generation now: its levels' requests are refused once the profile changes. */
  readonly location: ProfileLocation;
  private hidden?: Hidden;

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
    const h = this.hidden;
    const count = h && vscode.l10n.t('{0} of {1} projects', h.shown, h.total);
    item.description = [`${cloudName(p.cloud)} · ${p.region}`, count].filter(Boolean).join(' · ');
    const hiddenLine = h && vscode.l10n.t('Hidden projects: {0}', h.names.join(', '));
    item.tooltip = [p.name, cloudName(p.cloud), p.endpointTemplate, p.region, hiddenLine].filter(Boolean).join('\n');
    item.accessibilityInformation = rowAccessibility(p.name, item.description);
    item.iconPath = new vscode.ThemeIcon(p.source === 'environment' ? 'terminal' : 'account');
    item.contextValue = contextValue('profile', p.source === 'stored' ? 'storedProfile' : 'environmentProfile', 'refreshable', 'cleanable');
    return item;
  }

  /** The projects Show/Hide Projects (or the regions setting) leaves out of the tree, as their rows would name them. */
  hiddenProjectNames(): readonly string[] {
    return this.hidden?.names ?? [];
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
    const chosen = this.ctx.projectChoices.chosen(this.profile.id);
    if (isStaleChoice(projects, chosen)) this.ctx.logger.warn(`profile "${this.profile.name}": none of the projects chosen to show is in the account; showing what the regions setting allows`);
    const shown = shownProjects(projects, chosen, this.ctx.settings().regions);
    this.noteHidden(projects.filter((p) => !shown.includes(p)).map((p) => `${p.name} (${names.get(p.region) ?? p.region})`), projects.length);
    return shown.map((p) => new ProjectNode(this.ctx, this, { ...this.location, project: p, regionName: names.get(p.region) ?? p.region }));
  }

  private noteHidden(names: string[], total: number): void {
    const before = JSON.stringify(this.hidden);
    this.hidden = names.length > 0 ? { shown: total - names.length, total, names } : undefined;
    // The row is redrawn only when its text changes; its cached children are kept.
    if (JSON.stringify(this.hidden) !== before) this.ctx.changed(this);
  }
}
