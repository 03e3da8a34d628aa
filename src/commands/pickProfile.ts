/** The profile a profile command acts on: the clicked node's, or one picked from the profiles. */
import * as vscode from 'vscode';
import type { Profile } from '../profiles/profile';
import { ProfileNode } from '../tree/profileNode';
import { cloudName } from '../tree/labels';
import { pickItemOf } from '../tree/pickItem';
import type { CommandContext } from './commandContext';
import { UserFacingError } from '../ui/userFacingError';

export async function storedProfileFrom(ctx: CommandContext, node: unknown): Promise<Profile> {
  if (node instanceof ProfileNode) {
    if (node.profile.source !== 'stored') {
      throw new UserFacingError(vscode.l10n.t('The Environment profile comes from environment variables and settings; change them there.'));
    }
    return node.profile;
  }
  const stored = ctx.store.list().filter((p) => p.source === 'stored');
  if (stored.length === 0) throw new UserFacingError(vscode.l10n.t('There are no stored profiles.'));
  return ctx.ui.pick(
    stored.map((p) => ({ label: p.name, description: `${cloudName(p.cloud)} · ${p.region}`, value: p })),
    { title: vscode.l10n.t('Profile'), placeholder: vscode.l10n.t('Profile to change') },
  );
}

/** The profile row a command acts on: the clicked one, or one picked from every profile, the Environment one too. */
export async function profileNodeFrom(ctx: CommandContext, node: unknown, placeholder: string): Promise<ProfileNode> {
  if (node instanceof ProfileNode) return node;
  const nodes = ctx.tree.profileNodes();
  if (nodes.length === 0) throw new UserFacingError(vscode.l10n.t('Add a profile first.'));
  return ctx.ui.pick(nodes.map(pickItemOf), { title: vscode.l10n.t('Profile'), placeholder });
}
