import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CONFIG_BYTES, parseKooCliConfig, readKooCliConfig } from '../../../src/profiles/koocli';

describe('KooCLI config parser', () => {
  it('offers AK/SK profiles with name, region and project id, and never their keys', () => {
    const result = parseKooCliConfig(
      JSON.stringify({
        current: 'prod',
        profiles: [
          { name: 'prod', mode: 'AKSK', accessKeyId: 'ENC(aaaa)', secretAccessKey: 'ENC(bbbb)', region: 'cn-north-4', projectId: 'p1' },
          { name: 'sso', mode: 'SSO', region: 'cn-north-4' },
          { name: 'nomode', region: 'eu-de' },
        ],
      }),
    );
    assert.ok(result.ok);
    assert.deepEqual(result.profiles, [
      { name: 'prod', region: 'cn-north-4', projectId: 'p1' },
      { name: 'nomode', region: 'eu-de', projectId: undefined },
    ]);
    assert.deepEqual(result.skipped, [{ name: 'sso', mode: 'SSO' }]);
    assert.ok(!JSON.stringify(result).includes('ENC('));
  });

  it('names each kind of unusable file', () => {
    assert.deepEqual(parseKooCliConfig('   \n'), { ok: false, failure: 'empty' });
    assert.deepEqual(parseKooCliConfig('{"profiles": [ '), { ok: false, failure: 'malformed' });
    assert.deepEqual(parseKooCliConfig('[1,2]'), { ok: false, failure: 'malformed' });
    assert.deepEqual(parseKooCliConfig('{"profiles": "x"}'), { ok: false, failure: 'malformed' });
    assert.deepEqual(parseKooCliConfig('{"language": "cn"}'), { ok: false, failure: 'noProfiles' });
    assert.deepEqual(parseKooCliConfig('{"profiles": [{"mode": "AKSK"}, 3]}'), { ok: false, failure: 'noProfiles' });
  });

  it('accepts a byte-order mark', () => {
    const result = parseKooCliConfig('\uFEFF{"profiles":[{"name":"a","mode":"AKSK"}]}');
    assert.ok(result.ok && result.profiles[0]?.name === 'a');
  });

  describe('reading the file', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'koocli-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a missing file', async () => {
      assert.deepEqual(await readKooCliConfig(join(dir, 'config.json')), { ok: false, failure: 'missing' });
    });

    it('refuses a huge file without parsing it', async () => {
      const path = join(dir, 'config.json');
      writeFileSync(path, Buffer.alloc(MAX_CONFIG_BYTES + 1, 0x20));
      assert.deepEqual(await readKooCliConfig(path), { ok: false, failure: 'tooLarge' });
    });

    it('reads a real file', async () => {
      const path = join(dir, 'config.json');
      writeFileSync(path, JSON.stringify({ profiles: [{ name: 'dev', mode: 'AKSK', region: 'ap-southeast-3' }] }));
      const result = await readKooCliConfig(path);
      assert.ok(result.ok && result.profiles[0]?.region === 'ap-southeast-3');
    });
  });
});
