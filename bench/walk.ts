/**
 * Walking a whole account: projects → each service's instances → every page of every instance's tasks.
 * One orchestration for both sides, so the comparison differs only in the API layer underneath.
 */

export interface AccountApi<Project, Service, Container, Task> {
  projects(): Promise<readonly Project[]>;
  /** Every page. */
  containers(project: Project, service: Service): Promise<readonly Container[]>;
  /** Every page. */
  tasks(project: Project, service: Service, container: Container): Promise<readonly Task[]>;
}

/** Dependent levels of a walk: projects, then instances, then tasks. */
export const WALK_LEVELS = 3;

/** The task lists of every instance, each fetched as soon as its instance is known. */
export async function walkAccount<P, S, C, T>(api: AccountApi<P, S, C, T>, services: readonly S[]): Promise<(readonly T[])[]> {
  const projects = await api.projects();
  const perService = await Promise.all(
    projects.flatMap((project) =>
      services.map(async (service) => {
        const containers = await api.containers(project, service);
        return Promise.all(containers.map((c) => api.tasks(project, service, c)));
      }),
    ),
  );
  return perService.flat();
}

export const countTasks = (lists: readonly (readonly unknown[])[]): number => lists.reduce((sum, l) => sum + l.length, 0);
