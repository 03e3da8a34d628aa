import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/vscodeTools';
import { openWorkbench, VSIX, type Ui } from './harness';
import { zipEntries } from './zipEntries';

const MAX_VSIX_BYTES = 1024 * 1024;
/** What a user's install needs; vsce adds its own [Content_Types].xml and extension.vsixmanifest. */
const ALLOWED = [
  /^extension\/dist\/(extension|llhttp-wasm)\.js$/,
  /^extension\/media\/.+\.(png|svg)$/,
  /^extension\/l10n\/bundle\.l10n\.[a-z-]+\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/package\.json$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
];

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string; icon: string };

/**
 * Every file path the manifest names (icons, view and container icons, walkthrough media): any string value
 * under those keys that is a relative path to a file, not a `$(codicon)` or a `%nls%` key.
 */
function manifestFiles(manifest: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (/^(icon|image|svg|markdown|light|dark)$/.test(key) && /^[\w./-]+\.(png|svg|md|gif|jpe?g)$/.test(value)) found.add(value.replace(/^\.\//, ''));
      return;
    }
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(manifest, '');
  return [...found].sort();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('UI: the packaged .vsix', () => {
  it('holds only the bundle, media, translations, README, CHANGELOG, licence and manifest, and is small', () => {
    const entries = zipEntries(VSIX);
    const names = entries.map((e) => e.name);
    assert.deepEqual(names.filter((n) => !ALLOWED.some((re) => re.test(n))), []);
    for (const needed of ['extension/dist/extension.js', 'extension/package.json', 'extension/package.nls.json', 'extension/package.nls.zh-cn.json', 'extension/l10n/bundle.l10n.zh-cn.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', `extension/${manifest.icon}`]) {
      assert.ok(names.includes(needed), `the .vsix holds ${needed}`);
    }
    const referenced = manifestFiles(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')));
    assert.ok(referenced.length >= 6, `the manifest names its icons and walkthrough images: ${referenced.join(', ')}`);
    assert.deepEqual(referenced.filter((f) => !names.includes(`extension/${f}`)), [], 'every file the manifest names is in the .vsix');
    const size = statSync(VSIX).size;
    assert.ok(size < MAX_VSIX_BYTES, `the .vsix is ${size} bytes`);
  });

  it('holds every file the bundle requires from beside itself', () => {
    const names = zipEntries(VSIX).map((e) => e.name);
    const bundle = readFileSync(join(repoRoot, 'dist', 'extension.js'), 'utf8');
    const beside = [...new Set([...bundle.matchAll(/require\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!))];
    assert.ok(beside.includes('llhttp-wasm.js'), `undici's fallback parser is required from beside the bundle: ${beside.join(', ')}`);
    assert.deepEqual(beside.filter((f) => !names.includes(`extension/dist/${f}`)), [], 'every such file is in the .vsix');
  });

  describe('installed in the workbench', () => {
    let ui: Ui;

    before(async () => {
      ui = await openWorkbench({ environmentProfile: true });
    });

    after(async () => {
      await ui?.close();
    });

    it('is this .vsix, and activates when its view opens', async () => {
      const id = `${manifest.publisher}.${manifest.name}`;
      const installed = readdirSync(ui.server.dirs.extensions).filter((d) => d.startsWith(`${id}-`));
      assert.deepEqual(installed, [`${id}-${manifest.version}`]);
      const packaged = zipEntries(VSIX).find((e) => e.name === 'extension/dist/extension.js');
      assert.equal(statSync(join(ui.server.dirs.extensions, installed[0]!, 'dist', 'extension.js')).size, packaged?.size);

      await ui.openView();
      await ui.row(/^Environment(\s|,|$)/).waitFor({ state: 'visible' });
      // The extension host logs each activation with its cause; an activation error would be logged instead.
      const logs = filesUnder(ui.server.dirs.userData).filter((f) => /exthost/.test(f) && f.endsWith('.log'));
      const text = logs.map((f) => readFileSync(f, 'utf8')).join('\n');
      assert.match(text, new RegExp(`_doActivateExtension ${id.replace(/\./g, '\\.')}, startup: false, activationEvent: 'onView:huaweicloudTasks\\.explorer'`));
      assert.doesNotMatch(text, new RegExp(`Activating extension ${id.replace(/\./g, '\\.')} failed`));
    });
  });
});
