/** "5 min ago"-style times for task descriptions; older than a week shows the date itself. */
import type { Localizer } from '../util/localizer';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(date: Date, now: Date, l10n: Localizer): string {
  const elapsed = now.getTime() - date.getTime();
  if (Number.isNaN(elapsed)) return '';
  // Clocks differ between the cloud and this machine: a time slightly in the future is "just now".
  if (elapsed < MINUTE) return l10n.t('just now');
  if (elapsed < HOUR) return l10n.t('{0} min ago', Math.floor(elapsed / MINUTE));
  if (elapsed < DAY) return l10n.t('{0} h ago', Math.floor(elapsed / HOUR));
  if (elapsed < 7 * DAY) return l10n.t('{0} d ago', Math.floor(elapsed / DAY));
  return date.toISOString().slice(0, 10);
}
