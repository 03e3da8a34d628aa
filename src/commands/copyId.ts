/**
 * Copy ID on any row that stands for a resource (project, instance or CodeArts project, task), one id a line
 * for a multi-selection; Copy Task ID is the same for tasks only, kept for the tools that call it by name.
 */
import * as vscode from 'vscode';
import { idOf, idsText } from '../model/locationIds';
import type { ProjectLocation } from '../model/location';
import { ContainerNode } from '../tree/containerNode';
import { ProjectNode } from '../tree/projectNode';
import { TaskNode } from '../tree/taskNode';
import type { CommandContext } from './commandContext';
import { selectedNodes, selectedTaskNodes } from './selectedTasks';

type IdentifiedRow = ProjectNode | ContainerNode | TaskNode;

const isIdentified = (n: unknown): n is IdentifiedRow => n instanceof ProjectNode || n instanceof ContainerNode || n instanceof TaskNode;

export function copyId(ctx: CommandContext, node?: unknown, selected?: unknown): Promise<string | undefined> {
  return copyIds(ctx, selectedNodes(node, selected, isIdentified).map((n) => n.location));
}

export function copyTaskId(ctx: CommandContext, node?: unknown, selected?: unknown): Promise<string | undefined> {
  return copyIds(ctx, selectedTaskNodes(node, selected).map((n) => n.location));
}

async function copyIds(ctx: CommandContext, locations: readonly ProjectLocation[]): Promise<string | undefined> {
  const text = idsText(locations);
  if (text === '') return undefined;
  await vscode.env.clipboard.writeText(text);
  ctx.logger.debug(`copied ${locations.filter((l) => idOf(l) !== undefined).length} ids`);
  return text;
}
