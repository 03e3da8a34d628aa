/**
 * The clean-up walk: every task of every container in scope, page by page, keeping only a compact copy of
 * the tasks the rule matches (no raw bodies), so memory follows the number of tasks to delete rather than
 * the account's size. Containers are walked under the shared concurrency cap; a container that cannot be
 * listed is reported and the walk goes on. Knows nothing of VS Code.
 */
import { isCloudError } from '../net/errors';
import type { ListAllOptions } from '../services/listAll';
import type { Task, TaskState } from '../services/types';
import type { Limiter } from '../util/limiter';
import { listWindow, ruleMatches, type CleanupRule } from './rule';

export interface Candidate<C> {
  readonly container: C;
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly state: TaskState;
  readonly createdAt?: Date;
  readonly updatedAt?: Date;
}

export interface ContainerFailure<C> {
  readonly container: C;
  readonly error: unknown;
}

export interface CollectResult<C> {
  /** Grouped by container, in the order the containers were given. */
  readonly candidates: ReadonlyArray<Candidate<C>>;
  readonly failures: ReadonlyArray<ContainerFailure<C>>;
  /** Tasks looked at, matching or not. */
  readonly scanned: number;
}

export interface CollectOptions {
  readonly limiter: Limiter;
  readonly now: Date;
  readonly signal?: AbortSignal;
  /** After each page: tasks scanned and matched so far. */
  readonly onProgress?: (scanned: number, matched: number) => void;
}

export type ListAll<C> = (container: C, options: ListAllOptions) => Promise<unknown>;

export async function collectCandidates<C>(
  containers: readonly C[],
  listAll: ListAll<C>,
  rule: CleanupRule,
  options: CollectOptions,
): Promise<CollectResult<C>> {
  const perContainer: Array<Array<Candidate<C>>> = containers.map(() => []);
  const failures: Array<ContainerFailure<C>> = [];
  let scanned = 0;
  let matched = 0;
  const window = listWindow(rule, options.now);
  await Promise.all(
    containers.map((container, i) =>
      options.limiter.run(async () => {
        if (options.signal?.aborted) return;
        try {
          await listAll(container, {
            ...window,
            signal: options.signal,
            onPage: (tasks) => {
              const keep = tasks.filter((t) => ruleMatches(t, rule, options.now)).map((t) => compact(container, t));
              perContainer[i]!.push(...keep);
              scanned += tasks.length;
              matched += keep.length;
              options.onProgress?.(scanned, matched);
            },
          });
        } catch (error) {
          if (options.signal?.aborted && isCloudError(error, 'cancelled')) return;
          failures.push({ container, error });
        }
      }),
    ),
  );
  if (options.signal?.aborted) throw new CollectCancelledError();
  return { candidates: perContainer.flat(), failures, scanned };
}

export class CollectCancelledError extends Error {
  override readonly name = 'UserCancelledError';
  constructor() {
    super('The clean-up walk was cancelled');
  }
}

function compact<C>(container: C, t: Task): Candidate<C> {
  return { container, id: t.id, name: t.name, status: t.status, state: t.state, createdAt: t.createdAt, updatedAt: t.updatedAt };
}
