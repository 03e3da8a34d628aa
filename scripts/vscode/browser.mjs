// Debian's Chromium driven by playwright-core (never a browser a tool downloads itself). The networking
// flags stop Chromium from retrying hosts that a closed network refuses; each launch gets a fresh
// profile, which also means fresh SecretStorage for the workbench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './setup.mjs';
import { atShutdown, trackScratch, untrackScratch } from './processes.mjs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {Promise<import('./browser.mjs').Browser>} */
export async function launchBrowser(opts = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'hwc-tasks-chromium-'));
  trackScratch(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: opts.executablePath ?? CHROMIUM_PATH,
    headless: opts.headless ?? true,
    args: CHROMIUM_FLAGS,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    untrackScratch(profile);
  };
  atShutdown(close);
  return { context, page, close };
}
