/**
 * The words of the message that ends a clean-up. Whatever the outcome, levels that could not be listed
 * in full are named in it too (see `unlistedSentence`). Knows nothing of VS Code.
 */
import type { Localizer } from '../util/localizer';
import { unlistedSentence, type UnlistedLevel } from './unlisted';

/** `count`: tasks of fully listed instances; `partly`: what matched in instances listed only in part. */
export function dryRunText(count: number, partly: number, l10n: Localizer): string {
  const text =
    count === 1 ? l10n.t('Dry run: {0} task would be deleted. Nothing was deleted.', count) : l10n.t('Dry run: {0} tasks would be deleted. Nothing was deleted.', count);
  if (partly === 0) return text;
  const more = partly === 1 ? l10n.t('{0} more task matches in partly listed instances.', partly) : l10n.t('{0} more tasks match in partly listed instances.', partly);
  return `${text} ${more}`;
}

export function noMatchText(l10n: Localizer): string {
  return l10n.t('No task matches the clean-up rule.');
}

export function partlyLeftOutText(l10n: Localizer): string {
  return l10n.t('Nothing was deleted: the only matching tasks are in partly listed instances, which were left out.');
}

/** The outcome followed by the levels not fully listed; `text` ends a sentence or is a bare summary. */
export function withUnlisted(text: string, unlisted: readonly UnlistedLevel[], l10n: Localizer): string {
  const sentence = unlistedSentence(unlisted, l10n);
  if (sentence === '') return text;
  return /[.。]$/.test(text) ? `${text} ${sentence}` : `${text}. ${sentence}`;
}
