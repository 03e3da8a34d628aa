/**
 * Levels a clean-up could not list in full (a profile, project, service or instance), named the way the
 * tree shows them, for the preview and for every message that ends a clean-up: a walk that missed part
 * of the scope must never read like one that saw everything. Knows nothing of VS Code.
 */
import { errorReason } from '../text/errorText';
import type { Localizer } from '../util/localizer';

export interface UnlistedLevel {
  /** The level's display path, e.g. "production / cn-north-4 / DMS for Kafka / kafka-orders-01". */
  readonly name: string;
  readonly error: unknown;
  /** Set when pages were listed before one failed; absent when nothing could be listed. */
  readonly partly?: {
    readonly looked: number;
    readonly failedPage: number;
    /** What the pages held: an instance's tasks, or a service's instances. */
    readonly what: 'tasks' | 'instances';
  };
}

/** "partly listed: 50 tasks looked at before page 2 failed". */
export function partlyListedText(partly: NonNullable<UnlistedLevel['partly']>, l10n: Localizer): string {
  const { looked, failedPage } = partly;
  if (partly.what === 'instances') {
    return looked === 1
      ? l10n.t('partly listed: {0} instance looked at before page {1} failed', looked, failedPage)
      : l10n.t('partly listed: {0} instances looked at before page {1} failed', looked, failedPage);
  }
  return looked === 1
    ? l10n.t('partly listed: {0} task looked at before page {1} failed', looked, failedPage)
    : l10n.t('partly listed: {0} tasks looked at before page {1} failed', looked, failedPage);
}

/** The preview's line for a level, with why it failed. */
export function unlistedLine(level: UnlistedLevel, l10n: Localizer): string {
  const state = level.partly ? partlyListedText(level.partly, l10n) : l10n.t('not listed');
  return `- ${level.name}: ${state} (${errorReason(level.error, l10n)})`;
}

/** For a message: "Not fully listed, see the log: a (not listed); b (partly listed)."; empty when all was listed. */
export function unlistedSentence(levels: readonly UnlistedLevel[], l10n: Localizer): string {
  if (levels.length === 0) return '';
  const names = levels.map((l) => (l.partly ? l10n.t('{0} (partly listed)', l.name) : l10n.t('{0} (not listed)', l.name)));
  return l10n.t('Not fully listed, see the log: {0}.', names.join('; '));
}
