/**
 * Opens a task as the API returned it, plus its progress where the service reports one. The text goes
 * through the key scrubber as well, though a task body holds no keys.
 */
import * as vscode from 'vscode';
import { progressAvailable } from '../services/progressAvailable';
import { TaskNode } from '../tree/taskNode';
import type { CommandContext } from './commandContext';

export async function showTaskDetails(ctx: CommandContext, node?: unknown): Promise<vscode.Uri | undefined> {
  if (!(node instanceof TaskNode)) return undefined;
  const { location } = node;
  const { service, container } = location;
  const scope = await ctx.sessions.scope(location);
  const task = (await service.getTask?.(scope, container, location.task.id)) ?? location.task;
  const document: Record<string, unknown> = { task: task.raw };
  if (service.getProgress && progressAvailable(service, task) && task.state === 'running') {
    try {
      document.progress = (await service.getProgress(scope, container, task.id)).raw;
    } catch (error) {
      ctx.logger.warn(`progress of task ${task.id} unavailable:`, error);
    }
  }
  const text = ctx.log.scrubber.scrub(JSON.stringify(document, null, 2));
  const uri = ctx.documents.put(node.id, safeFileName(task.name || task.id), text);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(doc, 'json');
  await vscode.window.showTextDocument(doc, { preview: true });
  return uri;
}

function safeFileName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').slice(0, 80) || 'task';
}
