import * as assert from 'node:assert/strict';
import { dateText, dateTimeText, relativeTime } from '../../../src/text/timeText';
import { englishLocalizer as l10n, type Localizer } from '../../../src/util/localizer';

const now = new Date('2026-05-01T12:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const en = { locale: 'en', timeZone: 'Asia/Shanghai' };
const zh = { locale: 'zh-cn', timeZone: 'Asia/Shanghai' };
const chinese: Localizer = { t: (m, ...a) => (m === 'just now' ? '刚刚' : l10n.t(m, ...a)) };

describe('text/timeText', () => {
  it('uses the largest whole unit up to a week, in the locale\'s words', () => {
    assert.equal(relativeTime(at(-30_000), now, l10n, en), 'just now');
    assert.equal(relativeTime(at(-(5 * MIN + 59_000)), now, l10n, en), '5 min. ago');
    assert.equal(relativeTime(at(-3 * HOUR), now, l10n, en), '3 hr. ago');
    assert.equal(relativeTime(at(-2 * DAY), now, l10n, en), '2 days ago');
    assert.equal(relativeTime(at(-30 * HOUR), now, l10n, en), '1 day ago', 'a count, not "yesterday"');
    assert.equal(relativeTime(at(-30_000), now, chinese, zh), '刚刚');
    assert.equal(relativeTime(at(-3 * HOUR), now, chinese, zh), '3小时前');
  });

  it('says a time ahead of now is ahead, past a minute of clock difference', () => {
    assert.equal(relativeTime(at(20_000), now, l10n, en), 'just now');
    assert.equal(relativeTime(at(59_000), now, l10n, en), 'just now');
    assert.equal(relativeTime(at(5 * MIN), now, l10n, en), 'in 5 min.');
    assert.equal(relativeTime(at(8 * HOUR), now, l10n, en), 'in 8 hr.', 'a zone error of eight hours shows');
    assert.equal(relativeTime(at(3 * DAY), now, l10n, en), 'in 3 days');
    assert.equal(relativeTime(at(30 * DAY), now, l10n, en), 'in 30 days');
    assert.equal(relativeTime(at(3 * DAY), now, chinese, zh), '3天后');
  });

  it('shows the local day for older times, not the UTC day', () => {
    // 22:30 UTC on 30 April is 06:30 on 1 May in Shanghai.
    const lateUtc = new Date('2026-04-20T22:30:00Z');
    assert.equal(relativeTime(lateUtc, now, l10n, en), 'Apr 21, 2026');
    assert.equal(relativeTime(lateUtc, now, l10n, { locale: 'en', timeZone: 'UTC' }), 'Apr 20, 2026');
    assert.equal(relativeTime(lateUtc, now, chinese, zh), '2026年4月21日');
    assert.equal(dateText(new Date('2026-04-30T22:30:00Z'), zh), '2026年5月1日');
  });

  it('writes the full date and time in the locale and zone given', () => {
    const t = new Date('2026-04-30T22:30:00Z');
    assert.equal(dateTimeText(t, zh), '2026年5月1日 06:30:00');
    assert.equal(dateTimeText(t, { locale: 'en', timeZone: 'UTC' }).replace(/\s/g, ' '), 'Apr 30, 2026, 10:30:00 PM');
  });

  it('falls back to English for a locale Intl refuses, and returns nothing for an invalid date', () => {
    assert.equal(relativeTime(at(-3 * HOUR), now, l10n, { locale: 'not a locale!', timeZone: 'UTC' }), '3 hr. ago');
    assert.equal(relativeTime(new Date('nope'), now, l10n, en), '');
    assert.equal(dateTimeText(new Date('nope'), en), '');
  });
});
