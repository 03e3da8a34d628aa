/**
 * From the palette, the tasks to delete are chosen by walking the tree's own levels with quick picks:
 * profile → project → service → instance → tasks (many at once). The tree's cache and paging are reused.
 */
import * as vscode from 'vscode';
import { statusLabel } from '../../text/statusText';
import { ContainerNode } from '../../tree/containerNode';
import { EmptyNode } from '../../tree/emptyNode';
import { ErrorNode } from '../../tree/errorNode';
import { pickItemOf } from '../../tree/pickItem';
import { ProjectNode } from '../../tree/projectNode';
import { ServiceNode } from '../../tree/serviceNode';
import { TaskNode } from '../../tree/taskNode';
import type { TreeNode } from '../../tree/treeNode';
import type { CommandContext } from '../commandContext';
import { UserFacingError } from '../../ui/userFacingError';

/** Most tasks a picker lists; beyond that, filter in the tree. */
const MAX_PICKABLE = 1000;

export async function pickTasks(ctx: CommandContext): Promise<TaskNode[]> {
  const profiles = ctx.tree.profileNodes();
  if (profiles.length === 0) throw new UserFacingError(vscode.l10n.t('Add a profile first.'));
  const profile = await pickOne(ctx, profiles, vscode.l10n.t('Profile'));
  const project = await pickOne(ctx, await childrenOf(profile, ProjectNode), vscode.l10n.t('Project'));
  const service = await pickOne(ctx, await childrenOf(project, ServiceNode), vscode.l10n.t('Service'));
  const container = await pickOne(ctx, await childrenOf(service, ContainerNode), vscode.l10n.t('Instance'));
  await container.loadAll(MAX_PICKABLE);
  const tasks = await childrenOf(container, TaskNode);
  return ctx.ui.pickMany(
    tasks.map((t) => ({ label: t.task.name || t.task.id, description: statusLabel(t.task.status, vscode.l10n), detail: t.task.id, value: t })),
    { title: vscode.l10n.t('Tasks to delete'), placeholder: vscode.l10n.t('Tasks to delete from {0}', container.container.name) },
  );
}

async function childrenOf<T extends TreeNode>(parent: TreeNode, kind: abstract new (...args: never[]) => T): Promise<T[]> {
  const children = await parent.getChildren();
  const error = children.find((c): c is ErrorNode => c instanceof ErrorNode);
  if (error) throw error.error;
  const empty = children.find((c): c is EmptyNode => c instanceof EmptyNode);
  if (empty) throw new UserFacingError(String(empty.getTreeItem().label));
  return children.filter((c): c is T => c instanceof kind);
}

function pickOne<T extends TreeNode>(ctx: CommandContext, nodes: readonly T[], title: string): Promise<T> {
  return ctx.ui.pick(nodes.map(pickItemOf), { title, placeholder: title });
}
