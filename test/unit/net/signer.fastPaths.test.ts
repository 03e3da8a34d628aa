import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { formatSdkDate, sign, SignableRequest } from '../../../src/net/signer';
import { SigningError } from '../../../src/net/signingError';

// The signer caches and short-cuts for speed; each shortcut must give what the plain rule gives.
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: 0x5168, numRuns });
const isoForm = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const request = (headers: Record<string, string> = {}): SignableRequest => ({ method: 'GET', host: 'dms.cn-north-4.example.com', pathSegments: ['v2', 'p'], headers });
const KEYS = { accessKey: 'AK', secretKey: 'SK' };
const DATE = '20261122T064500Z';

describe('signer fast paths', () => {
  it('formats X-Sdk-Date like the ISO form, whether or not the second repeats', () => {
    const date = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    // Runs of nearby times exercise the reuse of the last second; jumps exercise its replacement.
    const run = fc.tuple(date, fc.array(fc.integer({ min: -1500, max: 1500 }), { maxLength: 6 }));
    fc.assert(
      fc.property(run, ([start, steps]) => {
        let t = start.getTime();
        for (const step of [0, ...steps]) {
          t += step;
          const d = new Date(t);
          if (d.getUTCFullYear() < 0 || d.getUTCFullYear() > 9999) continue;
          assert.equal(formatSdkDate(d), isoForm(d));
        }
      }),
      params(300),
    );
  });

  it('refuses a header value exactly when it has outer whitespace (as trim sees it) or CR, LF, NUL', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('\t', '\r', '\n', '\0', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff', '\u0085', 'é', '中'),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (value) => {
        const expected = value !== value.trim() || /[\r\n\0]/.test(value);
        let refused = false;
        try {
          sign(request({ 'X-Test': value }), KEYS, { date: DATE });
        } catch (e) {
          assert.ok(e instanceof SigningError && e.code === 'invalidHeader', String(e));
          refused = true;
        }
        assert.equal(refused, expected, JSON.stringify(value));
      }),
      params(2000),
    );
  });

  it('signs with each secret’s own key, past the size of the key cache and back', () => {
    const secrets = Array.from({ length: 150 }, (_, i) => `secret-${i}-${'x'.repeat(i)}`);
    for (const round of [1, 2]) {
      for (const secretKey of secrets) {
        const signed = sign(request(), { accessKey: 'AK', secretKey }, { date: DATE });
        const expected = createHmac('sha256', secretKey).update(signed.stringToSign).digest('hex');
        assert.equal(signed.signature, expected, `round ${round}, ${secretKey.slice(0, 12)}`);
      }
    }
  });

  it('keeps checking header names once the name cache has filled', () => {
    for (let i = 0; i < 600; i++) {
      const signed = sign(request({ [`X-Name-${i}`]: 'v' }), KEYS, { date: DATE });
      assert.ok(signed.signedHeaders.includes(`x-name-${i}`));
    }
    assert.throws(() => sign(request({ 'Bad Name': 'v' }), KEYS, { date: DATE }), (e) => e instanceof SigningError && e.code === 'invalidHeader');
  });
});
