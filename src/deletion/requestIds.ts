/**
 * The request ids of a delete's outcomes, as support asks for them: the failed and unconfirmed ones first
 * (those are what a ticket is about), then the rest, one a line, each once.
 */
import type { DeleteOutcome, DeleteStatus } from './bulkDelete';

const FIRST: ReadonlySet<DeleteStatus> = new Set(['failed', 'unconfirmed']);

export function requestIdsText(outcomes: ReadonlyArray<DeleteOutcome<unknown>>): string {
  const ordered = [...outcomes.filter((o) => FIRST.has(o.status)), ...outcomes.filter((o) => !FIRST.has(o.status))];
  const ids = ordered.map((o) => o.requestId).filter((id): id is string => typeof id === 'string' && id !== '');
  return [...new Set(ids)].join('\n');
}
