import * as assert from 'node:assert/strict';
import { relativeTime } from '../../../src/tree/relativeTime';
import { englishLocalizer as l10n } from '../../../src/util/localizer';

const now = new Date('2026-05-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('relative time', () => {
  it('uses the largest whole unit up to a week', () => {
    assert.equal(relativeTime(ago(30_000), now, l10n), 'just now');
    assert.equal(relativeTime(ago(5 * 60_000 + 59_000), now, l10n), '5 min ago');
    assert.equal(relativeTime(ago(3 * 3_600_000), now, l10n), '3 h ago');
    assert.equal(relativeTime(ago(2 * 86_400_000), now, l10n), '2 d ago');
  });

  it('shows the date for older times and "just now" for times slightly ahead', () => {
    assert.equal(relativeTime(new Date('2026-03-02T08:00:00Z'), now, l10n), '2026-03-02');
    assert.equal(relativeTime(new Date(now.getTime() + 20_000), now, l10n), 'just now');
  });

  it('returns nothing for an invalid date', () => {
    assert.equal(relativeTime(new Date('nope'), now, l10n), '');
  });
});
