import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { formatCompactUtc, parseCloudTime } from '../../../src/services/time';

const iso = (d: Date | undefined): string | undefined => d?.toISOString();

describe('services/time', () => {
  it('parses every notation the APIs use to the same instant', () => {
    const expected = '2020-06-17T07:38:42.000Z';
    for (const text of [
      '2020-06-17T07:38:42Z',
      '2020-06-17T07:38:42.000Z',
      '2020-06-17T09:38:42+02:00',
      '2020-06-17 07:38:42',
      '20200617073842',
      String(Date.parse(expected)),
    ]) {
      assert.equal(iso(parseCloudTime(text)), expected, text);
    }
    assert.equal(iso(parseCloudTime(Date.parse(expected))), expected);
  });

  it('reads any offset, in every way it is written, as the instant it names', () => {
    // 06:30 on 1 May in China is 22:30 UTC on 30 April: the offset moves the day too.
    const expected = '2026-04-30T22:30:00.000Z';
    for (const text of [
      '2026-05-01T06:30:00+08:00',
      '2026-05-01T06:30:00.000+0800',
      '2026-05-01T06:30:00+08',
      '2026-05-01 06:30:00 +08:00',
      '2026-05-01 06:30:00+0800',
      '2026-05-01T06:30+08:00',
      '2026-04-30T19:00:00-03:30',
      '2026-04-30T22:30:00z',
      '2026-04-30 22:30:00 Z',
    ]) {
      assert.equal(iso(parseCloudTime(text)), expected, text);
    }
  });

  it('refuses offsets that are not offsets', () => {
    for (const bad of ['2026-05-01T06:30:00+8', '2026-05-01T06:30:00+08:0', '2026-05-01T06:30:00+19:00', '2026-05-01T06:30:00  +08:00', '2026-05-01T06:30:00 GMT']) {
      assert.equal(parseCloudTime(bad), undefined, bad);
    }
  });

  it('keeps milliseconds of ISO times', () => {
    assert.equal(iso(parseCloudTime('2017-03-31T12:24:46.297Z')), '2017-03-31T12:24:46.297Z');
  });

  it('treats times without a zone as UTC, whatever the local zone', () => {
    assert.equal(iso(parseCloudTime('2022-09-01 11:52:24')), '2022-09-01T11:52:24.000Z');
    assert.equal(iso(parseCloudTime('2022-09-01T11:52:24')), '2022-09-01T11:52:24.000Z');
  });

  it('returns undefined for invalid or impossible times', () => {
    for (const bad of ['', 'yesterday', '2024-02-31 00:00:00', '20241301000000', '2024-01-01 25:00:00', null, {}, NaN, -1, 1e300, '12']) {
      assert.equal(parseCloudTime(bad), undefined, String(bad));
    }
  });

  it('round-trips the compact UTC form for any second-precision date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2001-01-01Z'), max: new Date('2999-12-31Z'), noInvalidDate: true }), (d) => {
        const whole = new Date(Math.floor(d.getTime() / 1000) * 1000);
        const text = formatCompactUtc(whole);
        return /^\d{14}$/.test(text) && parseCloudTime(text)?.getTime() === whole.getTime();
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (v) => {
      const d = parseCloudTime(v);
      return d === undefined || !Number.isNaN(d.getTime());
    }));
  });
});
