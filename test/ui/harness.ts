/**
 * UI test harness: the packaged extension in a real VS Code workbench (code-server), driven by Chromium.
 *
 *   const ui = await openWorkbench({ environmentProfile: true });   // in before(); ui.close() in after()
 *   await ui.openView();                                             // activity-bar icon of our container
 *   await ui.expand(/cn-north-4/);                                   // tree rows by accessible name
 *   await ui.contextMenu(/task-1/, 'Delete Task…');                  // right-click → menu item
 *   const text = await ui.answerDialog('Delete');                    // modal text, then press a button
 *   await ui.answer('my profile');                                   // quick input: type and accept
 *   const { title, placeholder } = await ui.prompt();                // what the open quick input asks
 *   await ui.runCommand('Huawei Cloud Tasks: Refresh');              // command palette by title
 *   await ui.waitForToast(/deleted/);  await ui.toasts();            // notifications
 *   await ui.step('after delete');                                   // screenshot → test-output/ui/
 *   await ui.waitForPrompt(/Access Key ID/);                         // the next quick input, by title
 *   await ui.click(/task-2/, ['ControlOrMeta']);                     // select rows (multi-select)
 *   await ui.collapseAll();  await ui.idle();                        // view title action; loads settled
 *   await ui.viewAction('Filter Tasks…');                            // any view title action, by label
 *   await ui.pickMany([/^failed$/]);                                 // multi-select quick pick: check, accept
 *   await ui.saveMedia('screenshot-tree', ui.sideBar());             // media/*.png, with HWC_TASKS_UPDATE_SCREENSHOTS=1
 *   ui.emulator.log();  ui.emulator.setFaults([...]);                // the emulator behind it
 *
 * Run with `npm run test:ui` (packages the .vsix, builds, runs out/test/ui/**\/*.test.js with hooks.js).
 * Sharing: one emulator and one code-server per variant for the whole tier (started on first use, stopped
 * by the root hook), so tests that delete must pick their own rows or call ui.emulator.reset(). `environmentProfile: true` gives a
 * code-server whose environment carries the emulator's keys (HUAWEICLOUD_SDK_AK/SK) and whose settings
 * point the Environment profile at it; without it the extension starts with no profile at all. The emulator
 * is not a cloud's host, so the Environment profile's first expansion asks whether its keys may go there:
 * in those workbenches "Allow" is pressed whenever that question shows (workbench.mjs allowEndpointsWhenAsked);
 * elsewhere a test answers it itself with ui.answerDialog('Allow'). Every
 * openWorkbench() launches a fresh Chromium profile, so SecretStorage starts empty each time. `locale: 'zh-cn'`
 * gives a code-server of that display language (an empty language pack registered, so the workbench stays
 * English while the extension gets vscode.env.language and its own translations); ui.viewTitle follows it. A failed
 * test leaves a FAILED-… screenshot of each open workbench; code-server's log is ui.server.logTail().
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
/** README and walkthrough images are rewritten only on request, so ordinary runs leave the tree clean. */
export const MEDIA_DIR = join(repoRoot, 'media');
export const UPDATE_MEDIA = process.env.HWC_TASKS_UPDATE_SCREENSHOTS === '1';
/** Sample data for the tier's emulator: small, with every service and every task status. */
export const UI_DATA: EmulatorOptions = { port: 0, projects: 3, instances: 2, tasks: 6, seed: 7 };

interface Backend {
  emulator: Emulator;
  server: CodeServer;
}

const backends = new Map<string, Promise<Backend>>();
const open = new Set<Ui>();
let shot = 0;

/** What makes one code-server differ from another; each distinct variant gets its own. */
interface Variant {
  environmentProfile: boolean;
  /** Display language given to code-server (`--locale`); its default (English) when absent. */
  locale?: string;
}

async function startBackend({ environmentProfile, locale }: Variant): Promise<Backend> {
  const tools = (await loadSetup()).ensureVscodeTools();
  const { startCodeServer } = await loadCodeServer();
  const emulator = await startEmulator(UI_DATA);
  try {
    const profile = environmentProfile ? (await loadEnvironment()).environmentProfile(emulator) : { env: {}, settings: {} };
    const server = await startCodeServer({ tools, installVsix: [VSIX], env: profile.env, settings: profile.settings, ...(locale ? { locale } : {}) });
    return { emulator, server };
  } catch (e) {
    await emulator.stop();
    throw e;
  }
}

function backend(variant: Variant): Promise<Backend> {
  const key = `${variant.environmentProfile ? 'environment' : 'plain'}/${variant.locale ?? 'default'}`;
  let b = backends.get(key);
  if (!b) {
    b = startBackend(variant);
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
  prompt(): Promise<{ title: string; placeholder: string; value: string }> {
    return this.wb.quickInputPrompt(this.page);
  }
  /**
   * The open prompt once its title, without a multi-step input's "(5/7)", is `title`: title and placeholder
   * are read apart, so while one prompt replaces another a placeholder match may come with the old title.
   */
  async waitForStep(title: string): Promise<{ title: string; placeholder: string; value: string }> {
    await this.waitForPrompt(title);
    const deadline = Date.now() + 5_000;
    for (;;) {
      const prompt = await this.prompt();
      if (prompt.title.replace(/\s*\(\d+\/\d+\)$/, '') === title) return prompt;
      if (Date.now() > deadline) throw new Error(`the prompt's title is "${prompt.title}", not "${title}"`);
      await this.page.waitForTimeout(100);
    }
  }
  /** Accepts the open prompt as it stands (the value it opened with, or the pick's active item). */
  accept(): Promise<void> {
    return this.wb.acceptQuickInput(this.page);
  }
  /** Clicks the open step's Back button and waits for the step before it. */
  back(): Promise<void> {
    return this.wb.quickInputBack(this.page);
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
  waitForPrompt(match: string | RegExp): Promise<{ title: string; placeholder: string; value: string }> {
    return this.wb.waitForQuickInput(this.page, match);
  }
  click(name: string | RegExp, modifiers: Parameters<Workbench['clickRow']>[2] = []): Promise<Locator> {
    return this.wb.clickRow(this.page, name, modifiers);
  }
  collapseAll(): Promise<void> {
    return this.wb.collapseAll(this.page);
  }
  /** An action of the view's title bar by its label ("Filter Tasks…", "Clear Filter"). */
  viewAction(label: string): Promise<void> {
    return this.wb.clickViewAction(this.page, label);
  }
  /** Checks these items of the open multi-select quick pick and accepts. */
  pickMany(labels: Array<string | RegExp>): Promise<void> {
    return this.wb.pickQuickInputItems(this.page, labels);
  }
  /** Leaves only these items of the open multi-select quick pick checked and accepts. */
  pickOnly(labels: Array<string | RegExp>): Promise<void> {
    return this.wb.pickOnlyQuickInputItems(this.page, labels);
  }
  idle(): Promise<void> {
    return this.wb.waitForViewIdle(this.page);
  }
  /** Widens the side bar so instance descriptions and task times show in full (screenshots). */
  wideSideBar(): Promise<void> {
    return this.wb.widenSideBar(this.page, 640);
  }
  /** Sets the side bar's width, e.g. narrower so a document in the editor shows in full (screenshots). */
  sideBarWidth(width: number): Promise<void> {
    return this.wb.resizeSideBar(this.page, width);
  }
  /** Parks the mouse on the status bar and lets open hovers fade, so no tooltip covers a screenshot. */
  async mouseAway(): Promise<void> {
    const bar = await this.page.locator('.part.statusbar').boundingBox();
    if (bar) await this.page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    // Cosmetic: a hover that lingers spoils the picture, not the test.
    await this.page.locator('.workbench-hover, .monaco-hover').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }
  sideBar(): Locator {
    return this.page.locator('.part.sidebar');
  }
  /** The side bar's title and its tree down to the last row: the tree without the empty space below. */
  treeArea(): Locator[] {
    return [this.sideBar().locator('.composite.title'), this.sideBar().locator('[role="treeitem"]').last()];
  }

  /**
   * With HWC_TASKS_UPDATE_SCREENSHOTS=1, saves `media/<name>.png`: the union of the given parts of the
   * window (all of it when none), so README images show just what they are about. Otherwise does nothing.
   */
  async saveMedia(name: string, ...parts: Locator[]): Promise<string | undefined> {
    if (!UPDATE_MEDIA) return undefined;
    const file = join(MEDIA_DIR, `${name}.png`);
    mkdirSync(dirname(file), { recursive: true });
    const boxes = (await Promise.all(parts.map((p) => p.boundingBox()))).filter((b): b is NonNullable<typeof b> => b !== null);
    if (boxes.length === 0) {
      await this.page.screenshot({ path: file });
      return file;
    }
    const pad = 8;
    const view = this.page.viewportSize() ?? { width: Infinity, height: Infinity };
    const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
    const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
    const right = Math.min(view.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
    const bottom = Math.min(view.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
    await this.page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
    return file;
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

/**
 * A fresh Chromium on the tier's code-server, with the workbench loaded and the extension installed.
 * `locale` (e.g. 'zh-cn') starts a code-server of that display language; the view's title is then looked up
 * in that language's package.nls.
 */
export async function openWorkbench(opts: { environmentProfile?: boolean; locale?: string } = {}): Promise<Ui> {
  const variant: Variant = { environmentProfile: opts.environmentProfile ?? false, ...(opts.locale ? { locale: opts.locale } : {}) };
  const { emulator, server } = await backend(variant);
  const wb = await loadWorkbench();
  const browser = await (await loadBrowser()).launchBrowser();
  const ui = new Ui(browser.page, emulator, server, browser, wb, wb.viewContainerTitle(repoRoot, opts.locale));
  open.add(ui);
  try {
    await browser.page.goto(server.workbenchUrl());
    await wb.waitForWorkbench(browser.page);
    if (variant.environmentProfile) await wb.allowEndpointsWhenAsked(browser.page, wb.allowButtonLabel(repoRoot, opts.locale));
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
