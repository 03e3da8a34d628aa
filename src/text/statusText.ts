/**
 * Task statuses as words in the user's language ("Succeeded", "成功"). The services spell them in capitals
 * and several ways (see `services/status.ts`); each known spelling has a label, and one this table does
 * not know is shown as the service sent it rather than guessed at. The tooltip keeps the raw value.
 */
import type { Localizer } from '../util/localizer';

type Label = (l10n: Localizer) => string;

// Each label is its own `l10n.t` call with a literal, so the bundle check finds every key.
const succeeded: Label = (l10n) => l10n.t('Succeeded');
const finished: Label = (l10n) => l10n.t('Finished');
const failed: Label = (l10n) => l10n.t('Failed');
const running: Label = (l10n) => l10n.t('Running');
const cancelled: Label = (l10n) => l10n.t('Cancelled');

const LABELS: Readonly<Record<string, Label>> = {
  SUCCESS: succeeded,
  SUCCEED: succeeded,
  SUCCEEDED: succeeded,
  FINISH: finished,
  FINISHED: finished,
  FAILED: failed,
  ERROR: failed,
  EXECUTING: (l10n) => l10n.t('Executing'),
  RUNNING: running,
  PROCESSING: running,
  // Not "Created": that key is the tooltip's creation-time label, translated as such.
  CREATED: (l10n) => l10n.t('Pending'),
  WAITING: (l10n) => l10n.t('Waiting'),
  CANCELLED: cancelled,
  CANCELED: cancelled,
  DELETED: (l10n) => l10n.t('Deleted'),
  // CodeArts Check's words for its progress codes (`services/checkStatus.ts`).
  CHECKING: (l10n) => l10n.t('Checking'),
  STOPPED: (l10n) => l10n.t('Stopped'),
  NOT_CHECKED: (l10n) => l10n.t('Not checked'),
};

export function statusLabel(status: string, l10n: Localizer): string {
  const label = LABELS[status.trim().toUpperCase()];
  return label ? label(l10n) : status;
}
