/**
 * `npm run bench [-- --quick]`: runs every benchmark once (each figure a median of several runs),
 * prints the table and writes it as JSON next to the sources. Reports, never fails on a missed goal.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FULL, QUICK } from './sizes';
import { runSuite } from './suite';
import { machineLine, markdownTable } from './table';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? QUICK : FULL;
  // out/bench/run.js → the repository root.
  const root = resolve(__dirname, '..', '..');
  const bundle = join(root, 'dist', 'extension.js');
  if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}: build with --bundle first`);
  const result = await runSuite(sizes, { bundle, progress: (m) => process.stderr.write(`bench: ${m}…\n`) });
  const table = markdownTable(result.rows);
  process.stdout.write(`\n${machineLine(result.machine)} (${sizes.name} sizes)\n\n${table}\n`);
  const file = join(root, 'bench', quick ? 'results.quick.json' : 'results.json');
  writeFileSync(file, JSON.stringify({ ...result, table }, null, 2) + '\n');
  process.stdout.write(`\nwritten to ${file}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
