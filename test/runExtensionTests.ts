// Runs the extension-host suite (out/test/suite) in a real VS Code. On a desktop that can download VS Code,
// @vscode/test-electron does it; on machines that reach only the npm and Debian registries, code-server
// with the smoke-test driver runs the same suite in the browser workbench, driven by Chromium.
// HWC_TASKS_TEST_RUNNER=electron|code-server skips the probe; HWC_TASKS_TEST_GREP filters tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadBrowser, loadCodeServer, loadSetup, repoRoot } from './helpers/vscodeTools';

type Runner = 'electron' | 'code-server';

const suitePath = resolve(__dirname, 'suite', 'index.js');
const DOWNLOAD_HOST = 'https://update.code.visualstudio.com/api/releases/stable';
const SUITE_TIMEOUT_MS = Number(process.env.HWC_TASKS_HOST_TIMEOUT_MS ?? 600_000);

const SUITE_LOG_TAG = '[hwc-suite] ';
// Failed look-ups of the marketplace and telemetry hosts are expected on a closed network.
const OFFLINE_NOISE = /getaddrinfo ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/;

function suiteEnv(): Record<string, string> {
  const grep = process.env.HWC_TASKS_TEST_GREP;
  return grep ? { HWC_TASKS_TEST_GREP: grep } : {};
}

async function chooseRunner(): Promise<Runner> {
  const forced = process.env.HWC_TASKS_TEST_RUNNER;
  if (forced === 'electron' || forced === 'code-server') return forced;
  if (forced) throw new Error(`HWC_TASKS_TEST_RUNNER must be electron or code-server, not ${forced}`);
  try {
    await fetch(DOWNLOAD_HOST, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return 'electron';
  } catch {
    return 'code-server';
  }
}

async function runInElectron(): Promise<number> {
  const { runTests, TestRunFailedError } = await import('@vscode/test-electron');
  const scratch = mkdtempSync(join(tmpdir(), 'hwc-tasks-electron-'));
  try {
    return await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suitePath,
      extensionTestsEnv: suiteEnv(),
      launchArgs: [join(scratch, 'workspace'), '--disable-extensions', '--user-data-dir', join(scratch, 'user-data'), '--disable-workspace-trust'],
    });
  } catch (e) {
    // A failing suite rejects with the exit code; anything else (no download, no display) is an error.
    if (e instanceof TestRunFailedError) return typeof e.code === 'number' && e.code !== 0 ? e.code : 1;
    throw e;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// The workbench logs everything through codeAutomationLog; the suite's lines carry SUITE_LOG_TAG. Of the
// rest only errors are shown, unless HWC_TASKS_HOST_VERBOSE is set.
function printLog(level: string, message: string): void {
  if (message.startsWith(SUITE_LOG_TAG)) process.stdout.write(`${message.slice(SUITE_LOG_TAG.length)}\n`);
  else if (process.env.HWC_TASKS_HOST_VERBOSE || (level === 'error' && !OFFLINE_NOISE.test(message))) {
    process.stderr.write(`[workbench ${level}] ${message}\n`);
  }
}

async function runInCodeServer(): Promise<number> {
  const tools = (await loadSetup()).ensureVscodeTools();
  const { startCodeServer } = await loadCodeServer();
  const { launchBrowser } = await loadBrowser();
  const server = await startCodeServer({ tools, smokeTestDriver: true, env: { ...suiteEnv(), HWC_TASKS_SUITE_LOG_TAG: SUITE_LOG_TAG } });
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  try {
    browser = await launchBrowser();
    let exited: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((r) => (exited = r));
    await browser.page.exposeFunction('codeAutomationLog', (level: unknown, message: unknown) => printLog(String(level), String(message)));
    await browser.page.exposeFunction('codeAutomationExit', (code: unknown) => exited(Number(code)));
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(suitePath)],
    ]);
    await browser.page.goto(server.workbenchUrl({ payload }));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((r) => {
      timer = setTimeout(() => {
        process.stderr.write(`The suite did not finish within ${SUITE_TIMEOUT_MS} ms. Server log:\n${server.logTail()}\n`);
        r(1);
      }, SUITE_TIMEOUT_MS);
    });
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser?.close();
    await server.stop();
  }
}

async function main(): Promise<number> {
  const runner = await chooseRunner();
  const started = Date.now();
  console.log(`[test:host] running ${suitePath} in ${runner === 'electron' ? 'VS Code (@vscode/test-electron)' : 'code-server + Chromium'}`);
  const code = runner === 'electron' ? await runInElectron() : await runInCodeServer();
  console.log(`[test:host] ${runner}: exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[test:host] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
