/** The history as a read-only document: newest first, one line per task. */
import type { Localizer } from '../util/localizer';
import type { DeletionRecord, DeletionResult } from './record';

export function resultLabel(result: DeletionResult, l10n: Localizer): string {
  switch (result) {
    case 'deleted':
      return l10n.t('deleted');
    case 'alreadyGone':
      return l10n.t('already gone');
    case 'unconfirmed':
      return l10n.t('not confirmed');
    case 'failed':
      return l10n.t('failed');
  }
}

export function historyText(records: readonly DeletionRecord[], l10n: Localizer): string {
  const n = records.length;
  const lines = [n === 1 ? l10n.t('Deletion history: {0} record, newest first', n) : l10n.t('Deletion history: {0} records, newest first', n), ''];
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    const outcome = [resultLabel(r.result, l10n), r.reason].filter(Boolean).join(': ');
    lines.push(
      [r.time, r.profile, r.region, r.service, `${r.instanceName} (${r.instanceId})`, `${r.taskName} (${r.taskId})`, outcome, r.requestId ? l10n.t('request id {0}', r.requestId) : '']
        .filter(Boolean)
        .join(' · '),
    );
  }
  return lines.join('\n') + '\n';
}
