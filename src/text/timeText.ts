/**
 * Task times in the user's language and on the user's calendar: "5 min. ago" / "5分钟前" on a row, the
 * full date and time in a tooltip. Pure: the locale and the time zone are arguments (a zone left out is
 * the machine's), so tests pin both instead of depending on where they run.
 */
import type { Localizer } from '../util/localizer';

export interface TimeFormat {
  /** A BCP 47 tag, as `vscode.env.language` gives it ("en", "zh-cn"). */
  readonly locale: string;
  /** An IANA zone ("Asia/Shanghai"); undefined is the machine's own. */
  readonly timeZone?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The cloud's clock and this machine's differ by a few seconds, so a time up to this far ahead is "just
 * now"; anything further ahead says so ("in 3 h"), as it points at a clock or time-zone error.
 */
const AHEAD_TOLERANCE = MINUTE;

/** "just now", "5 min. ago", "in 3 days"; older than a week, the local date itself. */
export function relativeTime(date: Date, now: Date, l10n: Localizer, format: TimeFormat): string {
  const elapsed = now.getTime() - date.getTime();
  if (Number.isNaN(elapsed)) return '';
  if (elapsed < MINUTE && elapsed > -AHEAD_TOLERANCE) return l10n.t('just now');
  if (elapsed >= 7 * DAY) return dateText(date, format);
  const size = Math.abs(elapsed);
  const [amount, unit]: [number, Intl.RelativeTimeFormatUnit] =
    size < HOUR ? [size / MINUTE, 'minute'] : size < DAY ? [size / HOUR, 'hour'] : [size / DAY, 'day'];
  // Whole units, rounded down either way: a task 90 minutes old is "1 hr. ago", one 90 minutes ahead "in 1 hr.".
  return relativeFormat(format.locale).format(Math.sign(-elapsed) * Math.floor(amount), unit);
}

/** The day in the given zone, as the locale writes it ("Mar 2, 2026", "2026年3月2日"). */
export function dateText(date: Date, format: TimeFormat): string {
  return dateFormat(format, { dateStyle: 'medium' }).format(date);
}

/** The date and time to the second in the given zone, for tooltips. */
export function dateTimeText(date: Date, format: TimeFormat): string {
  return Number.isNaN(date.getTime()) ? '' : dateFormat(format, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

// Formatters are costly to make and a tree draws hundreds of rows with the same few.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  // `always`: "1 day ago", not "yesterday", which would name a calendar day the count does not mean.
  return cached(`rel:${locale}`, () => new Intl.RelativeTimeFormat(safeLocale(locale), { numeric: 'always', style: 'short' }));
}

function dateFormat(format: TimeFormat, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date:${format.locale}:${format.timeZone ?? ''}:${options.timeStyle ?? ''}`;
  return cached(key, () => new Intl.DateTimeFormat(safeLocale(format.locale), { ...options, timeZone: format.timeZone }));
}

/** A tag Intl accepts, else English: a malformed `language` setting must not blank every row. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
