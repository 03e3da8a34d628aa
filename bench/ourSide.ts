/** Our side of the comparisons: the extension's client and services, under a concurrency cap. */
import type { ApiClient } from '../src/net/api';
import { ClosableApiClient, createApiClient } from '../src/net/client';
import { listProjects } from '../src/services/iam';
import { listAllTasks } from '../src/services/listAll';
import type { Container, Project, ServiceScope, Task, TaskService } from '../src/services/types';
import { Limiter } from '../src/util/limiter';
import type { EmulatorInfo } from './emulatorProtocol';
import type { AccountApi } from './walk';

/** The client as the extension builds it, aimed at the emulator; the environment's proxy is ignored. */
export function ourClient(info: EmulatorInfo): ClosableApiClient {
  return createApiClient({
    credentials: { accessKey: info.accessKey, secretKey: info.secretKey },
    endpoints: { cloud: 'custom', template: info.endpointTemplate },
    proxy: { env: {} },
  });
}

/** Every request through one cap, retries included. */
export function capped(client: ApiClient, limiter: Limiter): ApiClient {
  return { send: (request) => limiter.run(() => client.send(request)) };
}

export const homeRegion = (info: EmulatorInfo): string => info.projects[0]?.region ?? 'cn-north-4';

export function ourAccountApi(client: ApiClient, region: string): AccountApi<Project, TaskService, Container, Task> {
  const scope = (project: Project): ServiceScope => ({ client, project });
  return {
    projects: () => listProjects(client, region),
    containers: async (project, service) => {
      const all: Container[] = [];
      let cursor: string | undefined;
      do {
        const page = await service.listContainers(scope(project), cursor);
        all.push(...page.items);
        cursor = page.next;
      } while (cursor !== undefined);
      return all;
    },
    tasks: (project, service, container) => listAllTasks(service, scope(project), container),
  };
}
