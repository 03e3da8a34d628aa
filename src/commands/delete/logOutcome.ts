/** One log line per settled deletion, with the request id support needs; shared by delete and clean-up. */
import type { Logger } from '../../log/logger';
import { errorDetail } from '../../text/errorText';
import type { DeleteOutcome } from '../../deletion/bulkDelete';

export function logDeleteOutcome(logger: Logger, what: string, outcome: DeleteOutcome<unknown>): void {
  const rid = `request id ${outcome.requestId ?? 'none'}`;
  switch (outcome.status) {
    case 'deleted':
      return logger.info(`deleted ${what}; ${rid}`);
    case 'alreadyGone':
      return logger.info(`${what} was already gone (404); ${rid}`);
    case 'unconfirmed':
      return logger.warn(`could not confirm deleting ${what}: ${errorDetail(outcome.error)}`);
    case 'skipped':
      return logger.info(`not deleting ${what}: cancelled`);
    case 'failed':
      return logger.error(`could not delete ${what}: ${errorDetail(outcome.error)}`);
  }
}
