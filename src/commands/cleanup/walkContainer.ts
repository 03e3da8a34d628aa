/** How the walks (clean-up, Find Tasks) list one instance: every page, at the service's largest page size. */
import type { ListAll } from '../../cleanup/collect';
import type { ContainerLocation } from '../../model/location';
import { walkTasks } from '../../services/listAll';
import type { CommandContext } from '../commandContext';

export function walkContainer(ctx: CommandContext): ListAll<ContainerLocation> {
  // No page size: the walk reads each service's largest page (1,000 DCS tasks a request), not the tree's.
  return async (container, options) => walkTasks(container.service, await ctx.sessions.scope(container), container.container, options);
}
