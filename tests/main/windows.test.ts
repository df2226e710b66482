import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeSession, createFakeElectron } from '../support/fakeElectron';

const fake = vi.hoisted(() => ({
  electron: null as unknown as ReturnType<typeof createFakeElectron>,
}));
vi.mock('electron', async () => {
  const { createFakeElectron: make } = await import('../support/fakeElectron');
  fake.electron = make();
  return { ...fake.electron, default: fake.electron };
});

const { createWindowsPort, denyPermissions } = await import('../../electron/main/adapters/windows');
import type { Session } from 'electron';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const told: string[] = [];
const makePort = () =>
  createWindowsPort({
    preload: '/app/out/preload/index.cjs',
    pageUrl: (kind) => `app://bundle/${kind}.html`,
    log,
    tellCrashed: (kind) => told.push(kind),
  });
const crash = () =>
  FakeBrowserWindow.created
    .at(-1)!
    .webContents.emit('render-process-gone', {}, { reason: 'crashed' });

beforeEach(() => {
  FakeBrowserWindow.created = [];
  told.length = 0;
});

describe('windows', () => {
  it('creates every window with the same locked-down web preferences', () => {
    const port = makePort();
    for (const kind of ['routine', 'settings', 'history'] as const)
      port.open(kind, { focus: true });
    expect(FakeBrowserWindow.created).toHaveLength(3);
    for (const window of FakeBrowserWindow.created) {
      expect(window.options.webPreferences).toMatchObject({
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        devTools: false,
      });
    }
    expect(FakeBrowserWindow.created.map((w) => w.loadedUrl)).toEqual([
      'app://bundle/routine.html',
      'app://bundle/settings.html',
      'app://bundle/history.html',
    ]);
  });

  it('denies new windows, navigation, redirects and webviews', () => {
    makePort().open('settings', { focus: true });
    const contents = FakeBrowserWindow.created[0]!.webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
  });

  it('denies every permission request and check', () => {
    const session = new FakeSession();
    denyPermissions(session as unknown as Session);
    const callback = vi.fn();
    session.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.permissionCheck?.()).toBe(false);
  });

  it('opens a reminder’s routine window without taking focus, and a clicked one with it', () => {
    const port = makePort();
    port.open('routine', { focus: false });
    const window = FakeBrowserWindow.created[0]!;
    window.emit('ready-to-show');
    expect(window.shown).toBe('inactive');
    port.open('routine', { focus: true });
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(window.shown).toBe('focused');
  });

  it('makes a window ready out of sight, shows it at once when opened, and discards it unseen quietly', () => {
    const port = makePort();
    const closed = vi.fn();
    port.onClosed(closed);
    port.prepare('routine');
    const ready = FakeBrowserWindow.created[0]!;
    ready.emit('ready-to-show');
    expect(ready.shown).toBeNull();
    port.open('routine', { focus: true });
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(ready.shown).toBe('focused');
    // Once seen, it is no longer the app's to discard.
    port.discard('routine');
    expect(ready.destroyed).toBe(false);

    port.close('routine');
    closed.mockClear();
    port.prepare('routine');
    const unseen = FakeBrowserWindow.created[1]!;
    port.discard('routine');
    expect(unseen.destroyed).toBe(true);
    expect(closed).not.toHaveBeenCalled();
    // Opened before its page is ready, it shows as soon as it is.
    port.prepare('routine');
    port.open('routine', { focus: false });
    const early = FakeBrowserWindow.created[2]!;
    expect(early.shown).toBeNull();
    early.emit('ready-to-show');
    expect(early.shown).toBe('inactive');
  });

  it('puts the routine window small in the corner of the screen, on top when asked', () => {
    const port = makePort();
    port.follow({ alwaysOnTop: true, theme: 'dark' });
    port.open('routine', { focus: false });
    const window = FakeBrowserWindow.created[0]!;
    expect(window.options).toMatchObject({
      width: 420,
      height: 620,
      x: 1920 - 420 - 16,
      y: 1040 - 620 - 16,
      alwaysOnTop: true,
    });
    expect(fake.electron.nativeTheme.themeSource).toBe('dark');
    port.follow({ alwaysOnTop: false, theme: 'system' });
    expect(window.onTop).toBe(false);
  });

  it('destroys a closed window, tells the app, and makes a fresh one next time', () => {
    const port = makePort();
    const closed = vi.fn();
    port.onClosed(closed);
    port.open('routine', { focus: true });
    port.close('routine');
    expect(FakeBrowserWindow.created[0]!.destroyed).toBe(true);
    expect(closed).toHaveBeenCalledWith('routine');
    port.open('routine', { focus: true });
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });

  it('recreates a window whose renderer crashed, a few times at most', () => {
    const port = makePort();
    port.open('settings', { focus: true });
    for (let n = 0; n < 5; n++) crash();
    expect(FakeBrowserWindow.created).toHaveLength(4);
    expect(log.error).toHaveBeenCalledWith('the settings window crashed (crashed)', { attempt: 1 });
  });

  it('counts crashes afresh after the window was closed cleanly', () => {
    const port = makePort();
    port.open('routine', { focus: true });
    for (let n = 0; n < 3; n++) crash();
    port.close('routine');
    port.open('routine', { focus: true });
    for (let n = 0; n < 3; n++) crash();
    expect(FakeBrowserWindow.created).toHaveLength(8);
    expect(FakeBrowserWindow.created.at(-1)!.destroyed).toBe(false);
    expect(told).toEqual([]);
  });

  it('gives up on a window that keeps crashing: destroys it, says so, and opens a fresh one next time', () => {
    const port = makePort();
    const closed = vi.fn();
    port.onClosed(closed);
    port.open('history', { focus: true });
    for (let n = 0; n < 4; n++) crash();
    const dead = FakeBrowserWindow.created.at(-1)!;
    expect(dead.destroyed).toBe(true);
    expect(closed).toHaveBeenCalledWith('history');
    expect(told).toEqual(['history']);
    port.open('history', { focus: true });
    expect(FakeBrowserWindow.created).toHaveLength(5);
    const fresh = FakeBrowserWindow.created.at(-1)!;
    expect(fresh.destroyed).toBe(false);
    crash();
    expect(FakeBrowserWindow.created).toHaveLength(6);
  });

  it('sends push events to every open window on the contract’s channel', () => {
    const port = makePort();
    port.open('settings', { focus: true });
    port.open('history', { focus: true });
    port.broadcast('historyChanged', undefined);
    expect(FakeBrowserWindow.created.map((w) => w.webContents.sent)).toEqual([
      [{ channel: 'history:changed', payload: undefined }],
      [{ channel: 'history:changed', payload: undefined }],
    ]);
  });
});
