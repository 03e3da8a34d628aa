import type { CommandContext } from './commandContext';
import { storedProfileFrom } from './pickProfile';
import { promptProfileName } from './profilePrompts';

export async function renameProfile(ctx: CommandContext, node?: unknown): Promise<void> {
  const profile = await storedProfileFrom(ctx, node);
  const name = await promptProfileName(ctx, profile.name, profile.id);
  // Only the name: the rest may have changed elsewhere while it was asked.
  await ctx.store.update(profile.id, { name });
  ctx.logger.info(`renamed profile "${profile.name}" to "${name}"`);
}
