import type {} from 'electron';

/**
 * The messages between the Electron stand-in (in the app's process) and the desktop the boot
 * tests play (in the test process): what the app shows goes up, what the person and the OS do
 * comes down. Node's IPC channel carries them with structured clone, as Electron's own IPC does.
 */

/** One item of a tray menu as a person sees it. Clicks go back by label. */
export interface MenuItemView {
  label: string;
  type: NonNullable<Electron.MenuItemConstructorOptions['type']>;
  enabled: boolean;
  submenu: MenuItemView[] | null;
}

export interface TrayState {
  id: number;
  /** The 1× PNG the icon shows, or null when it was given an empty image. */
  png: Uint8Array | null;
  size: { width: number; height: number };
  tooltip: string;
  title: string;
  menu: MenuItemView[] | null;
  destroyed: boolean;
}

export interface NotificationView {
  id: number;
  title: string;
  body: string;
  actions: string[];
  /** Shown without a sound (a gentle reminder). */
  silent: boolean;
}

export interface WindowSpec {
  width: number;
  height: number;
  title: string;
  show: boolean;
  alwaysOnTop: boolean;
  backgroundColor: string;
  /** The web preferences as the app asked for them, preload path included. */
  webPreferences: Record<string, unknown>;
}

/** A page load: the URL Chromium opens and the preload to run in it. */
export interface PageLoad {
  windowId: number;
  /** The URL the app asked for (`app://bundle/routine.html`). */
  appUrl: string;
  /** Where Chromium opens it: a privileged scheme mapped onto https (see urls.ts). */
  pageUrl: string;
  preload: { path: string; text: string } | null;
  colorScheme: 'light' | 'dark';
}

/** From the app's process to the test. */
export type Upward =
  | { kind: 'ready' }
  | { kind: 'tray'; tray: TrayState }
  | { kind: 'notification-shown'; notification: NotificationView }
  | { kind: 'notification-closed'; id: number }
  | { kind: 'window-created'; windowId: number; spec: WindowSpec }
  | { kind: 'window-load'; load: PageLoad }
  | { kind: 'window-shown'; windowId: number; focus: boolean }
  | { kind: 'window-destroyed'; windowId: number }
  | { kind: 'push'; windowId: number; channel: string; args: unknown[] }
  /** An Electron call with nothing to show, kept so tests can see it was made. */
  | { kind: 'call'; call: string; args: unknown[] }
  /** A dialog waits for the person: the test answers with an `answer` request. */
  | { kind: 'ask'; askId: number; call: string; args: unknown[] }
  /** The pages' light or dark look changed (system theme or the app's themeSource). */
  | { kind: 'theme'; dark: boolean }
  /** Something the stand-in cannot do like Electron, or an error main did not catch. */
  | { kind: 'fault'; message: string }
  | { kind: 'reply'; id: number; ok: true; value?: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'exiting'; code: number; clock: ClockReading };

export interface ClockReading {
  wallMs: number;
  uptimeMs: number;
}

/** Requests from the test that the stand-in answers with a reply of the same id. */
export type Request =
  | { kind: 'tray-click'; path: string[] }
  | { kind: 'notification-click'; id: number }
  | { kind: 'notification-action'; id: number; index: number }
  | { kind: 'notification-fail'; id: number }
  | { kind: 'idle'; seconds: number; growing: boolean }
  | { kind: 'shortcut-press'; accelerator: string }
  | { kind: 'shortcut-take'; accelerator: string }
  | { kind: 'power'; event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown' }
  | { kind: 'theme'; dark: boolean }
  | { kind: 'advance'; ms: number }
  | { kind: 'sleep'; ms: number }
  | {
      kind: 'protocol';
      url: string;
      method: string;
      headers: Record<string, string>;
      body: Uint8Array | null;
    }
  | {
      kind: 'invoke';
      windowId: number;
      frame: { url: string; top: boolean };
      channel: string;
      args: unknown[];
    }
  | { kind: 'will-navigate'; windowId: number; url: string }
  | { kind: 'window-open'; windowId: number; url: string }
  | { kind: 'page-loaded'; windowId: number }
  | { kind: 'page-gone'; windowId: number; reason: 'crashed' | 'clean-exit' }
  | {
      kind: 'console';
      windowId: number;
      level: 'debug' | 'info' | 'warning' | 'error';
      message: string;
      lineNumber: number;
      sourceId: string;
    }
  | { kind: 'answer'; askId: number; answer: unknown }
  /** A page asks for a permission: what the app's permission handler says. */
  | { kind: 'permission'; windowId: number; permission: string }
  /** The bench's baseline: the stand-in opens a blank window the way the app opens its own. */
  | { kind: 'open-blank' };

export type Downward = { kind: 'request'; id: number; request: Request };

/** What a protocol handler answered, as bytes. */
export interface ProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** What an ipcMain.handle handler answered. Errors travel as text, as in Electron. */
export type InvokeAnswer = { ok: true; value: unknown } | { ok: false; error: string };

/** The environment the test hands the app's process (the stand-in's settings, not the app's). */
export const STANDIN_ENV = {
  /** JSON of `StandinSettings`. */
  settings: 'ELECTRON_STANDIN',
} as const;

export interface StandinSettings {
  /** The app folder, as `electron <folder>` takes it: its package.json names the main script. */
  appPath: string;
  /** Where the clock starts: wall time and time since boot, in milliseconds. */
  clock: ClockReading;
  /** `process.platform` as the app sees it, so macOS and Windows paths run here too. */
  platform: NodeJS.Platform;
  /** Seconds since the last input at start; a person at work reads a few seconds. */
  idleSeconds: number;
  /** Run as an installed app: `app.isPackaged` and `process.resourcesPath`. */
  packaged: { resourcesPath: string } | null;
  /** Where `app.getPath('home')` and its relatives point. */
  home: string;
  /** Electron's version, as `process.versions.electron`. */
  electronVersion: string;
  notificationsSupported: boolean;
  /** The system's preferred languages, most preferred first, as the OS lists them. */
  languages: string[];
}

/** Where the stand-in module leaves itself for CommonJS `require('electron')`. */
export const STANDIN_GLOBAL = Symbol.for('backbreak.electron-standin');
