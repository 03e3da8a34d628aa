/**
 * In the add, edit and import flows: hosts outside the known clouds that the profile's settings would send
 * its keys to, and that it has not been allowed yet, are named and asked about before any key is typed or
 * checked. That answer is the approval the tree would otherwise ask for, so the person is not asked twice.
 */
import { profileEndpoints } from '../cloud/profileEndpoints';
import { foreignEndpoints } from '../net/endpointHosts';
import type { ProfileSettings } from '../profiles/profile';
import { askToAllowEndpoints } from '../ui/endpointApproval';
import type { CommandContext } from './commandContext';

/** The hosts outside the known clouds the settings would send keys to (templates, so the region does not change them). */
export function foreignProfileEndpoints(ctx: CommandContext, settings: ProfileSettings): ReturnType<typeof foreignEndpoints> {
  return foreignEndpoints(profileEndpoints(settings, ctx.settings().endpointOverrides));
}

/** Asks (throwing on cancel) and returns what records the approval for the saved profile's id. */
export async function allowProfileEndpoints(ctx: CommandContext, settings: ProfileSettings, profileId?: string): Promise<(id: string) => Promise<void>> {
  const endpoints = foreignProfileEndpoints(ctx, settings);
  const unapproved = profileId === undefined ? endpoints : ctx.approvals.unapproved(profileId, endpoints);
  if (unapproved.length > 0) await askToAllowEndpoints(ctx.ui, settings.name, unapproved);
  return (id) => ctx.approvals.approve(id, unapproved);
}
