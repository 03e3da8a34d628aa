// Root hooks for the UI tier (mocha --require): a failed test leaves screenshots, and whatever the tests
// started is stopped once at the end.
import { rmSync } from 'node:fs';
import type { Context } from 'mocha';
import { SCREENSHOT_DIR, screenshotOpen, stopAll } from './harness';

export const mochaHooks = {
  beforeAll(): void {
    // Only this run's screenshots, so the numbered steps read in order.
    rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  },
  async afterEach(this: Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state === 'failed') await screenshotOpen(test.fullTitle());
  },
  async afterAll(): Promise<void> {
    await stopAll();
  },
};
