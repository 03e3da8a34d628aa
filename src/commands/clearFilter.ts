import type { CommandContext } from './commandContext';

export async function clearFilter(ctx: CommandContext): Promise<void> {
  await ctx.filter.set({});
  ctx.logger.debug('task filter cleared');
}
