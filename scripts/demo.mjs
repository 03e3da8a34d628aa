// `npm run demo`: the extension in a real VS Code against the emulator. Builds and packages the extension,
// starts the emulator with sample data, starts code-server on 127.0.0.1 with the .vsix installed and an
// Environment profile pointing at the emulator, prints the URL and runs until Ctrl-C. `-- --tls`: the emulator
// serves HTTPS with a throw-away CA that the demo's VS Code trusts through huaweicloudTasks.caCertificates.
//   --port N         code-server's port (default 8080, or a free one when 8080 is taken; 0 = any free)
//   --projects N --instances N --tasks N   sample data size (per account / per service / per instance)
//   --screenshot F   instead of waiting: open the view in headless Chromium, expand a few rows, save F, stop
//   --skip-build     reuse out/ and huaweicloud-tasks.vsix from an earlier run
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCodeServer, freePort } from './vscode/codeServer.mjs';
import { environmentProfile } from './vscode/environment.mjs';
import { atShutdown } from './vscode/processes.mjs';
import { ensureVscodeTools } from './vscode/setup.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VSIX = join(root, 'huaweicloud-tasks.vsix');

function say(msg) {
  console.log(`[demo] ${msg}`);
}

function options() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      projects: { type: 'string', default: '4' },
      instances: { type: 'string', default: '2' },
      tasks: { type: 'string', default: '12' },
      screenshot: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      tls: { type: 'boolean', default: false },
    },
  });
  const int = (name) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${values[name]}`);
    return n;
  };
  return { port: int('port'), projects: int('projects'), instances: int('instances'), tasks: int('tasks'), screenshot: values.screenshot, skipBuild: values['skip-build'], tls: values.tls };
}

function step(cmd, args) {
  say(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

async function pickPort(wanted) {
  if (wanted === 0) return freePort();
  const { createServer } = await import('node:net');
  const free = await new Promise((ok) => {
    const s = createServer().once('error', () => ok(false)).listen(wanted, '127.0.0.1', () => s.close(() => ok(true)));
  });
  if (free) return wanted;
  const other = await freePort();
  say(`port ${wanted} is taken; using ${other}`);
  return other;
}

async function screenshot(server, file) {
  const { launchBrowser } = await import('./vscode/browser.mjs');
  const wb = await import('./vscode/workbench.mjs');
  const browser = await launchBrowser();
  try {
    await browser.page.goto(server.workbenchUrl());
    await wb.waitForWorkbench(browser.page);
    await wb.openView(browser.page, wb.viewContainerTitle(root));
    await wb.widenSideBar(browser.page, 640);
    // The Environment profile's first expansion asks whether its keys may go to the emulator's address.
    await wb.expandRow(browser.page, /^Environment(\s|,|$)/);
    await wb.answerDialog(browser.page, 'Allow');
    await wb.waitForViewIdle(browser.page);
    await browser.page.locator('.part.sidebar [role="treeitem"]').nth(1).waitFor({ state: 'visible', timeout: 30_000 });
    await wb.expandFirstRows(browser.page, 3);
    mkdirSync(dirname(resolve(file)), { recursive: true });
    await browser.page.screenshot({ path: resolve(file) });
    say(`screenshot saved to ${resolve(file)}`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const opts = options();
  if (!opts.skipBuild) {
    step(process.execPath, ['scripts/build.mjs', '--tests']);
    step('npm', ['run', '--silent', 'package']);
  }
  if (!existsSync(VSIX) || !existsSync(join(root, 'out', 'emulator', 'index.js'))) {
    throw new Error('out/emulator or the .vsix is missing: run without --skip-build');
  }
  const tools = ensureVscodeTools();
  const { startEmulator } = createRequire(import.meta.url)(join(root, 'out', 'emulator', 'index.js'));
  const emulator = await startEmulator({ port: 0, projects: opts.projects, instances: opts.instances, tasks: opts.tasks, tls: opts.tls });
  atShutdown(() => emulator.stop());
  say(`emulator on ${emulator.url} (endpoint template ${emulator.endpointTemplate})`);

  const profile = environmentProfile(emulator);
  // With --tls the emulator's throw-away authority is trusted the way a person would trust a private CA.
  const settings = emulator.tls ? { ...profile.settings, 'huaweicloudTasks.caCertificates': [emulator.tls.caPath] } : profile.settings;
  if (emulator.tls) say(`HTTPS with the throw-away authority ${emulator.tls.caPath}, trusted through huaweicloudTasks.caCertificates`);
  const server = await startCodeServer({ tools, port: await pickPort(opts.port), installVsix: [VSIX], env: profile.env, settings });
  if (opts.screenshot) {
    try {
      await screenshot(server, opts.screenshot);
    } finally {
      await server.stop();
      await emulator.stop();
    }
    return;
  }
  say('');
  say(`Open ${server.workbenchUrl()}`);
  say(`The "Environment" profile uses the emulator's test keys; its data: ${opts.projects} projects, ${opts.instances} instances per service, ${opts.tasks} tasks each.`);
  say(`Expanding it the first time asks whether its keys may go to ${new URL(emulator.url).host} (not a cloud's host): choose Allow.`);
  say('Press Ctrl-C to stop code-server and the emulator.');
  await new Promise(() => undefined); // until Ctrl-C; the shutdown hooks stop everything
}

main().catch((e) => {
  console.error(`[demo] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
