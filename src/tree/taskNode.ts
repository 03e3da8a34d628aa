/** A background task: a leaf whose look follows its state, and which can be shown as "Deleting…". */
import * as vscode from 'vscode';
import { shownTime } from '../services/shownTime';
import { statusLabel } from '../text/statusText';
import { dateTimeText, relativeTime, type TimeFormat } from '../text/timeText';
import { descriptorOf } from '../services/descriptors';
import { consoleLinkOf } from '../model/consoleLink';
import { taskKey, type TaskLocation } from '../model/location';
import type { Task } from '../services/types';
import type { ContainerNode } from './containerNode';
import { rowAccessibility } from './accessibility';
import { containerLabel } from './containerTexts';
import { taskContextValue } from './contextValue';
import { LeafNode } from './leafNode';
import { serviceName, taskStateIcon } from './labels';
import type { TreeContext } from './treeNode';

export class TaskNode extends LeafNode<ContainerNode> {
  private percent?: number;
  /** The time as the row last drew it ("5 min ago"); a minute later it may read otherwise. */
  private drawnTime?: string;

  constructor(
    private readonly ctx: TreeContext,
    parent: ContainerNode,
    readonly location: TaskLocation & { readonly task: Task },
  ) {
    // The task's key is its row id: in-flight deletes are kept by it, so they outlive refreshes.
    super(parent, taskKey(location));
  }

  get task(): Task {
    return this.location.task;
  }

  getTreeItem(): vscode.TreeItem {
    const t = this.task;
    const item = new vscode.TreeItem(t.name || t.id, vscode.TreeItemCollapsibleState.None);
    const deleting = this.isDeleting();
    this.drawnTime = this.timeText();
    item.description = deleting
      ? vscode.l10n.t('Deleting…')
      : [statusLabel(t.status, vscode.l10n), this.percent !== undefined ? `${Math.round(this.percent)}%` : undefined, this.drawnTime].filter(Boolean).join(' · ');
    item.accessibilityInformation = rowAccessibility(t.name || t.id, item.description);
    item.iconPath = deleting ? new vscode.ThemeIcon('loading~spin') : taskStateIcon(t.state);
    item.tooltip = this.tooltip();
    item.contextValue = taskContextValue(t.state, deleting, consoleLinkOf(this.location) !== undefined);
    return item;
  }

  /** Whether the row, drawn before, would now show another time ("just now" has become "1 min ago"). */
  timeTextStale(): boolean {
    return this.drawnTime !== undefined && this.drawnTime !== this.timeText();
  }

  private timeText(): string | undefined {
    const when = shownTime(this.task);
    return when ? relativeTime(when, this.ctx.now(), vscode.l10n, timeFormat()) : undefined;
  }

  /** The percentage the service's progress API reported; shown while the task runs. */
  get progress(): number | undefined {
    return this.percent;
  }

  setProgress(percent: number | undefined): void {
    if (percent === undefined || percent === this.percent) return;
    this.percent = percent;
    this.ctx.changed(this);
  }

  /** Whether a DELETE of this task is in flight (from any row that showed it, before or after a refresh). */
  isDeleting(): boolean {
    return this.ctx.deleting.has(this.id);
  }

  private tooltip(): vscode.MarkdownString {
    const t = this.task;
    const rows: Array<[string, string | undefined]> = [
      [vscode.l10n.t('Task'), t.name],
      [vscode.l10n.t('ID'), t.id],
      // The status as the service sent it, next to its label: the raw value is what its documents and support use.
      [vscode.l10n.t('Status'), statusWithLabel(t.status)],
      [vscode.l10n.t('User'), t.user],
      [vscode.l10n.t('Created'), t.createdAt && dateTimeText(t.createdAt, timeFormat())],
      [vscode.l10n.t('Updated'), t.updatedAt && dateTimeText(t.updatedAt, timeFormat())],
      [containerLabel(descriptorOf(this.location.service.id).containerKind), this.location.container.name],
      [vscode.l10n.t('Service'), serviceName(this.location.service.id)],
    ];
    const md = new vscode.MarkdownString();
    for (const [label, value] of rows) if (value) md.appendMarkdown(`**${label}:** `).appendText(value).appendMarkdown('  \n');
    return md;
  }
}

/** The display language's words and calendar, in this machine's time zone: the day the user is living. */
function timeFormat(): TimeFormat {
  return { locale: vscode.env.language };
}

/** "Succeeded (SUCCESS)"; a status without a label is shown once, as sent. */
function statusWithLabel(status: string): string {
  const label = statusLabel(status, vscode.l10n);
  return label === status ? status : `${label} (${status})`;
}
