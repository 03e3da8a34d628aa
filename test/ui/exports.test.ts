/**
 * What another installed extension can get from ours. A second extension (the "probe"), packaged with vsce
 * and installed beside the released .vsix, activates ours through `vscode.extensions.getExtension(...)` as
 * any extension from the marketplace could, and writes down what `exports` holds. An installed extension
 * runs in `ExtensionMode.Production`, where nothing may be exported: no secret storage, no credentials, no
 * way to replace the confirmation prompts; and commands any extension can run return nothing to it (a result
 * holding tree nodes would reach the connections behind them).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBrowser, loadCodeServer, loadSetup, loadWorkbench, repoRoot } from '../helpers/vscodeTools';
import { VSIX } from './harness';

const EXTENSION_ID = 'huaweicloud-tasks.huaweicloud-tasks';

/** The probe's code: activates ours and describes its exports (names and types only, never values). */
const PROBE_MAIN = `
const vscode = require('vscode');
const fs = require('fs');
exports.activate = async function () {
  const out = process.env.HWC_PROBE_OUT;
  const report = {};
  try {
    const ext = vscode.extensions.getExtension(${JSON.stringify(EXTENSION_ID)});
    report.found = ext !== undefined;
    const exported = ext ? await ext.activate() : undefined;
    report.type = exported === null ? 'null' : typeof exported;
    report.keys = exported && typeof exported === 'object' ? Object.keys(exported).sort() : [];
    report.active = ext ? ext.isActive : false;
    // Commands any extension can run without a prompt: what comes back to the caller?
    report.commandResults = {};
    for (const id of ['huaweicloudTasks.showDeletionHistory', 'huaweicloudTasks.refresh', 'huaweicloudTasks.clearFilter']) {
      const result = await vscode.commands.executeCommand(id);
      report.commandResults[id] = result === null ? 'null' : typeof result;
    }
  } catch (e) {
    report.error = String(e && e.stack || e);
  }
  fs.writeFileSync(out, JSON.stringify(report));
};
`;

function packageProbe(dir: string): string {
  const manifest = {
    name: 'exports-probe',
    publisher: 'probe',
    version: '0.0.1',
    license: 'MIT',
    engines: { vscode: '^1.95.0' },
    activationEvents: ['onStartupFinished'],
    main: './extension.js',
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'extension.js'), PROBE_MAIN);
  writeFileSync(join(dir, 'README.md'), 'Reads what another extension exports.\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  const vsix = join(dir, 'probe.vsix');
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging the probe failed:\n${r.stdout}\n${r.stderr}`);
  return vsix;
}

async function waitForFile(file: string, ms: number): Promise<string> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (existsSync(file)) return readFileSync(file, 'utf8');
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the probe extension wrote nothing to ${file} within ${ms} ms`);
}

describe('UI: what the installed extension exports to other extensions', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hwc-tasks-probe-'));
  const out = join(scratch, 'exports.json');
  let stop: (() => Promise<void>) | undefined;

  after(async () => {
    await stop?.();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('exports nothing (no secrets, no credentials, no prompt replacement) and returns no command results when installed from a .vsix', async () => {
    const probeDir = join(scratch, 'probe');
    mkdirSync(probeDir);
    const probe = packageProbe(probeDir);
    const tools = (await loadSetup()).ensureVscodeTools();
    const server = await (await loadCodeServer()).startCodeServer({ tools, installVsix: [VSIX, probe], env: { HWC_PROBE_OUT: out } });
    const browser = await (await loadBrowser()).launchBrowser();
    stop = async () => {
      await browser.close();
      await server.stop();
    };
    // Extension hosts start when a window connects.
    await browser.page.goto(server.workbenchUrl());
    await (await loadWorkbench()).waitForWorkbench(browser.page);
    const report = JSON.parse(await waitForFile(out, 60_000)) as {
      found?: boolean;
      type?: string;
      keys?: string[];
      active?: boolean;
      commandResults?: Record<string, string>;
      error?: string;
    };
    assert.equal(report.error, undefined, 'the probe could activate the extension');
    assert.equal(report.found, true, 'the probe sees the installed extension');
    assert.equal(report.active, true, 'the extension activated for the probe');
    assert.deepEqual(report.keys, [], `exports hold ${JSON.stringify(report.keys)}`);
    assert.equal(report.type, 'undefined', 'exports are undefined');
    // showDeletionHistory returns its document's URI to the extension's own tests; to anyone else, nothing.
    assert.deepEqual(report.commandResults, {
      'huaweicloudTasks.showDeletionHistory': 'undefined',
      'huaweicloudTasks.refresh': 'undefined',
      'huaweicloudTasks.clearFilter': 'undefined',
    });
  });
});
