/** The profile a profile command acts on: the clicked node's, or one picked from the stored profiles. */
import * as vscode from 'vscode';
import type { Profile } from '../profiles/profile';
import { ProfileNode } from '../tree/profileNode';
import { cloudName } from '../tree/labels';
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
