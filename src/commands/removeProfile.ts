import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { storedProfileFrom } from './pickProfile';

export async function removeProfile(ctx: CommandContext, node?: unknown): Promise<void> {
  const profile = await storedProfileFrom(ctx, node);
  await ctx.ui.confirm({
    message: vscode.l10n.t('Remove the profile "{0}"?', profile.name),
    detail: vscode.l10n.t('Its keys are deleted from this computer. Nothing changes in the cloud.'),
    action: vscode.l10n.t('Remove'),
  });
  await ctx.store.remove(profile.id);
  await ctx.approvals.forget(profile.id);
  await ctx.projectChoices.forget(profile.id);
  ctx.logger.info(`removed profile "${profile.name}" and its keys`);
}
