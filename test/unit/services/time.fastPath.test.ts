import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCloudTime, parseCloudTimeByPattern } from '../../../src/services/time';

// parseCloudTime reads the common ISO form by hand; whatever it is given, it must answer exactly what
// the general, pattern-based parser answers.
const same = (text: string): void => {
  assert.equal(parseCloudTime(text)?.getTime(), parseCloudTimeByPattern(text)?.getTime(), JSON.stringify(text));
};
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('services/time fast path', () => {
  it('agrees with the general parser on ISO-shaped times, real and impossible', () => {
    const field = (max: number, width: number) => fc.integer({ min: 0, max }).map((n) => pad(n, width));
    const fraction = fc.option(fc.stringMatching(/^\.\d{0,11}$/), { nil: '' });
    const zone = fc.oneof(fc.constant(''), fc.constant('Z'), fc.stringMatching(/^[+-]\d{2}:?\d{2}$/), fc.constantFrom('+18:00', '-18:01', 'z', '+8:00', '+08:0', 'Z '));
    const shaped = fc
      .tuple(field(9999, 4), field(13, 2), field(32, 2), fc.constantFrom('T', ' ', 't', '_'), field(25, 2), field(61, 2), fc.option(field(61, 2), { nil: undefined }), fraction, zone)
      .map(([y, mo, d, sep, h, mi, s, f, z]) => `${y}-${mo}-${d}${sep}${h}:${mi}${s === undefined ? '' : ':' + s}${f}${z}`);
    fc.assert(fc.property(shaped, (text) => same(text)), { seed: 0x71e, numRuns: 5000 });
  });

  it('agrees on leap days, the years before 100, and edge fractions', () => {
    for (const text of [
      '2024-02-29T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2000-02-29 12:00:00',
      '1900-02-29 12:00:00',
      '0099-12-31T23:59:59Z',
      '0100-01-01T00:00:00Z',
      '2020-06-17T07:38:42.999999999Z',
      '2020-06-17T07:38:42.1234567890Z',
      '2020-06-17T07:38:42.287Z',
      '2020-06-17T07:38:42.Z',
      '2020-06-17T07:38:42+0530',
      '2020-06-17T07:38:60Z',
      ' 2020-06-17T07:38:42Z ',
    ]) {
      same(text);
    }
  });

  it('agrees on anything else at all', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d\-T: .Z+]{0,30}$/)), (text) => same(text)), { seed: 0x71f, numRuns: 3000 });
  });
});
