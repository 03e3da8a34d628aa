/**
 * Walks every page of a task list, for clean-up and bulk delete. The tree itself shows one page at a
 * time; this is for callers that need the whole list. `walkTasks` hands each page over and keeps only
 * the ids seen (to drop repeats), so a caller that keeps a small part holds no more than one page;
 * `listAllTasks` keeps every task.
 */
import { CloudError } from '../net/errors';
import { PagingIgnoredError } from './pagingIgnored';
import type { Container, ServiceScope, Task, TaskListOptions, TaskService } from './types';
import { keepUnseen } from './uniqueById';

export interface ListAllOptions extends TaskListOptions {
  readonly signal?: AbortSignal;
  /** Called with each page's new tasks and the running count, e.g. for a progress message. */
  readonly onPage?: (tasks: readonly Task[], soFar: number, total: number | undefined) => void;
  readonly pageSize?: number;
}

/**
 * Every page in turn through `onPage`; resolves to the number of distinct tasks listed. Rejects with
 * `PagingIgnoredError`, after handing over what was listed, when the service ignored paging: a list known
 * to be partial must reach its caller as a failure, never as a shorter list.
 */
export async function walkTasks(
  service: TaskService,
  scope: ServiceScope,
  container: Container,
  options: ListAllOptions = {},
): Promise<number> {
  const signal = options.signal ?? scope.signal;
  const pageScope: ServiceScope = { ...scope, signal };
  const filter: TaskListOptions = { from: options.from, to: options.to };
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    if (signal?.aborted) throw new CloudError('cancelled', 'Listing tasks was cancelled');
    const page = await service.listTasks(pageScope, container, cursor, options.pageSize, filter);
    const fresh = keepUnseen(page.items, seen);
    if (page.pagingIgnored) throw new PagingIgnoredError(`${service.id}.listTasks`, seen.size, page.total);
    options.onPage?.(fresh, seen.size, page.total);
    // A page with nothing new but a next one means the service kept answering with tasks already listed
    // (shuffled, so the service's own check did not see a repeat): stop rather than loop, and say so.
    if (fresh.length === 0 && page.next !== undefined) throw new PagingIgnoredError(`${service.id}.listTasks`, seen.size, page.total);
    cursor = page.next;
  } while (cursor !== undefined);
  return seen.size;
}

export async function listAllTasks(
  service: TaskService,
  scope: ServiceScope,
  container: Container,
  options: ListAllOptions = {},
): Promise<Task[]> {
  const all: Task[] = [];
  await walkTasks(service, scope, container, {
    ...options,
    onPage: (tasks, soFar, total) => {
      all.push(...tasks);
      options.onPage?.(tasks, soFar, total);
    },
  });
  return all;
}
