import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/adapters/bundleFiles';
import { invokeChannels } from '../../electron/shared/channels';
import { pngSize } from '../../scripts/iconFormats';
import { bootSuite } from '../support/bootSuite';
import { clickTray, minutesToReminder, sittingMinutes } from './trayItems';

/**
 * The built app (`out/main/index.js`, unmodified) started as a person starts it, in a Node
 * process whose `electron` is the stand-in: first start, what its windows are allowed, quit.
 */

const desktop = bootSuite();

/** Every file below `folder`, as paths inside it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSocket() || entry.isSymbolicLink())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe('starting the app', () => {
  it('opens no window, shows the tray icon with its status line, and logs that it started', async () => {
    const app = await desktop().start();
    await app.waitFor(() => app.tray?.menu != null, 'the tray with its menu');
    await app.waitFor(() => app.readLog().includes('Backbreak started'), 'the start in the log');

    expect(app.windows.size).toBe(0);
    expect(app.livePages()).toEqual([]);
    expect(pngSize(Buffer.from(app.tray!.png!))).toEqual({ width: 22, height: 22 });
    expect(sittingMinutes(app)).toBe(0);
    expect(minutesToReminder(app)).toBe(45);
    expect(app.tray!.tooltip).toContain(app.statusLine());
    expect(app.notifications).toEqual([]);
  });

  it('quits from the tray: code 0, on no timer of its own, leaving no temporary file', async () => {
    const app = await desktop().start();
    await app.waitFor(() => app.tray?.menu != null, 'the tray');
    // Something to save on the way out: sitting time, and a window open.
    await app.advance(10 * 60_000);
    await clickTray(app, 'settings');
    await app.window('settings');

    await clickTray(app, 'quit');
    // The clock stands still from here: a quit that waited on a timer would never end.
    expect(await app.waitForExit()).toEqual({ code: 0, signal: null });
    expect(app.livePages()).toEqual([]);
    expect(filesBelow(join(app.home, 'tmp'))).toEqual([]);
    expect(filesBelow(app.userData)).toEqual([
      'logs/main.log',
      'settings.json',
      'sitting-state.json',
    ]);
  });
});

describe('its windows', () => {
  it('are sandboxed, served by the app’s own protocol with its policy, and may not navigate, open windows or get permissions', async () => {
    const app = await desktop().start();
    await app.waitFor(() => app.tray?.menu != null, 'the tray');
    await clickTray(app, 'settings');
    const page = await app.window('settings');
    const settingsWindow = app.openWindows()[0]!;

    expect(settingsWindow.appUrl).toBe('app://bundle/settings.html');
    expect(settingsWindow.spec.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(settingsWindow.spec.webPreferences.preload).toBe(
      join(app.options.packaged?.appPath ?? process.cwd(), 'out', 'preload', 'index.cjs'),
    );
    const html = app.responses.find((response) => response.url === 'app://bundle/settings.html')!;
    expect(html.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    // The page sees the bridge and nothing of Node or Electron.
    expect(await page.evaluate('typeof require')).toBe('undefined');
    expect(await page.evaluate('typeof process')).toBe('undefined');
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

    await page.evaluate("window.open('/history.html')");
    await page.evaluate("location.assign('/history.html')").catch(() => undefined);
    await app.waitFor(() => app.refused.length === 2, 'both refused');
    expect(app.refused.sort()).toEqual([
      'navigate app://bundle/history.html',
      'open app://bundle/history.html',
    ]);
    expect(page.url()).toMatch(/\/settings\.html$/);
    expect(app.openWindows()).toHaveLength(1);
    expect(await app.askPermission(settingsWindow.id, 'media')).toBe(false);
    expect(await app.askPermission(settingsWindow.id, 'notifications')).toBe(false);
  });

  it('come back when their renderer crashes', async () => {
    const app = await desktop().start();
    await app.waitFor(() => app.tray?.menu != null, 'the tray');
    await clickTray(app, 'settings');
    await app.window('settings');
    await app.crashWindow('settings');
    await app.waitFor(() => app.windows.size === 2, 'a new window');
    const page = await app.window('settings');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await app.settle();
    expect(app.livePages()).toEqual([page]);
    expect(app.readLog()).toContain('the settings window crashed');
  });
});
