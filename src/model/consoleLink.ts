/** The console page of an instance or a task, from its location: only the cloud, its site, the region and ids go in. */
import { isConsoleSite } from '../profiles/profile';
import { consoleUrl } from '../services/consoleLinks';
import type { ContainerLocation, TaskLocation } from './location';

export function consoleLinkOf(l: ContainerLocation | TaskLocation): string | undefined {
  return consoleUrl({
    cloud: l.profile.cloud,
    ...(isConsoleSite(l.profile.consoleSite) ? { site: l.profile.consoleSite } : {}),
    region: l.project.region,
    service: l.service.id,
    containerId: l.container.id,
    ...('task' in l ? { taskId: l.task.id } : {}),
  });
}
