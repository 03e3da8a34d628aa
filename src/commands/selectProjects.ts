/**
 * Show/Hide Projects…: which of a profile's projects the tree shows, like the AWS Toolkit's Show Region
 * and Azure's Select Subscriptions. The choice is remembered on this machine for the profile; choosing
 * what the regions setting shows anyway ("show all" when it is empty) returns the profile to the setting.
 */
import * as vscode from 'vscode';
import { shownProjects } from '../profiles/projectChoices';
import { UserFacingError } from '../ui/userFacingError';
import type { CommandContext } from './commandContext';
import { profileNodeFrom } from './pickProfile';

export async function selectProjects(ctx: CommandContext, node?: unknown): Promise<string[]> {
  const row = await profileNodeFrom(ctx, node, vscode.l10n.t('Profile whose projects to show'));
  const { profile } = row;
  const connection = await ctx.sessions.connection(profile, row.location.generation);
  const { projects, regionNames } = await connection.loadAccount();
  if (projects.length === 0) throw new UserFacingError(vscode.l10n.t('The account of "{0}" has no projects.', profile.name));
  const regions = ctx.settings().regions;
  const shown = shownProjects(projects, ctx.projectChoices.chosen(profile.id), regions);
  const picked = await ctx.ui.pickMany(
    projects.map((p) => ({ label: p.name, description: regionNames.get(p.region) ?? p.region, picked: shown.includes(p), value: p.id })),
    { title: vscode.l10n.t('Projects to show'), placeholder: vscode.l10n.t('Projects of "{0}" to show in the tree', profile.name), acceptsNone: true },
  );
  if (picked.length === 0) {
    // A profile showing no project looks broken; the choice stays as it was, and the message says why.
    ctx.ui.warn(vscode.l10n.t('No project was checked, so "{0}" goes on showing what it showed. To see none of its projects, remove the profile.', profile.name));
    return shown.map((p) => p.id);
  }
  await ctx.projectChoices.choose(profile.id, picked, shownProjects(projects, undefined, regions).map((p) => p.id));
  ctx.logger.info(`profile "${profile.name}" shows ${picked.length} of ${projects.length} projects`);
  // Its row, found anew: the clicked one may be outdated; without it everything is refreshed.
  ctx.tree.refresh(ctx.tree.profileNodes().find((n) => n.profile.id === profile.id));
  return picked;
}
