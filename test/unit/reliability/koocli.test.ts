import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CONFIG_BYTES, parseKooCliConfig, readKooCliConfig, type KooCliReadResult } from '../../../src/profiles/koocli';
import { hostileString, params } from '../../helpers/reliabilityInput';
import { tallied, tallyCase } from '../../helpers/reliabilityTally';

const FAILURES = new Set(['missing', 'unreadable', 'empty', 'tooLarge', 'malformed', 'noProfiles']);

function wellFormed(result: KooCliReadResult): void {
  if (!result.ok) {
    assert.ok(FAILURES.has(result.failure), result.failure);
    return;
  }
  assert.ok(result.profiles.length + result.skipped.length > 0, 'an ok result offers or explains something');
  for (const p of result.profiles) assert.ok(typeof p.name === 'string' && p.name.trim() === p.name && p.name !== '');
}

describe('reliability: KooCLI configuration files', () => {
  const profiles = (list: unknown[]): string => JSON.stringify({ profiles: list });

  const cases: ReadonlyArray<[string, string, (r: KooCliReadResult) => void]> = [
    ['only unknown modes: nothing to import, each skipped with its mode', profiles([{ name: 'a', mode: 'ecsAgency' }, { name: 'b', mode: 'AssumeRole' }]), (r) => {
      assert.ok(r.ok);
      assert.deepEqual(r.profiles, []);
      assert.deepEqual(r.skipped, [{ name: 'a', mode: 'ecsAgency' }, { name: 'b', mode: 'AssumeRole' }]);
    }],
    ['a mode in lower case is still AK/SK', profiles([{ name: 'dev', mode: 'aksk', region: 'cn-north-4' }]), (r) => assert.ok(r.ok && r.profiles[0]?.name === 'dev')],
    ['names that are not strings are passed over', profiles([{ name: 42, mode: 'AKSK' }, { name: ['x'] }, null, 'str']), (r) => assert.deepEqual(r, { ok: false, failure: 'noProfiles' })],
    ['binary garbage is malformed', '\u0000\u0001\u00ff{{', (r) => assert.deepEqual(r, { ok: false, failure: 'malformed' })],
    ['deeply nested JSON is malformed, not a crash', '['.repeat(200_000) + ']'.repeat(200_000), (r) => assert.deepEqual(r, { ok: false, failure: 'malformed' })],
    ['JSON null is malformed', 'null', (r) => assert.deepEqual(r, { ok: false, failure: 'malformed' })],
    ['text over the size cap is too large', ' '.repeat(MAX_CONFIG_BYTES + 1), (r) => assert.deepEqual(r, { ok: false, failure: 'tooLarge' })],
  ];
  for (const [name, text, check] of cases) {
    it(name, () => tallied('bad input', 'KooCLI files', () => check(parseKooCliConfig(text))));
  }

  it('a directory where the file should be is unreadable', () =>
    tallied('bad input', 'KooCLI files', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'koocli-rel-'));
      try {
        assert.deepEqual(await readKooCliConfig(dir), { ok: false, failure: 'unreadable' });
        writeFileSync(join(dir, 'config.json'), '');
        assert.deepEqual(await readKooCliConfig(join(dir, 'config.json')), { ok: false, failure: 'empty' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }));

  it('any text at all gives a known result and never throws', () => {
    const profile = fc.record({ name: fc.oneof(hostileString, fc.anything()), mode: fc.oneof(fc.constantFrom('AKSK', 'SSO', ''), fc.anything()), region: fc.anything() }, { requiredKeys: [] });
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.array(profile, { maxLength: 5 }).map((list) => JSON.stringify({ profiles: list })));
    fc.assert(
      fc.property(text, (t) => {
        const tally = tallyCase('bad input', 'KooCLI files');
        wellFormed(parseKooCliConfig(t));
        tally.pass();
      }),
      params(1_000),
    );
  });
});
