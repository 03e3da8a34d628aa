import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_DESCRIPTORS } from '../../../src/services/descriptors';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Every string literal passed first to `l10n.t(` in src/ (either quote, across line breaks), and the service
 * names of the descriptors, which the UI translates by value.
 */
function l10nLiterals(): Set<string> {
  const found = new Set<string>(Object.values(SERVICE_DESCRIPTORS).map((d) => d.displayName));
  const call = /l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const file of sourceFiles('src')) {
    for (const m of readFileSync(file, 'utf8').matchAll(call)) {
      found.add(m[1] === "'" ? m[2]!.replace(/\\'/g, "'").replace(/\\\\/g, '\\') : (JSON.parse(`"${m[2]}"`) as string));
    }
  }
  return found;
}

describe('localisation completeness', () => {
  const nls = readJson('package.nls.json');
  const nlsZh = readJson('package.nls.zh-cn.json');
  const bundleZh = readJson('l10n/bundle.l10n.zh-cn.json');

  it('has every %key% of the manifest in English and Chinese', () => {
    const keys = new Set([...readFileSync('package.json', 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.ok(keys.size > 10);
    for (const key of keys) {
      assert.ok(key in nls, `package.nls.json lacks ${key}`);
      assert.ok(key in nlsZh, `package.nls.zh-cn.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
  });

  it('has every l10n.t string of src/ in the Chinese bundle, translated', () => {
    const literals = l10nLiterals();
    assert.ok(literals.size > 50, `found ${literals.size} strings`);
    const missing = [...literals].filter((s) => typeof bundleZh[s] !== 'string' || (bundleZh[s] as string).trim() === '');
    assert.deepEqual(missing, []);
  });

  it('keeps the placeholders of each string in its translation', () => {
    for (const [en, zh] of Object.entries(bundleZh)) {
      const holes = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual([...new Set(holes(zh as string))], [...new Set(holes(en))], en);
    }
  });

  it('has no stale entries in the Chinese bundle', () => {
    const literals = l10nLiterals();
    assert.deepEqual(Object.keys(bundleZh).filter((k) => !literals.has(k)), []);
  });
});
