// Runs the reliability suite and prints its case counts (cases per group and kind, and how many
// passed) as a Markdown table for the README's Reliability section.
//   node scripts/reliability-summary.mjs            (builds into $OUT_DIR, default out-reliability)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.OUT_DIR || 'out-reliability';
const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

const build = run(process.execPath, ['scripts/build.mjs', '--tests', '--clean'], { OUT_DIR: outDir });
if (build.status !== 0) process.exit(build.status ?? 1);
const summaryFile = join(outDir, 'reliability-summary.json');
rmSync(summaryFile, { force: true });
const mocha = run(process.execPath, [
  join('node_modules', 'mocha', 'bin', 'mocha.js'),
  '--no-config',
  '--timeout', '20000',
  '--enable-source-maps',
  '--reporter', 'dot',
  `${outDir}/test/unit/reliability/**/*.test.js`,
]);
if (!existsSync(summaryFile)) {
  console.error('The reliability suite wrote no summary.');
  process.exit(mocha.status || 1);
}

const { rows } = JSON.parse(readFileSync(summaryFile, 'utf8'));
const total = rows.reduce((s, r) => s + r.total, 0);
const passed = rows.reduce((s, r) => s + r.passed, 0);
console.log('\n| Group | Kind | Cases | Passed |\n|---|---|---:|---:|');
for (const r of rows) console.log(`| ${r.group} | ${r.kind} | ${r.total} | ${r.passed} |`);
console.log(`| **all** | | **${total}** | **${passed}** |`);
process.exit(mocha.status ?? 1);
