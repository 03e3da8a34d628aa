import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_FLAGS: string[];
export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Closes Chromium and removes its profile. */
  close(): Promise<void>;
}
export function launchBrowser(opts?: {
  executablePath?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<Browser>;
