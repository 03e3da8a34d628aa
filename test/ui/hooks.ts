// Root hooks for the UI tier (mocha --require): a failed test leaves screenshots, and whatever the tests
// started is stopped once at the end.
import type { Context } from 'mocha';
import { screenshotOpen, stopAll } from './harness';

export const mochaHooks = {
  async afterEach(this: Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state === 'failed') await screenshotOpen(test.fullTitle());
  },
  async afterAll(): Promise<void> {
    await stopAll();
  },
};
