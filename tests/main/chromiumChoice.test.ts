import type { Browser, LaunchOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  NO_BROWSER,
  chromiumCandidates,
  launchChromium,
  type BrowserSystem,
} from '../support/chromium';

/**
 * The browser tests find a Chromium wherever a contributor runs them, and say in one line what
 * to install where there is none.
 */

const system = (overrides: Partial<BrowserSystem> & { files?: string[] } = {}): BrowserSystem => {
  const files = new Set(overrides.files ?? []);
  return {
    platform: 'linux',
    env: {},
    playwrightBrowser: '/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome',
    exists: (path) => files.has(path),
    ...overrides,
  };
};

const names = (s: BrowserSystem) => chromiumCandidates(s).map((c) => c.name);

describe('choosing a Chromium', () => {
  it('uses CHROMIUM_PATH alone when it is set', () => {
    expect(chromiumCandidates(system({ env: { CHROMIUM_PATH: '/opt/chromium/chrome' } }))).toEqual([
      { name: 'CHROMIUM_PATH (/opt/chromium/chrome)', executablePath: '/opt/chromium/chrome' },
    ]);
  });

  it('prefers Playwright’s own browser, then Linux packages, then Chrome and Edge', () => {
    const linux = system({
      files: [
        '/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome',
        '/usr/bin/chromium',
        '/usr/bin/google-chrome',
      ],
    });
    expect(names(linux)).toEqual([
      "Playwright's Chromium",
      '/usr/bin/chromium',
      '/usr/bin/google-chrome',
      'Google Chrome',
      'Microsoft Edge',
    ]);
  });

  it.each(['darwin', 'win32'] as const)(
    'on %s, with no /usr/bin/chromium, finds Chrome or Edge where they are installed',
    (platform) => {
      expect(chromiumCandidates(system({ platform, files: ['/usr/bin/chromium'] }))).toEqual([
        { name: 'Google Chrome', channel: 'chrome' },
        { name: 'Microsoft Edge', channel: 'msedge' },
      ]);
    },
  );

  it('launches the first that starts', async () => {
    const tried: LaunchOptions[] = [];
    const browser = {} as Browser;
    const launched = await launchChromium(system({ platform: 'darwin' }), async (options) => {
      tried.push(options);
      if (options.channel === 'chrome')
        throw new Error('Chromium distribution "chrome" is not found');
      return browser;
    });
    expect(launched).toBe(browser);
    expect(tried.map((o) => o.channel)).toEqual(['chrome', 'msedge']);
    expect(tried[1]).toMatchObject({
      headless: true,
      args: expect.arrayContaining(['--disable-sync']),
    });
  });

  it('says in one line what to install when there is nothing to start', async () => {
    const none = launchChromium(system({ platform: 'win32' }), async () => {
      throw new Error('not found\n  at somewhere');
    });
    await expect(none).rejects.toThrow(NO_BROWSER);
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toMatch(
      /apt-get install chromium.*Google Chrome.*playwright-core install chromium.*CHROMIUM_PATH/,
    );
  });

  it('names a browser that is there but will not start', async () => {
    const broken = launchChromium(system({ files: ['/usr/bin/chromium'] }), async (options) => {
      throw new Error(
        options.executablePath ? 'Failed to launch: missing libnss3.so\nlog…' : 'not found',
      );
    });
    await expect(broken).rejects.toThrow(
      'Could not start /usr/bin/chromium: Failed to launch: missing libnss3.so',
    );
  });
});
