// Bundles the extension with esbuild; with --tests also transpiles the sources, tests, emulator and
// benchmarks file by file into out/ so mocha and the extension-host runner load plain CommonJS.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extensionBundleOptions } from './bundleOptions.mjs';

const args = new Set(process.argv.slice(2));
const release = args.has('--release');
const tests = args.has('--tests');
// --tests alone transpiles without bundling; OUT_DIR lets several builds run side by side.
const bundle = !tests || args.has('--bundle') || release;
const outDir = process.env.OUT_DIR || 'out';

function tsFiles(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(tsFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

if (bundle) await esbuild.build(extensionBundleOptions({ release }));

if (tests) {
  if (args.has('--clean')) rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['src', 'test', 'emulator', 'bench'].flatMap(tsFiles),
    outdir: outDir,
    outbase: '.',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
