import type { CommandContext } from './commandContext';

export function showLog(ctx: CommandContext): Promise<void> {
  ctx.log.show();
  return Promise.resolve();
}
