// Bundles the extension with esbuild; with --tests also transpiles the sources, tests, emulator and
// benchmarks file by file into out/ so mocha and the extension-host runner load plain CommonJS.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const release = args.has('--release');

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

await esbuild.build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  outfile: 'dist/extension.js',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: release,
  sourcemap: !release,
  legalComments: release ? 'none' : 'inline',
  logLevel: 'warning',
});

if (args.has('--tests')) {
  rmSync('out', { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['src', 'test', 'emulator', 'bench'].flatMap(tsFiles),
    outdir: 'out',
    outbase: '.',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
