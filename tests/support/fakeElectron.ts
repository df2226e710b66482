import { EventEmitter } from 'node:events';

/**
 * A small stand-in for the parts of Electron the adapters touch, for tests that run where the
 * Electron binary cannot. Each piece records what was asked of it so tests can assert the
 * security settings and wiring; nothing here decides anything.
 */

export class FakeWebContents extends EventEmitter {
  sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl = '';
  shown: 'focused' | 'inactive' | null = null;
  destroyed = false;
  onTop: boolean;
  constructor(
    public options: Record<string, unknown> & { webPreferences: Record<string, unknown> },
  ) {
    super();
    this.onTop = Boolean(options.alwaysOnTop);
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.shown = 'focused';
  }
  showInactive() {
    this.shown = 'inactive';
  }
  focus() {}
  isDestroyed() {
    return this.destroyed;
  }
  setAlwaysOnTop(on: boolean) {
    this.onTop = on;
  }
  close() {
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export class FakeIpcMain {
  handlers = new Map<string, (event: unknown, payload?: unknown) => unknown>();
  listeners = new Map<string, unknown>();
  eventNames() {
    return [...this.listeners.keys()];
  }
  removeAllListeners(channel: string) {
    this.listeners.delete(channel);
  }
  handle(channel: string, handler: (event: unknown, payload?: unknown) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  on(channel: string, listener: unknown) {
    this.listeners.set(channel, listener);
  }
}

export class FakeSession {
  permissionRequest:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null =
    null;
  permissionCheck: (() => boolean) | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: () => boolean) {
    this.permissionCheck = handler;
  }
}

export class FakeNotification extends EventEmitter {
  static supported = true;
  static created: FakeNotification[] = [];
  shown = false;
  closed = false;
  constructor(
    public options: {
      id?: string;
      title: string;
      body: string;
      silent?: boolean;
      actions?: { type: string; text?: string }[];
    },
  ) {
    super();
    FakeNotification.created.push(this);
  }
  static isSupported() {
    return FakeNotification.supported;
  }
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
  }
}

/**
 * Electron's global shortcuts: `taken` stands for other apps' (register answers false), and a
 * string no keyboard has throws as Electron does ("conversion failure").
 */
export class FakeGlobalShortcut {
  readonly taken = new Set<string>();
  readonly registered = new Map<string, () => void>();
  register(accelerator: string, callback: () => void): boolean {
    if (/Hyper/.test(accelerator)) {
      throw new TypeError(
        `Error processing argument at index 0, conversion failure from ${accelerator}`,
      );
    }
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }
}

export function createFakeElectron(userData = '/tmp/backbreak-test') {
  const ipcMain = new FakeIpcMain();
  const nativeTheme = { shouldUseDarkColors: false, themeSource: 'system' as string };
  return {
    ipcMain,
    nativeTheme,
    BrowserWindow: FakeBrowserWindow,
    Notification: FakeNotification,
    globalShortcut: new FakeGlobalShortcut(),
    app: {
      getPath: (name: string) => (name === 'userData' ? userData : `/tmp/${name}`),
      getVersion: () => '0.0.0-test',
      getLocale: () => 'en-GB',
      getPreferredSystemLanguages: () => ['en-GB'],
    },
    screen: {
      getCursorScreenPoint: () => ({ x: 10, y: 10 }),
      getDisplayNearestPoint: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    shell: { openPath: () => Promise.resolve('') },
  };
}
