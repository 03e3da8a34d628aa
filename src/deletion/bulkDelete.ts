/**
 * The bulk-delete engine: runs confirmed deletions in parallel under a cap, keeps going past failures,
 * stops starting new ones on cancel (requests already sent are let finish, since the server may have
 * acted on them) and tallies the outcome. Knows nothing of VS Code.
 */
import type { DeleteOutcomeKind, DeleteVerdict } from '../services/deletion';
import { Limiter } from '../util/limiter';

/** A verdict of `services/deletion.ts`, or `skipped`: not attempted, since the run was cancelled first. */
export type DeleteStatus = DeleteOutcomeKind | 'skipped';

export interface DeleteOutcome<T> {
  readonly target: T;
  readonly status: DeleteStatus;
  readonly requestId?: string;
  readonly error?: unknown;
}

export interface BulkDeleteSummary<T> {
  readonly deleted: number;
  readonly alreadyGone: number;
  /** Answered 2xx by something that was not the service (an HTML page): not known to be deleted. */
  readonly unconfirmed: number;
  readonly failed: number;
  readonly skipped: number;
  /** Confirmed, but left to a delete of the same task already in flight (another run sends it): not in `outcomes`. */
  readonly leftInFlight?: number;
  readonly outcomes: ReadonlyArray<DeleteOutcome<T>>;
}

export interface BulkDeleteOptions<T> {
  readonly concurrency: number;
  /** Cancels the deletions not yet started. */
  readonly signal?: AbortSignal;
  /** Called once per target as it settles, in completion order. */
  readonly onSettled?: (outcome: DeleteOutcome<T>, settledCount: number, total: number) => void;
}

export async function runBulkDelete<T>(
  targets: readonly T[],
  deleteOne: (target: T) => Promise<DeleteVerdict>,
  options: BulkDeleteOptions<T>,
): Promise<BulkDeleteSummary<T>> {
  const limiter = new Limiter(options.concurrency);
  let settled = 0;
  const outcomes = await Promise.all(
    targets.map((target) =>
      limiter.run(async (): Promise<DeleteOutcome<T>> => {
        const outcome = options.signal?.aborted ? { target, status: 'skipped' as const } : await attempt(target, deleteOne);
        options.onSettled?.(outcome, ++settled, targets.length);
        return outcome;
      }),
    ),
  );
  const count = (status: DeleteStatus): number => outcomes.filter((o) => o.status === status).length;
  return {
    deleted: count('deleted'),
    alreadyGone: count('alreadyGone'),
    unconfirmed: count('unconfirmed'),
    failed: count('failed'),
    skipped: count('skipped'),
    outcomes,
  };
}

/** Takes the verdict as given: deciding what an answer means is `services/deletion.ts`'s alone. */
async function attempt<T>(target: T, deleteOne: (target: T) => Promise<DeleteVerdict>): Promise<DeleteOutcome<T>> {
  try {
    const verdict = await deleteOne(target);
    return { target, status: verdict.outcome, requestId: verdict.requestId, ...(verdict.error !== undefined ? { error: verdict.error } : {}) };
  } catch (error) {
    // Only a failure before any request (no keys, no connection) gets here: nothing was answered.
    return { target, status: 'failed', error };
  }
}
