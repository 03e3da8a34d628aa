import * as assert from 'node:assert/strict';
import { hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import {
  canonicalQueryString,
  canonicalUriFromSegments,
  canonicalUriFromWirePath,
  encodePath,
  parseWireQuery,
  percentDecode,
  percentEncode,
  QueryParams,
} from '../../../src/net/encoding';
import { Credentials, deriveV11Key, formatSdkDate, parseSdkDate, sign, SignableRequest, SignOptions } from '../../../src/net/signer';
import { SigningError } from '../../../src/net/signingError';

// Fixed seed: a failure reproduces on every machine; fast-check prints the counterexample and its path.
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: 0x5167, numRuns });

const RESERVED = [...":/?#[]@!$&'()*+,;=% \"<>\\^`{|}"];
const charOf = (codePoints: fc.Arbitrary<number>): fc.Arbitrary<string> => codePoints.map((c) => String.fromCodePoint(c));
/** One well-formed character: ASCII (reserved ones weighted up), Latin, CJK, or astral (emoji). */
const wellFormedChar = fc.oneof(
  { arbitrary: fc.constantFrom(...RESERVED), weight: 3 },
  { arbitrary: charOf(fc.integer({ min: 0x20, max: 0x7e })), weight: 3 },
  charOf(fc.integer({ min: 0x80, max: 0xd7ff })),
  charOf(fc.integer({ min: 0xe000, max: 0x10ffff })),
);
const text = (maxLength = 10): fc.Arbitrary<string> => fc.string({ unit: wellFormedChar, maxLength });
/** Names that are also Object.prototype members: a plain-object map trips over them. */
const trickyName = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf');
const queryName = fc.oneof(text(8), trickyName);
const queryValue: fc.Arbitrary<string | number | boolean> = fc.oneof(
  { arbitrary: text(), weight: 4 },
  fc.constant(''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
);
const queryParams: fc.Arbitrary<QueryParams> = fc.dictionary(
  queryName,
  fc.oneof(queryValue, fc.array(queryValue, { maxLength: 4 })),
  { maxKeys: 6 },
);
const segments = fc.array(text(12), { maxLength: 6 });

/** Another legal wire spelling of a component: lower-case hex, and optionally unreserved characters escaped too. */
function respell(value: string, escapeUnreserved: boolean): string {
  return [...value]
    .map((c) =>
      escapeUnreserved && /^[A-Za-z0-9\-_.~]$/.test(c)
        ? '%' + c.charCodeAt(0).toString(16)
        : encodeURIComponent(c).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
    )
    .join('');
}

describe('signer properties: one canonical form for every input', () => {
  it('percent-encoding is RFC 3986 shaped and encode → decode → encode is stable', () => {
    fc.assert(
      fc.property(text(24), (s) => {
        const encoded = percentEncode(s);
        assert.match(encoded, /^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
        assert.equal(percentDecode(encoded), s);
        assert.equal(percentEncode(percentDecode(encoded)), encoded);
      }),
      params(400),
    );
  });

  it('a path encoded from raw segments canonicalises on the verifying side to the signed form', () => {
    fc.assert(
      fc.property(segments, fc.boolean(), (segs, escapeUnreserved) => {
        const expected = canonicalUriFromSegments(segs);
        assert.equal(canonicalUriFromWirePath(encodePath(segs)), expected);
        // Whatever legal spelling a client puts on the wire, the server gets the same canonical URI.
        assert.equal(canonicalUriFromWirePath('/' + segs.map((s) => respell(s, escapeUnreserved)).join('/')), expected);
      }),
      params(400),
    );
  });

  it('a canonical query string parses back to the same canonical string, whatever the wire order and spelling', () => {
    fc.assert(
      fc.property(queryParams, fc.boolean(), fc.integer(), (query, escapeUnreserved, shuffleSeed) => {
        const canonical = canonicalQueryString(query);
        assert.equal(canonicalQueryString(parseWireQuery(canonical)), canonical);
        const pairs = canonical === '' ? [] : canonical.split('&');
        const rotated = pairs.map((_, i) => pairs[(i + Math.abs(shuffleSeed)) % pairs.length]!);
        const wire = rotated
          .map((p) => p.split('=').map((c) => respell(percentDecode(c), escapeUnreserved)).join('='))
          .join('&');
        assert.equal(canonicalQueryString(parseWireQuery('?' + wire)), canonical);
      }),
      params(400),
    );
  });

  it('parses query names that are Object.prototype members as ordinary names', () => {
    // Regression: `constructor=x` used to throw a TypeError, and `__proto__=x` was lost.
    assert.deepEqual({ ...parseWireQuery('constructor=x&__proto__=y&toString=') }, JSON.parse('{"constructor":["x"],"__proto__":["y"],"toString":[""]}'));
    assert.equal(canonicalQueryString(parseWireQuery('__proto__=y&constructor=x')), '__proto__=y&constructor=x');
  });

  it('X-Sdk-Date formatting and parsing round-trip for every second of years 0000–9999', () => {
    const date = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, (d) => {
        const formatted = formatSdkDate(d);
        assert.match(formatted, /^\d{8}T\d{6}Z$/);
        assert.equal(parseSdkDate(formatted)?.getTime(), Math.floor(d.getTime() / 1000) * 1000);
      }),
      params(300),
    );
    // Regression: years below 100 went through Date.UTC's two-digit-year mapping (0050 → 1950).
    assert.equal(parseSdkDate('00500101T000000Z')?.toISOString(), '0050-01-01T00:00:00.000Z');
  });
});

const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,14}$/).filter((n) => !['host', 'x-sdk-date', 'authorization'].includes(n.toLowerCase()));
const headerValue = fc.stringMatching(/^[!-~]([ -~]{0,20}[!-~])?$/);
const headers = fc
  .uniqueArray(fc.tuple(fc.oneof({ arbitrary: headerName, weight: 5 }, trickyName), headerValue), { selector: ([n]) => n.toLowerCase(), maxLength: 5 })
  .map((entries) => Object.fromEntries(entries));
const signable: fc.Arbitrary<SignableRequest> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'patch'),
  host: fc.stringMatching(/^[a-z0-9.-]{1,20}(:\d{1,5})?$/),
  pathSegments: segments,
  query: queryParams,
  headers,
  body: fc.option(fc.oneof(text(40), fc.uint8Array({ maxLength: 40 })), { nil: undefined }),
});
const credentials: fc.Arbitrary<Credentials> = fc.record(
  { accessKey: fc.stringMatching(/^[A-Z0-9]{1,24}$/), secretKey: fc.string({ minLength: 1 }), securityToken: fc.stringMatching(/^[A-Za-z0-9+/=]{1,40}$/) },
  { requiredKeys: ['accessKey', 'secretKey'] },
);
const signingDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
const derived = fc.option(fc.record({ region: fc.stringMatching(/^[a-z]{2}-[a-z]+-\d{1,3}$/), service: fc.stringMatching(/^[a-z][a-z-]{1,15}$/) }), { nil: undefined });

describe('signer properties: signing', () => {
  it('is deterministic for a fixed date, and a Date signs like its X-Sdk-Date string', () => {
    fc.assert(
      fc.property(signable, credentials, signingDate, derived, (request, creds, date, scope) => {
        const first = sign(request, creds, { date, derived: scope });
        assert.deepEqual(sign(request, creds, { date, derived: scope }), first);
        assert.deepEqual(sign(request, creds, { date: formatSdkDate(date), derived: scope }), first);
        assert.equal(first.headers['X-Sdk-Date'], formatSdkDate(date));
        assert.equal(first.headers.Authorization, first.authorization);
      }),
      params(300),
    );
  });

  it('signs every header it was given', () => {
    fc.assert(
      fc.property(signable, credentials, signingDate, (request, creds, date) => {
        const signed = sign(request, creds, { date }).signedHeaders.split(';');
        for (const name of Object.keys(request.headers ?? {})) assert.ok(signed.includes(name.toLowerCase()), name);
      }),
      params(200),
    );
  });

  it('never serves one credential\'s derived key for another', () => {
    // Regression: the derived-key cache joined AK, SK and scope with newlines, so these two requests
    // shared one cache entry and the second was signed with the first one's key.
    const first = { accessKey: 'AK', secretKey: 'x\n20261122/r/s' };
    const second = { accessKey: 'AK', secretKey: 'x' };
    const expected = (c: Credentials, info: string): string => Buffer.from(hkdfSync('sha256', c.secretKey, c.accessKey, info, 32)).toString('hex');
    assert.equal(deriveV11Key(first, '20261122/r/t'), expected(first, '20261122/r/t'));
    assert.equal(deriveV11Key(second, '20261122/r/s\n20261122/r/t'), expected(second, '20261122/r/s\n20261122/r/t'));
  });

  it('refuses a derived scope too long for HKDF with a SigningError', () => {
    // Regression: Node's hkdfSync threw a RangeError for an info over 1024 bytes.
    const long = { date: '20261122T064500Z', derived: { region: 'r'.repeat(1020), service: 'dms' } };
    assert.throws(() => sign({ method: 'GET', host: 'h', pathSegments: [] }, { accessKey: 'AK', secretKey: 'SK' }, long), SigningError);
  });

  /** Any character at all, lone surrogates and control characters included. */
  const anyChar = fc.oneof(
    wellFormedChar,
    charOf(fc.integer({ min: 0xd800, max: 0xdfff })),
    charOf(fc.integer({ min: 0, max: 0x1f })),
    fc.constantFrom(' ', '\u00a0', '\u2028'),
  );
  const anyText = (maxLength = 8): fc.Arbitrary<string> => fc.string({ unit: anyChar, maxLength });
  const anyQueryValue = fc.oneof(anyText(), fc.integer(), fc.double(), fc.boolean());
  const hostileRequest: fc.Arbitrary<SignableRequest> = fc.record({
    method: fc.oneof(fc.constantFrom('GET', 'delete'), anyText(6)),
    host: anyText(16),
    pathSegments: fc.array(anyText(), { maxLength: 4 }),
    query: fc.dictionary(fc.oneof(anyText(), trickyName), fc.oneof(anyQueryValue, fc.array(anyQueryValue, { maxLength: 3 })), { maxKeys: 4 }),
    headers: fc.dictionary(fc.oneof(anyText(10), headerName, trickyName), anyText(12), { maxKeys: 4 }),
    body: fc.option(fc.oneof(anyText(20), fc.uint8Array({ maxLength: 20 })), { nil: undefined }),
  });
  const hostileOptions: fc.Arbitrary<SignOptions> = fc.record({
    date: fc.oneof(fc.date(), anyText(18), fc.constantFrom('20261122T064500Z', '20260231T000000Z', '20261122T246000Z')),
    derived: fc.option(
      fc.record({
        // Node's HKDF refuses an info longer than 1024 bytes; very long scopes must still fail cleanly.
        region: fc.oneof(anyText(), fc.integer({ min: 1000, max: 1100 }).map((n) => 'r'.repeat(n))),
        service: anyText(),
      }),
      { nil: undefined },
    ),
  });
  const hostileCredentials: fc.Arbitrary<Credentials> = fc.record(
    { accessKey: anyText(12), secretKey: anyText(12), securityToken: anyText(12) },
    { requiredKeys: ['accessKey', 'secretKey'] },
  );
  const validHeaderValue = (v: string): boolean => v === v.trim() && !/[\r\n\0]/.test(v);

  it('refuses unsignable input with a SigningError only, and whatever it signs is sendable', () => {
    fc.assert(
      fc.property(hostileRequest, hostileCredentials, hostileOptions, (request, creds, options) => {
        let result;
        try {
          result = sign(request, creds, options);
        } catch (e) {
          assert.ok(e instanceof SigningError, `threw ${String(e)}`);
          // Secrets must never surface in errors.
          for (const secret of [creds.secretKey, creds.securityToken]) {
            if (secret && secret.trim().length > 3) assert.ok(!e.message.includes(secret), 'error message leaks a secret');
          }
          return;
        }
        for (const [name, value] of Object.entries(result.headers)) assert.ok(validHeaderValue(value), `header ${name} is not sendable`);
        assert.match(result.signature, /^[0-9a-f]{64}$/);
      }),
      params(1500),
    );
  });

  it('refuses lone surrogates in the path or query instead of signing a lossy form', () => {
    const lone = charOf(fc.integer({ min: 0xd800, max: 0xdfff }));
    fc.assert(
      fc.property(text(4), lone, text(4), fc.constantFrom('path', 'name', 'value'), (before, surrogate, after, where) => {
        const bad = before + surrogate + after;
        fc.pre(!/[\ud800-\udbff][\udc00-\udfff]/.test(bad));
        const request: SignableRequest = {
          method: 'GET',
          host: 'h',
          pathSegments: where === 'path' ? [bad] : ['v2'],
          query: where === 'name' ? { [bad]: 'v' } : where === 'value' ? { k: bad } : {},
        };
        assert.throws(
          () => sign(request, { accessKey: 'AK', secretKey: 'SK' }, { date: '20261122T064500Z' }),
          (e: unknown) => e instanceof SigningError && e.code === 'invalidText',
        );
      }),
      params(200),
    );
  });
});
