/**
 * UI test harness: the packaged extension in a real VS Code workbench (code-server), driven by Chromium.
 *
 *   const ui = await openWorkbench({ environmentProfile: true });   // in before(); ui.close() in after()
 *   await ui.openView();                                             // activity-bar icon of our container
 *   await ui.expand(/cn-north-4/);                                   // tree rows by accessible name
 *   await ui.contextMenu(/task-1/, 'Delete Task');                   // right-click → menu item
 *   const text = await ui.answerDialog('Delete');                    // modal text, then press a button
 *   await ui.answer('my profile');                                   // quick input: type and accept
 *   const { title, placeholder } = await ui.prompt();                // what the open quick input asks
 *   await ui.runCommand('Huawei Cloud Tasks: Refresh');              // command palette by title
 *   await ui.waitForToast(/deleted/);  await ui.toasts();            // notifications
 *   await ui.step('after delete');                                   // screenshot → test-output/ui/
 *   ui.emulator.log();  ui.emulator.setFaults([...]);                // the emulator behind it
 *
 * Run with `npm run test:ui` (packages the .vsix, builds, runs out/test/ui/**\/*.test.js with hooks.js).
 * Sharing: one emulator and one code-server per variant for the whole tier (started on first use, stopped
 * by the root hook), so tests that delete must pick their own rows or call ui.emulator.reset(). `environmentProfile: true` gives a
 * code-server whose environment carries the emulator's keys (HUAWEICLOUD_SDK_AK/SK) and whose settings
 * point the Environment profile at it; without it the extension starts with no profile at all. Every
 * openWorkbench() launches a fresh Chromium profile, so SecretStorage starts empty each time. A failed
 * test leaves a FAILED-… screenshot of each open workbench; code-server's log is ui.server.logTail().
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startEmulator } from '../../emulator/index';
import { loadBrowser, loadCodeServer, loadEnvironment, loadSetup, loadWorkbench, repoRoot } from '../helpers/vscodeTools';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
type EmulatorOptions = NonNullable<Parameters<typeof startEmulator>[0]>;
type CodeServer = Awaited<ReturnType<Awaited<ReturnType<typeof loadCodeServer>>['startCodeServer']>>;
type Browser = Awaited<ReturnType<Awaited<ReturnType<typeof loadBrowser>>['launchBrowser']>>;
type Workbench = Awaited<ReturnType<typeof loadWorkbench>>;

export const VSIX = join(repoRoot, 'huaweicloud-tasks.vsix');
export const SCREENSHOT_DIR = join(repoRoot, 'test-output', 'ui');
/** Sample data for the tier's emulator: small, with every service and every task status. */
export const UI_DATA: EmulatorOptions = { port: 0, projects: 3, instances: 2, tasks: 6, seed: 7 };

interface Backend {
  emulator: Emulator;
  server: CodeServer;
}

const backends = new Map<string, Promise<Backend>>();
const open = new Set<Ui>();
let shot = 0;

async function startBackend(environmentProfile: boolean): Promise<Backend> {
  const tools = (await loadSetup()).ensureVscodeTools();
  const { startCodeServer } = await loadCodeServer();
  const emulator = await startEmulator(UI_DATA);
  try {
    const profile = environmentProfile ? (await loadEnvironment()).environmentProfile(emulator) : { env: {}, settings: {} };
    const server = await startCodeServer({ tools, installVsix: [VSIX], env: profile.env, settings: profile.settings });
    return { emulator, server };
  } catch (e) {
    await emulator.stop();
    throw e;
  }
}

function backend(environmentProfile: boolean): Promise<Backend> {
  const key = environmentProfile ? 'environment' : 'plain';
  let b = backends.get(key);
  if (!b) {
    b = startBackend(environmentProfile);
    backends.set(key, b);
  }
  return b;
}

export class Ui {
  constructor(
    readonly page: Page,
    readonly emulator: Emulator,
    readonly server: CodeServer,
    private readonly browser: Browser,
    private readonly wb: Workbench,
    readonly viewTitle: string,
  ) {}

  openView(): Promise<void> {
    return this.wb.openView(this.page, this.viewTitle);
  }
  row(name: string | RegExp): Locator {
    return this.wb.treeItem(this.page, name);
  }
  expand(name: string | RegExp): Promise<Locator> {
    return this.wb.expandRow(this.page, name);
  }
  contextMenu(rowName: string | RegExp, item: string | RegExp): Promise<void> {
    return this.wb.contextMenu(this.page, rowName, item);
  }
  answer(text: string): Promise<void> {
    return this.wb.answerQuickInput(this.page, text);
  }
  prompt(): Promise<{ title: string; placeholder: string }> {
    return this.wb.quickInputPrompt(this.page);
  }
  runCommand(title: string): Promise<void> {
    return this.wb.runCommand(this.page, title);
  }
  answerDialog(button: string): Promise<string> {
    return this.wb.answerDialog(this.page, button);
  }
  toasts(): Promise<string[]> {
    return this.wb.toasts(this.page);
  }
  waitForToast(match: string | RegExp): Promise<string> {
    return this.wb.waitForToast(this.page, match);
  }

  /** Saves a numbered screenshot of the whole window and returns its path. */
  async step(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    shot += 1;
    const file = join(SCREENSHOT_DIR, `${String(shot).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    open.delete(this);
    await this.browser.close();
  }
}

/** A fresh Chromium on the tier's code-server, with the workbench loaded and the extension installed. */
export async function openWorkbench(opts: { environmentProfile?: boolean } = {}): Promise<Ui> {
  const { emulator, server } = await backend(opts.environmentProfile ?? false);
  const wb = await loadWorkbench();
  const browser = await (await loadBrowser()).launchBrowser();
  const ui = new Ui(browser.page, emulator, server, browser, wb, wb.viewContainerTitle(repoRoot));
  open.add(ui);
  try {
    await browser.page.goto(server.workbenchUrl());
    await wb.waitForWorkbench(browser.page);
  } catch (e) {
    await ui.close();
    throw e;
  }
  return ui;
}

/** A screenshot of every open workbench, named after a failed test (the root hook calls it). */
export async function screenshotOpen(name: string): Promise<string[]> {
  return Promise.all([...open].map((u) => u.step(`FAILED-${name}`).catch(() => '')));
}

/** Stops every browser, code-server and emulator the tier started (the root hook calls it). */
export async function stopAll(): Promise<void> {
  await Promise.all([...open].map((u) => u.close()));
  const started = [...backends.values()];
  backends.clear();
  for (const b of await Promise.allSettled(started)) {
    if (b.status === 'fulfilled') {
      await b.value.server.stop();
      await b.value.emulator.stop();
    }
  }
}
