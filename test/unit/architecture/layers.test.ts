/**
 * The layers of src/, lowest first, and the two rules that keep them: a file imports only from its own
 * layer or lower ones (type-only imports included: a type pulls its module's meaning along), and the
 * layers below the settings import nothing from `vscode`, so they run and are tested in plain Node.
 * docs/architecture.md describes each layer.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SRC = 'src';

/** Lowest first. Each entry: the layer's name and which src-relative paths belong to it. */
const LAYERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['util', /^util\//],
  ['log', /^log\//],
  ['net', /^net\//],
  ['services', /^services\//],
  ['profiles', /^profiles\//],
  ['model', /^model\//],
  ['cloud', /^cloud\//],
  ['domain', /^(deletion|history|filter|cleanup|text)\//],
  ['settings', /^(settings|httpSettings|userValue|vscodeNetwork)\.ts$/],
  ['ui', /^ui\//],
  ['tree', /^tree\//],
  ['commands', /^commands\//],
  ['app', /^(extension|reactions|taskFeatures|testApi)\.ts$/],
];

/** Layers whose files never import `vscode` (profiles may: the Environment profile's name is translated). */
const VSCODE_FREE = new Set(['util', 'log', 'net', 'services', 'model', 'cloud', 'domain']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function layerOf(file: string): number {
  const path = relative(SRC, file).split('\\').join('/');
  const i = LAYERS.findIndex(([, re]) => re.test(path));
  assert.ok(i >= 0, `${path} belongs to no layer: add it to LAYERS and docs/architecture.md`);
  return i;
}

/** Every module a file names in `import … from`, `export … from` or `import(…)`. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

describe('architecture: layers of src/', () => {
  const all = files(SRC);

  it('every file belongs to a layer', () => {
    for (const f of all) layerOf(f);
    assert.ok(all.length > 100, `${all.length} files`);
  });

  it('no file imports from a higher layer', () => {
    const upward: string[] = [];
    for (const file of all) {
      const from = layerOf(file);
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = normalize(join(dirname(file), spec)) + '.ts';
        const to = layerOf(target);
        if (to > from) upward.push(`${relative(SRC, file)} (${LAYERS[from]![0]}) → ${relative(SRC, target)} (${LAYERS[to]![0]})`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('the layers below the settings import nothing from vscode', () => {
    const offenders = all.filter((f) => VSCODE_FREE.has(LAYERS[layerOf(f)]![0]) && specifiers(readFileSync(f, 'utf8')).includes('vscode'));
    assert.deepEqual(offenders.map((f) => relative(SRC, f)), []);
  });

  it('the rule is not vacuous: it sees imports across layers, and would see an upward one', () => {
    const text = "import type { Settings } from '../model/settings';\nimport * as vscode from 'vscode';\nexport { x } from './y';";
    assert.deepEqual(specifiers(text), ['../model/settings', 'vscode', './y']);
    assert.ok(layerOf('src/cloud/sessions.ts') < layerOf('src/tree/provider.ts'));
  });
});
