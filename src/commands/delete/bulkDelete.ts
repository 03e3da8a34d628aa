/**
 * The bulk-delete engine: runs confirmed deletions in parallel under a cap, keeps going past failures,
 * stops starting new ones on cancel (requests already sent are let finish, since the server may have
 * acted on them) and tallies the outcome. Knows nothing of VS Code.
 */
import { isCloudError } from '../../net/errors';
import type { DeleteResult } from '../../services/types';
import { Limiter } from '../../util/limiter';

export type DeleteStatus = 'deleted' | 'alreadyGone' | 'failed' | 'skipped';

export interface DeleteOutcome<T> {
  readonly target: T;
  readonly status: DeleteStatus;
  readonly requestId?: string;
  readonly error?: unknown;
}

export interface BulkDeleteSummary<T> {
  readonly deleted: number;
  readonly alreadyGone: number;
  readonly failed: number;
  readonly skipped: number;
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
  deleteOne: (target: T) => Promise<DeleteResult>,
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
  return { deleted: count('deleted'), alreadyGone: count('alreadyGone'), failed: count('failed'), skipped: count('skipped'), outcomes };
}

async function attempt<T>(target: T, deleteOne: (target: T) => Promise<DeleteResult>): Promise<DeleteOutcome<T>> {
  try {
    const result = await deleteOne(target);
    return { target, status: result.alreadyGone ? 'alreadyGone' : 'deleted', requestId: result.requestId };
  } catch (error) {
    // A task (or its instance) that no longer exists is what the person wanted: count it as deleted.
    if (isCloudError(error, 'notFound')) return { target, status: 'alreadyGone', requestId: error.requestId };
    return { target, status: 'failed', error, requestId: isCloudError(error) ? error.requestId : undefined };
  }
}
