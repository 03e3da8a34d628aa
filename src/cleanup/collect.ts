/**
 * The clean-up walk: every task of every container in scope, page by page, keeping only a compact copy of
 * the tasks the rule matches (no raw bodies), so memory follows the number of tasks to delete rather than
 * the account's size. Containers are walked under the shared concurrency cap; a container that cannot be
 * listed, or fails after some pages, is reported and the walk goes on. What matched in a container listed
 * only in part is kept with its failure, never among the candidates: its other tasks were never seen.
 * Knows nothing of VS Code.
 */
import { isCloudError } from '../net/errors';
import type { ListAllOptions } from '../services/listAll';
import type { Task, TaskListOptions, TaskSummary } from '../services/types';
import type { Limiter } from '../util/limiter';
import { listWindow, ruleMatches, type CleanupRule } from './rule';

/** A task the rule matched: its summary (no raw body, so memory follows the matches) and its container. */
export interface Candidate<C> extends TaskSummary {
  readonly container: C;
}

export interface ContainerFailure<C> {
  readonly container: C;
  readonly error: unknown;
  /** Tasks looked at before the failure: none when the first page failed. */
  readonly scanned: number;
  /** The page that failed, from 1. */
  readonly failedPage: number;
  /** What the rule matched on the pages listed before the failure. */
  readonly candidates: ReadonlyArray<Candidate<C>>;
}

export interface CollectResult<C> {
  /** Of fully listed containers only, grouped by container, in the order the containers were given. */
  readonly candidates: ReadonlyArray<Candidate<C>>;
  /** In the order the containers were given. */
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

export interface MatchOptions<C> extends CollectOptions {
  /** The listing window to ask the service for (a rule's age bounds); none: every task. */
  readonly window?: TaskListOptions;
  /** After each page, what it matched, as it arrives (Find Tasks shows them at once). */
  readonly onMatch?: (matched: ReadonlyArray<Candidate<C>>) => void;
}

export function collectCandidates<C>(
  containers: readonly C[],
  listAll: ListAll<C>,
  rule: CleanupRule,
  options: CollectOptions,
): Promise<CollectResult<C>> {
  return collectMatching(containers, listAll, (t) => ruleMatches(t, rule, options.now), { ...options, window: listWindow(rule, options.now) });
}

/** The walk itself, for any test of a task: the clean-up's rule, or Find Tasks' typed query. */
export async function collectMatching<C>(
  containers: readonly C[],
  listAll: ListAll<C>,
  matches: (task: Task) => boolean,
  options: MatchOptions<C>,
): Promise<CollectResult<C>> {
  const perContainer: Array<Array<Candidate<C>>> = containers.map(() => []);
  const failures: Array<ContainerFailure<C> | undefined> = containers.map(() => undefined);
  let scanned = 0;
  let matched = 0;
  await Promise.all(
    containers.map((container, i) =>
      options.limiter.run(async () => {
        if (options.signal?.aborted) return;
        const keep: Array<Candidate<C>> = [];
        let pages = 0;
        let own = 0;
        try {
          await listAll(container, {
            ...options.window,
            signal: options.signal,
            onPage: (tasks) => {
              const matching = tasks.filter(matches).map((t) => compact(container, t));
              keep.push(...matching);
              pages++;
              own += tasks.length;
              scanned += tasks.length;
              matched += matching.length;
              if (matching.length > 0) options.onMatch?.(matching);
              options.onProgress?.(scanned, matched);
            },
          });
          perContainer[i] = keep;
        } catch (error) {
          if (options.signal?.aborted && isCloudError(error, 'cancelled')) return;
          failures[i] = { container, error, scanned: own, failedPage: pages + 1, candidates: keep };
        }
      }),
    ),
  );
  if (options.signal?.aborted) throw new CollectCancelledError();
  return { candidates: perContainer.flat(), failures: failures.filter((f) => f !== undefined), scanned };
}

export class CollectCancelledError extends Error {
  override readonly name = 'UserCancelledError';
  constructor() {
    super('The clean-up walk was cancelled');
  }
}

export function isCollectCancelled(e: unknown): e is CollectCancelledError {
  return e instanceof CollectCancelledError;
}

function compact<C>(container: C, t: Task): Candidate<C> {
  return { container, id: t.id, name: t.name, status: t.status, state: t.state, createdAt: t.createdAt, updatedAt: t.updatedAt };
}
