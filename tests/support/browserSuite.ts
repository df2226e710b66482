import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startHarness, type Harness, type HarnessOptions } from './browserHarness';
import { launchChromium } from './chromium';

/**
 * One Chromium for a test file and a fresh app per test, closed after it. A missing browser
 * fails loudly, saying in one line what to install: these tests are the product seen by a
 * person, not something to skip.
 *
 *   const start = browserSuite();
 *   it('...', async () => { const h = await start({ settings: { ... } }); ... });
 */
export function browserSuite(): (options?: HarnessOptions) => Promise<Harness> {
  let browser: Browser;
  let current: Harness | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  afterAll(() => browser?.close());
  return async (options) => {
    current = await startHarness(browser, options);
    return current;
  };
}
