/* global fetch, AbortSignal */
// Starts code-server (the real VS Code workbench and extension host) on a free loopback port, isolated in
// a scratch folder: its own HOME and TMPDIR (it writes config, sockets and caches there), a fresh
// user-data dir with the given settings and a fresh extensions dir.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerEmptyLanguagePack } from './languagePack.mjs';
import { atShutdown, stopGroup, trackGroup, trackScratch, untrackScratch } from './processes.mjs';

// Quiet, offline-friendly defaults: no welcome page, no trust prompt, nothing that phones home.
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// The parent's environment minus anything that would change what the extension sees: a developer's own
// cloud keys must never reach a test or the demo, and VSCODE_* variables (set when run from a VS Code
// terminal) would make code-server talk to that VS Code instead.
function childEnv(extra, home, tmp) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('HUAWEICLOUD_SDK_') || k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') continue;
    env[k] = v;
  }
  return { ...env, HOME: home, TMPDIR: tmp, ...extra };
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function waitHealthy(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(new URL('healthz', url), { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms:\n${tail(logFile)}`);
}

/**
 * @param {import('./codeServer.mjs').CodeServerOptions} opts
 * @returns {Promise<import('./codeServer.mjs').CodeServer>}
 */
export async function startCodeServer(opts) {
  const { tools } = opts;
  const root = mkdtempSync(join(opts.scratchParent ?? tmpdir(), 'hwc-tasks-code-server-'));
  if (!opts.keepScratch) trackScratch(root);
  const dirs = {
    root,
    home: join(root, 'home'),
    tmp: join(root, 'tmp'),
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    workspace: opts.workspace ?? join(root, 'workspace'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...opts.settings }, null, 2));
  // Machine-scoped settings (the extension's endpoint and Environment ones) are read from the server's
  // Machine settings once the remote configuration has loaded; from User alone they hold only until then.
  mkdirSync(join(dirs.userData, 'Machine'), { recursive: true });
  writeFileSync(join(dirs.userData, 'Machine', 'settings.json'), JSON.stringify({ ...opts.settings }, null, 2));
  if (opts.locale) registerEmptyLanguagePack(dirs.userData, opts.locale);
  const env = childEnv(opts.env ?? {}, dirs.home, dirs.tmp);
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  for (const vsix of opts.installVsix ?? []) {
    const r = spawnSync(tools.node, [tools.codeServerEntry, ...common, '--install-extension', vsix, '--force'], { env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`installing ${vsix} into code-server failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }

  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}/`;
  const logFile = join(root, 'code-server.log');
  const log = openSync(logFile, 'a');
  const args = [
    tools.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    ...common,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // The workbench page takes its display language from --locale, else User/argv.json's "locale", else
    // English (a missing argv.json reads as "en", so the cookie and Accept-Language never count).
    ...(opts.locale ? ['--locale', opts.locale] : []),
    ...(opts.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  // detached = setsid: the server and its extension hosts share one process group that stop() kills.
  const child = spawn(tools.node, args, { env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  trackGroup(child.pid);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stopGroup(child.pid);
    if (!opts.keepScratch) {
      rmSync(root, { recursive: true, force: true });
      untrackScratch(root);
    }
  };
  atShutdown(stop);
  try {
    await waitHealthy(url, child, logFile, opts.startTimeoutMs ?? 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    url,
    port,
    dirs,
    logFile,
    workbenchUrl: (query = {}) => {
      const u = new URL(url);
      u.searchParams.set('folder', dirs.workspace);
      for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
      return u.href;
    },
    logTail: (lines) => tail(logFile, lines),
    stop,
  };
}
