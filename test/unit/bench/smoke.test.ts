/**
 * The benchmark harness at its tiny sizes: every benchmark runs end to end (emulator process, our
 * client, the official SDK) and yields its rows with numeric figures. No thresholds: speed goals are
 * the full benchmark's business.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUICK } from '../../../bench/sizes';
import { runSuite, SuiteResult } from '../../../bench/suite';
import { markdownTable } from '../../../bench/table';

describe('benchmark harness (quick sizes)', function () {
  this.timeout(60_000);
  let dir: string;
  let result: SuiteResult;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
    // A stand-in bundle that, like the extension, reaches into `vscode` while loading.
    const bundle = join(dir, 'extension.js');
    writeFileSync(bundle, "const vscode = require('vscode');\nexports.item = new vscode.TreeItem('x');\n");
    // The stand-in is also what the release-composition row bundles, so the harness does not depend
    // on the extension building.
    result = await runSuite(QUICK, { bundle, entry: bundle });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('produces rows for every work item of the table', () => {
    assert.deepEqual([...new Set(result.rows.map((r) => r.id))], ['1', '2', '3', '4', '5', '6', '7']);
  });

  it('gives every measured row a finite number, and only deferred rows none', () => {
    for (const r of result.rows) {
      if (r.deferred) assert.equal(r.figure, null, r.work);
      else assert.ok(typeof r.figure === 'number' && Number.isFinite(r.figure), `${r.work}: ${String(r.figure)}`);
    }
    assert.ok(result.rows.some((r) => !r.deferred));
  });

  it('reads each goal against its figure', () => {
    for (const r of result.rows.filter((x) => x.goal !== '' && !x.deferred)) assert.equal(typeof r.met, 'boolean', r.work);
  });

  it('walks and deletes without failures at quick sizes', () => {
    assert.equal(result.rows.find((r) => r.id === '4' && r.work.endsWith('failed deletes'))?.figure, 0);
    assert.ok(!result.rows.some((r) => r.note?.includes('non-2xx') || r.note?.includes('failed deletes')), markdownTable(result.rows));
  });

  it('states the machine it ran on', () => {
    assert.ok(result.machine.cores > 0);
    assert.match(result.machine.node, /^v\d+/);
  });
});
