/** #5: what loading the extension costs: bundle size and a cold `require` with a stub `vscode`. */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { atMost, Row, row } from './rows';
import type { BenchSizes } from './sizes';
import { median, round } from './stats';

function requireMs(bundle: string): number {
  // A fresh process each time: a second require in the same one would hit the module cache.
  const out = execFileSync(process.execPath, [join(__dirname, 'requireProbe.js'), bundle], { encoding: 'utf8' });
  return Number(out.trim());
}

export function benchLoad(sizes: BenchSizes, bundle: string): Row[] {
  const kb = statSync(bundle).size / 1024;
  const times = Array.from({ length: sizes.requireRuns }, () => requireMs(bundle));
  return [
    row('5', `bundle size (${bundle.replace(/\\/g, '/').split('/').slice(-2).join('/')})`, round(kb, 0), 'KB', atMost(400, ' KB')),
    row('5', 'require the bundle, stub vscode, fresh process', round(median(times), 1), 'ms', atMost(50, ' ms')),
    {
      id: '5',
      work: 'activation → first tree rows, L = 0, real extension host',
      figure: null,
      unit: 'ms',
      goal: '≤ 150 ms',
      note: 'see test:host',
      deferred: true,
    },
  ];
}
