/**
 * #5: what loading the extension costs: bundle size and a cold `require` with a stub `vscode`. The
 * bundle `npm run bench` builds is the unminified development one; the `.vsix` ships it minified
 * (`build:release`), so the goals are read against the same bundle minified here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { releaseComposition } from './bundleComposition';
import { atMost, Row, row } from './rows';
import type { BenchSizes } from './sizes';
import { median, round } from './stats';

function requireMs(bundle: string): number {
  // A fresh process each time: a second require in the same one would hit the module cache.
  const out = execFileSync(process.execPath, [join(__dirname, 'requireProbe.js'), bundle], { encoding: 'utf8' });
  return Number(out.trim());
}

const medianRequireMs = (bundle: string, runs: number): number => median(Array.from({ length: runs }, () => requireMs(bundle)));
const kb = (file: string): number => round(statSync(file).size / 1024, 0);

/** `entry`: the source the release bundle is built from, for its composition row. */
export async function benchLoad(sizes: BenchSizes, bundle: string, entry?: string): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  try {
    const minified = join(dir, 'extension.min.js');
    const code = await transform(readFileSync(bundle, 'utf8'), { minify: true, legalComments: 'none', format: 'cjs', platform: 'node', target: 'node20' });
    writeFileSync(minified, code.code);
    const release = await releaseComposition(entry);
    const ownKb = round((release.totalBytes - release.undiciBytes) / 1024, 0);
    return [
      row('5', 'bundle size, minified as released', kb(minified), 'KB', atMost(400, ' KB'), `${kb(bundle)} KB as built for development`),
      row('5', 'undici in the release bundle (its own files, no fetch)', round(release.undiciBytes / 1024, 0), 'KB', undefined, `of ${round(release.totalBytes / 1024, 0)} KB built by build:release; ${ownKb} KB is ours`),
      row('5', 'require the minified bundle, stub vscode, fresh process', round(medianRequireMs(minified, sizes.requireRuns), 1), 'ms', atMost(50, ' ms')),
      row('5', 'require the development bundle, same way', round(medianRequireMs(bundle, sizes.requireRuns), 1), 'ms'),
      {
        id: '5',
        work: 'activation → first tree rows, L = 0, real extension host',
        figure: null,
        unit: 'ms',
        goal: '≤ 150 ms',
        note: 'measured by test:ui (test-output/ui/first-rows.json)',
        deferred: true,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
