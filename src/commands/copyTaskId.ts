import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { selectedTaskNodes } from './selectedTasks';

export async function copyTaskId(ctx: CommandContext, node?: unknown, selected?: unknown): Promise<string | undefined> {
  const tasks = selectedTaskNodes(node, selected);
  if (tasks.length === 0) return undefined;
  const text = tasks.map((t) => t.task.id).join('\n');
  await vscode.env.clipboard.writeText(text);
  ctx.logger.debug(`copied ${tasks.length} task ids`);
  return text;
}
