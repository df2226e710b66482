import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FakeBrowserWindow,
  FakeIpcMain,
  FakeNotification,
  FakeSession,
} from '../support/fakeElectron';

/**
 * `index.ts`, the composition root, started against a fake of the Electron surface it touches:
 * a start that fails anywhere is logged, shown once in a plain dialog and ends the app with a
 * non-zero code, never leaving a tray whose menu does nothing; a settings file that cannot be
 * read is not such a failure.
 */

interface Desktop {
  ready: () => void;
  whenReady: Promise<void>;
  exitCodes: number[];
  quits: number;
  dialogs: { title: string; body: string }[];
  trays: FakeTray[];
  failAppWith: Error | null;
}

class FakeTray extends EventEmitter {
  destroyed = false;
  menu: { label?: string; click?: () => void }[] = [];
  constructor() {
    super();
    desktop().trays.push(this);
  }
  setImage() {}
  setToolTip() {}
  setTitle() {}
  setContextMenu(menu: { items: { label?: string; click?: () => void }[] }) {
    this.menu = menu.items;
  }
  popUpContextMenu() {}
  destroy() {
    this.destroyed = true;
  }
}

const state = vi.hoisted(() => ({ desktop: null as unknown as Desktop }));
const desktop = () => state.desktop;

function freshDesktop(): Desktop {
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  return { ready, whenReady, exitCodes: [], quits: 0, dialogs: [], trays: [], failAppWith: null };
}

// The module is made once per file; each boot gets a fresh desktop behind it.
vi.mock('electron', () => {
  let userData = '';
  const nativeTheme = Object.assign(new EventEmitter(), {
    shouldUseDarkColors: false,
    shouldUseDarkColorsForSystemIntegratedUI: false,
    themeSource: 'system',
  });
  const electron = {
    app: Object.assign(new EventEmitter(), {
      isPackaged: false,
      setPath: (_name: string, path: string) => (userData = path),
      getPath: (name: string) => (name === 'userData' ? userData : join(tmpdir(), name)),
      getAppPath: () => resolve('.'),
      getVersion: () => '0.0.0-test',
      getLocale: () => 'en-GB',
      getPreferredSystemLanguages: () => ['en-GB'],
      requestSingleInstanceLock: () => true,
      setAppUserModelId: () => undefined,
      whenReady: () => state.desktop.whenReady,
      quit: () => state.desktop.quits++,
      exit: (code: number) => state.desktop.exitCodes.push(code),
      setLoginItemSettings: () => undefined,
      dock: undefined,
    }),
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    session: { defaultSession: new FakeSession() },
    dialog: {
      showErrorBox: (title: string, body: string) => state.desktop.dialogs.push({ title, body }),
    },
    powerMonitor: Object.assign(new EventEmitter(), { getSystemIdleTime: () => 5 }),
    ipcMain: new FakeIpcMain(),
    BrowserWindow: FakeBrowserWindow,
    Notification: FakeNotification,
    Tray: FakeTray,
    Menu: { buildFromTemplate: (items: unknown[]) => ({ items }) },
    nativeImage: {
      createFromBuffer: () => ({ addRepresentation: () => undefined }),
    },
    nativeTheme,
    screen: {
      getCursorScreenPoint: () => ({ x: 0, y: 0 }),
      getDisplayNearestPoint: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
  };
  return { ...electron, default: electron };
});

// Stands in for any failure inside the app's start-up that nobody foresaw.
vi.mock('../../electron/main/app', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/main/app')>();
  return {
    ...real,
    createApp: (ports: Parameters<typeof real.createApp>[0]) => {
      const failure = state.desktop.failAppWith;
      if (failure?.message === 'while creating') throw failure;
      const app = real.createApp(ports);
      if (failure?.message === 'while starting') {
        return {
          ...app,
          start: async () => {
            await app.start();
            throw failure;
          },
        };
      }
      return app;
    },
  };
});

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'backbreak-start-'));
  process.env.BACKBREAK_USER_DATA = userData;
  FakeNotification.created = [];
  vi.resetModules();
});
afterEach(() => {
  delete process.env.BACKBREAK_USER_DATA;
  rmSync(userData, { recursive: true, force: true });
});

/** Imports index.ts afresh, lets Electron say it is ready, and waits for the start to settle. */
async function boot(prepare: (d: Desktop) => void = () => undefined): Promise<Desktop> {
  state.desktop = freshDesktop();
  const electron = (await import('electron')) as unknown as { ipcMain: FakeIpcMain };
  electron.ipcMain.handlers.clear();
  prepare(desktop());
  await import('../../electron/main/index');
  desktop().ready();
  await vi.waitFor(
    () => {
      const log = readFileSync(join(userData, 'logs', 'main.log'), 'utf8');
      expect(log).toMatch(/Backbreak started|Backbreak could not start/);
    },
    { timeout: 15_000, interval: 20 },
  );
  return desktop();
}

const log = () => readFileSync(join(userData, 'logs', 'main.log'), 'utf8');

describe('starting up', () => {
  it.each(['while creating', 'while starting'])(
    'a failure %s the app is logged, shown once in plain words, and ends the app with code 1',
    async (when) => {
      const d = await boot((d) => (d.failAppWith = new Error(when)));
      expect(d.dialogs).toHaveLength(1);
      expect(d.dialogs[0]!.title).toBe('Backbreak could not start');
      expect(d.dialogs[0]!.body).toContain(join(userData, 'logs', 'main.log'));
      expect(d.dialogs[0]!.body).not.toContain(when);
      expect(d.exitCodes).toEqual([1]);
      // No tray is left behind with a menu that does nothing.
      expect(d.trays).toHaveLength(when === 'while starting' ? 1 : 0);
      expect(d.trays.every((tray) => tray.destroyed)).toBe(true);
      expect(log()).toContain(`Backbreak could not start Error: ${when}`);
    },
  );

  it('starts with a working tray, and says so, when the settings file cannot be read', async () => {
    mkdirSync(join(userData, 'settings.json'));
    const d = await boot();
    expect(d.dialogs).toEqual([]);
    expect(d.exitCodes).toEqual([]);
    expect(d.trays).toHaveLength(1);
    expect(FakeNotification.created.map((n) => n.options.body).join(' ')).toMatch(
      /could not read your settings file \(it is a folder, not a file\)/,
    );
    d.trays[0]!.menu.find((item) => item.label === 'Quit')!.click!();
    expect(d.quits).toBe(1);
  });
});
