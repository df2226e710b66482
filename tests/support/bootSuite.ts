import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { BootDesktop } from './bootDesktop';
import { launchChromium } from './chromium';
import { STANDIN_DIR } from './standin/build';

/**
 * One Chromium and desktop per test file; the apps a test starts are ended after it, and a
 * test fails on any fault: something the stand-in could not do like Electron, a page error, an
 * error main did not catch.
 *
 *   const desktop = bootSuite();
 *   it('...', async () => { const app = await desktop().start(); ... });
 */
export function bootSuite(): () => BootDesktop {
  let browser: Browser;
  let desktop: BootDesktop;
  beforeAll(async () => {
    if (!existsSync(join('out', 'main', 'index.js')))
      throw new Error('out/ is missing: run `npm run build` first (npm test does).');
    // A missing browser fails here with one line saying what to install.
    browser = await launchChromium();
    desktop = new BootDesktop(browser, {
      register: join(STANDIN_DIR, 'register.js'),
      launch: join(STANDIN_DIR, 'launch.js'),
      pagePreload: join(STANDIN_DIR, 'page-preload.js'),
    });
  });
  afterEach(async () => {
    const faults = desktop.faults();
    await desktop.cleanUp();
    expect(faults, 'faults in the app or its pages').toEqual([]);
  });
  afterAll(() => browser?.close());
  return () => desktop;
}
