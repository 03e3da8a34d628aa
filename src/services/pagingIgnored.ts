/**
 * The error a full listing (clean-up, bulk delete) ends with when the service ignored paging: it answered a
 * later page with the previous one under every paging parameter tried. Callers that already handle a listing
 * that fails part-way (the clean-up marks the level "partly listed") handle this one the same way, so a list
 * known to be partial is never acted on as if it were whole; `isPagingIgnored` tells it apart for a message.
 */
import { CloudError } from '../net/errors';

export class PagingIgnoredError extends CloudError {
  readonly pagingIgnored = true;

  constructor(
    operation: string | undefined,
    /** Distinct items listed before the listing stopped. */
    readonly listed: number,
    /** The total the service reported, if any. */
    readonly total: number | undefined,
  ) {
    super(
      'badResponse',
      `The service ignored paging: a later page repeated the one before, so the list stopped after ${listed} ${total === undefined ? '' : `of ${total} `}items and is incomplete.`,
      { operation },
    );
  }
}

export function isPagingIgnored(e: unknown): e is PagingIgnoredError {
  return e instanceof PagingIgnoredError;
}
