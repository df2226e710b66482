import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../electron/shared/channels';

/**
 * The real app in the real Electron. These run wherever the Electron binary is installed (a
 * normal `npm install`) and skip, saying why, where it is not (this network, where it cannot
 * be downloaded). On Linux without a display, run them under `xvfb-run`.
 */

function findElectron(): string | null {
  try {
    const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(folder, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const electronPath = findElectron();
const built = existsSync(resolve('out/main/index.js'));
const reason = !electronPath
  ? 'the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); `npx install-electron` installs it where the network allows'
  : 'the app is not built: run `npm run build` first';
if (!electronPath || !built) console.warn(`Electron smoke tests skipped: ${reason}.`);

describe.skipIf(!electronPath || !built)('the real app', () => {
  let profile: string;
  let electronApp: ElectronApplication;
  const env = () => ({ ...process.env, BACKBREAK_USER_DATA: profile });

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'backbreak-smoke-'));
    electronApp = await _electron.launch({
      executablePath: electronPath!,
      args: ['.'],
      env: env(),
    });
    await expect
      .poll(() => existsSync(join(profile, 'settings.json')), { timeout: 20_000 })
      .toBe(true);
  });

  afterAll(async () => {
    await electronApp?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('starts as a tray app: no window, settings written, one instance only', async () => {
    expect(
      await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length),
    ).toBe(0);
    const second = spawn(electronPath!, ['.'], { env: env(), stdio: 'ignore' });
    const code = await new Promise<number | null>((done) => second.on('exit', done));
    expect(code).toBe(0);
    // The second launch hands over to the first, which opens its settings.
    const page = await electronApp.waitForEvent('window');
    expect(page.url()).toBe('app://bundle/settings.html');
  });

  it('locks the window down and exposes only the contract', async () => {
    const page = electronApp.windows()[0]!;
    // Context isolation and the sandbox, seen from inside the page: no Node, no Electron.
    expect(await page.evaluate('typeof require')).toBe('undefined');
    expect(await page.evaluate('typeof process')).toBe('undefined');
    expect(await page.evaluate('typeof globalThis.backbreak.updateSettings')).toBe('function');
    const exposed = await page.evaluate(() =>
      Object.keys((globalThis as unknown as { backbreak: object }).backbreak).sort(),
    );
    expect(exposed).toEqual(
      [
        ...Object.keys(invokeChannels),
        'onHistoryChanged',
        'onSettingsChanged',
        'onStatusChanged',
      ].sort(),
    );
  });

  it('saves a change made in the window to the settings file', async () => {
    const page = electronApp.windows()[0]!;
    const answer = await page.evaluate(() =>
      (
        globalThis as unknown as {
          backbreak: { updateSettings(p: object): Promise<{ ok: boolean }> };
        }
      ).backbreak.updateSettings({
        reminderIntervalMinutes: 30,
      }),
    );
    expect(answer.ok).toBe(true);
    const file = JSON.parse(readFileSync(join(profile, 'settings.json'), 'utf8')) as {
      reminderIntervalMinutes: number;
    };
    expect(file.reminderIntervalMinutes).toBe(30);
  });
});
