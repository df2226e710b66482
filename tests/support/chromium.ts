import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * A Chromium for the browser tests, wherever they run: `CHROMIUM_PATH` if set; else
 * Playwright's own downloaded browser; else one installed the usual way (Debian's and other
 * Linux packages, then Chrome and Edge through Playwright's channels, which know where they
 * live on macOS, Windows and Linux). Started without the background services that try to reach
 * Google, which a closed network (like our CI) refuses.
 */

export type Candidate =
  { name: string; executablePath: string } | { name: string; channel: 'chrome' | 'msedge' };

export interface BrowserSystem {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** Where Playwright keeps the browser `playwright-core install chromium` downloads. */
  playwrightBrowser: string;
}

const LINUX_PACKAGES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
];

/** What to try, in order. An explicit CHROMIUM_PATH is the only thing tried. */
export function chromiumCandidates(system: BrowserSystem): Candidate[] {
  const chosen = system.env.CHROMIUM_PATH;
  if (chosen) return [{ name: `CHROMIUM_PATH (${chosen})`, executablePath: chosen }];
  const found: Candidate[] = [];
  if (system.playwrightBrowser && system.exists(system.playwrightBrowser))
    found.push({ name: "Playwright's Chromium", executablePath: system.playwrightBrowser });
  if (system.platform === 'linux') {
    for (const path of LINUX_PACKAGES)
      if (system.exists(path)) found.push({ name: path, executablePath: path });
  }
  found.push(
    { name: 'Google Chrome', channel: 'chrome' },
    { name: 'Microsoft Edge', channel: 'msedge' },
  );
  return found;
}

export const NO_BROWSER =
  'No Chrome, Edge or Chromium found for the browser tests: install one (Debian/Ubuntu: apt-get install chromium; macOS/Windows: Google Chrome or Microsoft Edge), or run `npx playwright-core install chromium`, or set CHROMIUM_PATH.';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function thisSystem(): BrowserSystem {
  let playwrightBrowser = '';
  try {
    playwrightBrowser = chromium.executablePath();
  } catch {
    // This version of Playwright knows no browser for this platform.
  }
  return { platform: process.platform, env: process.env, exists: existsSync, playwrightBrowser };
}

/** Launches the first candidate that starts; throws `NO_BROWSER` when none does. */
export async function launchChromium(
  system: BrowserSystem = thisSystem(),
  launch: (options: LaunchOptions) => Promise<Browser> = (options) => chromium.launch(options),
): Promise<Browser> {
  let brokenBrowser: string | null = null;
  for (const candidate of chromiumCandidates(system)) {
    try {
      return await launch({ ...candidate, headless: true, args: ARGS });
    } catch (error) {
      // A browser file that is there but would not start is worth its own reason. A channel
      // fails the same way whether its browser is missing or broken, so it says nothing.
      if ('executablePath' in candidate && brokenBrowser === null)
        brokenBrowser = `Could not start ${candidate.name}: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  throw new Error(brokenBrowser ?? NO_BROWSER);
}
