/** Copy Request ID on an error row: the id of the failed request, which support asks for. */
import * as vscode from 'vscode';
import { ErrorNode } from '../tree/errorNode';
import type { CommandContext } from './commandContext';

export async function copyRequestId(ctx: CommandContext, node?: unknown): Promise<string | undefined> {
  const requestId = node instanceof ErrorNode ? node.requestId : undefined;
  if (requestId === undefined) return undefined;
  await vscode.env.clipboard.writeText(requestId);
  ctx.logger.debug('copied the request id of an error row');
  return requestId;
}
