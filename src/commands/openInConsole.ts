/** Open in Console: the instance's or task's page in the web console of its cloud and region. */
import * as vscode from 'vscode';
import { consoleLinkOf } from '../model/consoleLink';
import { ContainerNode } from '../tree/containerNode';
import { TaskNode } from '../tree/taskNode';
import { UserFacingError } from '../ui/userFacingError';
import type { CommandContext } from './commandContext';

export async function openInConsole(ctx: CommandContext, node?: unknown): Promise<string | undefined> {
  if (!(node instanceof ContainerNode || node instanceof TaskNode)) return undefined;
  const url = consoleLinkOf(node.location);
  if (url === undefined) throw new UserFacingError(vscode.l10n.t('There is no known web console for a custom endpoint.'));
  ctx.logger.info(`opening the console: ${url}`);
  await ctx.openExternal(vscode.Uri.parse(url, true));
  return url;
}
