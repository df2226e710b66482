import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { isAbsolute, join } from 'node:path';
import type {} from 'electron';
import { fault, flush, onRequest, send } from './channel';
import { reading, realTimers, uptimeMs } from './clock';
import { runtime } from './runtime';
import { standinSettings } from './settings';
import { requestLock, type InstanceLock } from './singleInstance';
import { strict } from './strict';
import { seenByApp, toPageUrl } from './urls';
import {
  STANDIN_GLOBAL,
  type InvokeAnswer,
  type MenuItemView,
  type ProtocolAnswer,
  type WindowSpec,
} from './wire';

/**
 * The module `electron` for the boot tests: the part of Electron's main-process API that
 * Backbreak uses, each piece typed against `electron.d.ts` (so `tsc` notices when Electron
 * changes under it) and as small as it can be.
 *
 * - Windows are real Chromium pages, hosted by the test (see tests/support/bootDesktop.ts):
 *   a window's page, preload and IPC cross to the test and back over the process's IPC channel.
 * - The tray, notifications, power events, dialogs and the theme are recorded and driven from
 *   the test, as a person and the OS would.
 * - Anything it cannot do like Electron throws, naming the call, and is reported to the test.
 */

const settings = standinSettings();
const platform = settings.platform;

const record = (call: string, ...args: unknown[]) => send({ kind: 'call', call, args });

function needReady(call: string): void {
  if (!runtime.ready) throw fault(`${call} cannot be used before the app is ready`);
}

/** Electron's event objects: preventable, and nothing more. */
function preventable<T extends object>(fields: T) {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

// ------------------------------------------------------------------------------------------ app

type AppPathName = Parameters<Electron.App['getPath']>[0];

function defaultPath(name: AppPathName): string {
  const home = settings.home;
  const appData =
    platform === 'darwin'
      ? join(home, 'Library', 'Application Support')
      : platform === 'win32'
        ? join(home, 'AppData', 'Roaming')
        : (process.env.XDG_CONFIG_HOME ?? join(home, '.config'));
  switch (name) {
    case 'home':
      return home;
    case 'appData':
      return appData;
    case 'userData':
    case 'sessionData':
      return join(appData, app.name);
    case 'logs':
      return platform === 'darwin'
        ? join(home, 'Library', 'Logs', app.name)
        : join(app.getPath('userData'), 'logs');
    case 'temp':
      return os.tmpdir();
    case 'exe':
    case 'module':
      return process.execPath;
    case 'documents':
      return join(home, 'Documents');
    case 'downloads':
      return join(home, 'Downloads');
    case 'desktop':
      return join(home, 'Desktop');
    case 'crashDumps':
      return join(app.getPath('userData'), 'Crashpad');
    default:
      throw fault(`app.getPath('${name}') has no stand-in folder`);
  }
}

class StandinApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'getPath'
      | 'setPath'
      | 'getAppPath'
      | 'getVersion'
      | 'getLocale'
      | 'getPreferredSystemLanguages'
      | 'getName'
      | 'whenReady'
      | 'isReady'
      | 'quit'
      | 'exit'
      | 'requestSingleInstanceLock'
      | 'hasSingleInstanceLock'
      | 'releaseSingleInstanceLock'
      | 'setAppUserModelId'
      | 'setLoginItemSettings'
      | 'isPackaged'
      | 'name'
    >
{
  readonly isPackaged = settings.packaged !== null;
  name = runtime.packageJson.productName ?? runtime.packageJson.name;
  /** macOS only, as in Electron. */
  readonly dock: Pick<Electron.Dock, 'hide' | 'show'> | undefined =
    platform === 'darwin'
      ? strict<Pick<Electron.Dock, 'hide' | 'show'>>(
          {
            hide: () => record('app.dock.hide'),
            show: async () => record('app.dock.show'),
          },
          'app.dock',
        )
      : undefined;
  paths = new Map<string, string>();
  lock: InstanceLock | null = null;
  quitting = false;

  getPath(name: AppPathName): string {
    return this.paths.get(name) ?? defaultPath(name);
  }
  setPath(name: string, path: string): void {
    if (!isAbsolute(path)) throw new Error(`Path must be absolute: ${path}`);
    this.paths.set(name, path);
  }
  getAppPath(): string {
    return runtime.appPath;
  }
  getVersion(): string {
    return runtime.packageJson.version;
  }
  getLocale(): string {
    return settings.languages[0] ?? 'en-US';
  }
  getPreferredSystemLanguages(): string[] {
    return [...settings.languages];
  }
  getName(): string {
    return this.name;
  }
  whenReady(): Promise<void> {
    return runtime.whenReady;
  }
  isReady(): boolean {
    return runtime.ready;
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.lock ??= requestLock(
      this.getPath('userData'),
      { argv: process.argv, cwd: process.cwd(), additionalData: additionalData ?? null },
      (second) => {
        const event = preventable({});
        this.emit('second-instance', event, second.argv, second.cwd, second.additionalData);
      },
    );
    return this.lock.held;
  }
  hasSingleInstanceLock(): boolean {
    return this.lock?.held ?? false;
  }
  releaseSingleInstanceLock(): void {
    void this.lock?.release();
    this.lock = null;
  }
  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id);
  }
  setLoginItemSettings(loginSettings: Electron.Settings): void {
    record('app.setLoginItemSettings', loginSettings);
  }
  /** Electron's quit: before-quit, every window closed, will-quit, quit, then the process ends. */
  quit(): void {
    if (this.quitting) return;
    this.quitting = true;
    realTimers.setImmediate(() => void this.runQuit());
  }
  /** Electron quits when the last window closes, unless the app listens for it (or is quitting). */
  lastWindowClosed(): void {
    if (this.quitting) return;
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }
  exit(exitCode = 0): void {
    for (const window of StandinBrowserWindow.all) window.destroy();
    void this.end(exitCode);
  }

  private async runQuit(): Promise<void> {
    const beforeQuit = preventable({});
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return void (this.quitting = false);
    for (const window of [...StandinBrowserWindow.all]) {
      if (!window.closeNow()) return void (this.quitting = false);
    }
    const willQuit = preventable({});
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return void (this.quitting = false);
    this.emit('quit', preventable({}), 0);
    await this.end(0);
  }

  private async end(code: number): Promise<void> {
    await this.lock?.told;
    await this.lock?.release();
    send({ kind: 'exiting', code, clock: reading() });
    await flush();
    process.exit(code);
  }
}

export const app = strict(new StandinApp(), 'app');

// ------------------------------------------------------------------------------------- protocol

type Privileges = NonNullable<Electron.CustomScheme['privileges']>;
const privilegedSchemes = new Map<string, Privileges>();
const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();

export const protocol = strict<Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>>(
  {
    registerSchemesAsPrivileged(customSchemes) {
      if (runtime.ready) {
        throw fault('protocol.registerSchemesAsPrivileged must be called before the app is ready');
      }
      for (const scheme of customSchemes)
        privilegedSchemes.set(scheme.scheme, scheme.privileges ?? {});
    },
    handle(scheme, handler) {
      needReady('protocol.handle');
      if (protocolHandlers.has(scheme))
        throw new Error(`The scheme "${scheme}" is already handled`);
      protocolHandlers.set(scheme, handler);
    },
  },
  'protocol',
);

/** Pages can open a custom scheme only as Electron would: registered as standard and secure. */
function checkScheme(url: string): void {
  const scheme = new URL(url).protocol.slice(0, -1);
  if (['https', 'http', 'about'].includes(scheme)) return;
  const privileges = privilegedSchemes.get(scheme);
  if (!privileges?.standard || !privileges.secure) {
    throw fault(
      `a page at ${url}: the stand-in opens custom schemes only when registered as standard and secure`,
    );
  }
}

onRequest('protocol', async ({ url, method, headers, body }): Promise<ProtocolAnswer> => {
  const scheme = new URL(url).protocol.slice(0, -1);
  const handler = protocolHandlers.get(scheme);
  if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME: nothing handles ${scheme}://`);
  const response = await handler(new Request(url, { method, headers, body }));
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: new Uint8Array(await response.arrayBuffer()),
  };
});

// -------------------------------------------------------------------------------------- session

class StandinSession implements Pick<
  Electron.Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> {
  permissionRequest: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null;
  permissionCheck: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null;
  setPermissionRequestHandler(handler: StandinSession['permissionRequest']): void {
    this.permissionRequest = handler;
    record('session.setPermissionRequestHandler');
  }
  setPermissionCheckHandler(handler: StandinSession['permissionCheck']): void {
    this.permissionCheck = handler;
    record('session.setPermissionCheckHandler');
  }
}

let defaultSession: StandinSession | null = null;
export const session = strict(
  {
    get defaultSession(): StandinSession {
      needReady('session.defaultSession');
      defaultSession ??= strict(new StandinSession(), 'session.defaultSession');
      return defaultSession;
    },
  },
  'session',
);

// ---------------------------------------------------------------------------------- webContents

let nextWebContentsId = 1;

class StandinWebFrame {
  constructor(
    readonly url: string,
    readonly parent: StandinWebFrame | null,
  ) {}
  get top(): StandinWebFrame {
    return this.parent ? this.parent.top : this;
  }
}

class StandinWebContents
  extends EventEmitter
  implements
    Pick<
      Electron.WebContents,
      'id' | 'send' | 'setWindowOpenHandler' | 'getURL' | 'isDestroyed' | 'isLoading' | 'getTitle'
    >
{
  readonly id = nextWebContentsId++;
  url = '';
  loading = false;
  destroyed = false;
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;

  constructor(readonly windowId: number) {
    super();
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    send({ kind: 'push', windowId: this.windowId, channel, args: structuredClone(args) });
  }
  setWindowOpenHandler(handler: NonNullable<StandinWebContents['windowOpenHandler']>): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  getTitle(): string {
    return '';
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isLoading(): boolean {
    return this.loading;
  }
}

// -------------------------------------------------------------------------------- BrowserWindow

let nextWindowId = 1;

/** What the stand-in can host: a sandboxed, isolated page, as every Backbreak window must be. */
function checkWebPreferences(preferences: Electron.WebPreferences): void {
  if (preferences.sandbox === false || preferences.contextIsolation === false) {
    throw fault('the stand-in hosts only sandboxed pages with context isolation');
  }
  if (preferences.nodeIntegration || preferences.nodeIntegrationInWorker) {
    throw fault('the stand-in hosts no page with Node integration');
  }
}

class StandinBrowserWindow
  extends EventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      | 'id'
      | 'loadURL'
      | 'show'
      | 'showInactive'
      | 'focus'
      | 'close'
      | 'destroy'
      | 'isDestroyed'
      | 'isVisible'
      | 'setAlwaysOnTop'
      | 'isAlwaysOnTop'
      | 'getTitle'
    >
{
  static all = new Set<StandinBrowserWindow>();
  static byId = new Map<number, StandinBrowserWindow>();
  static getAllWindows(): StandinBrowserWindow[] {
    return [...StandinBrowserWindow.all];
  }

  readonly id = nextWindowId++;
  readonly webContents: StandinWebContents;
  visible = false;
  destroyed = false;
  readyToShowSent = false;
  alwaysOnTop: boolean;
  title: string;
  pendingLoad: { resolve: () => void } | null = null;
  readonly preloadPath: string | null;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    if (!runtime.ready) throw fault('Cannot create BrowserWindow before app is ready');
    const preferences = options.webPreferences ?? {};
    checkWebPreferences(preferences);
    this.preloadPath = preferences.preload ?? null;
    this.alwaysOnTop = options.alwaysOnTop ?? false;
    this.title = options.title ?? app.name;
    this.webContents = strict(new StandinWebContents(this.id), 'webContents');
    const spec: WindowSpec = {
      width: options.width ?? 800,
      height: options.height ?? 600,
      title: this.title,
      show: options.show ?? true,
      alwaysOnTop: this.alwaysOnTop,
      backgroundColor: options.backgroundColor ?? '#FFFFFF',
      webPreferences: { ...preferences },
    };
    StandinBrowserWindow.all.add(this);
    StandinBrowserWindow.byId.set(this.id, this);
    send({ kind: 'window-created', windowId: this.id, spec });
    this.visible = spec.show;
    if (spec.show) send({ kind: 'window-shown', windowId: this.id, focus: true });
  }

  loadURL(url: string): Promise<void> {
    this.ensureAlive();
    checkScheme(url);
    const preload = this.readPreload();
    this.webContents.url = url;
    this.webContents.loading = true;
    const loaded = new Promise<void>((resolve) => (this.pendingLoad = { resolve }));
    send({
      kind: 'window-load',
      load: {
        windowId: this.id,
        appUrl: url,
        pageUrl: toPageUrl(url),
        preload,
        colorScheme: nativeThemeState.dark() ? 'dark' : 'light',
      },
    });
    return loaded;
  }

  /** Electron reads the preload as the page starts; a missing one is an error in the page. */
  private readPreload(): { path: string; text: string } | null {
    if (this.preloadPath === null) return null;
    try {
      return { path: this.preloadPath, text: readFileSync(this.preloadPath, 'utf8') };
    } catch (error) {
      fault(`Unable to load preload script: ${this.preloadPath} (${(error as Error).message})`);
      return null;
    }
  }

  loaded(): void {
    this.webContents.loading = false;
    this.webContents.emit('did-finish-load', preventable({}));
    this.pendingLoad?.resolve();
    this.pendingLoad = null;
    if (!this.readyToShowSent) {
      this.readyToShowSent = true;
      this.emit('ready-to-show', preventable({}));
    }
  }

  show(): void {
    this.ensureAlive();
    this.visible = true;
    send({ kind: 'window-shown', windowId: this.id, focus: true });
  }
  showInactive(): void {
    this.ensureAlive();
    this.visible = true;
    send({ kind: 'window-shown', windowId: this.id, focus: false });
  }
  focus(): void {
    this.ensureAlive();
    record('BrowserWindow.focus', this.id);
  }
  isVisible(): boolean {
    return this.visible;
  }
  setAlwaysOnTop(flag: boolean): void {
    this.ensureAlive();
    this.alwaysOnTop = flag;
    record('BrowserWindow.setAlwaysOnTop', this.id, flag);
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  getTitle(): string {
    return this.title;
  }
  close(): void {
    if (this.destroyed) return;
    realTimers.setImmediate(() => this.closeNow());
  }
  /** The close a person or quit asks for: 'close' may refuse it. True when the window went. */
  closeNow(): boolean {
    if (this.destroyed) return true;
    const event = preventable({});
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    StandinBrowserWindow.all.delete(this);
    StandinBrowserWindow.byId.delete(this.id);
    this.webContents.destroyed = true;
    send({ kind: 'window-destroyed', windowId: this.id });
    realTimers.setImmediate(() => {
      this.webContents.emit('destroyed');
      this.emit('closed');
      if (StandinBrowserWindow.all.size === 0) app.lastWindowClosed();
    });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  private ensureAlive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
}

/**
 * The window a page belongs to, or null once it is destroyed: a page still closing in Chromium
 * may report something after that, and Electron hears nothing more from a destroyed window.
 */
const windowById = (windowId: number) => StandinBrowserWindow.byId.get(windowId) ?? null;

/** A page's request that a destroyed window never answers, as its renderer is gone. */
const never = () => new Promise<never>(() => undefined);

onRequest('page-loaded', ({ windowId }) => windowById(windowId)?.loaded());

onRequest('page-gone', ({ windowId, reason }) => {
  const window = windowById(windowId);
  if (!window) return;
  const details: Electron.RenderProcessGoneDetails = {
    reason,
    exitCode: reason === 'crashed' ? 139 : 0,
  };
  window.webContents.emit('render-process-gone', preventable({}), details);
  // A page that closed itself takes its window with it; a crashed one leaves it to the app.
  if (reason === 'clean-exit') window.closeNow();
});

onRequest('will-navigate', ({ windowId, url }) => {
  const window = windowById(windowId);
  if (!window) return { prevented: true };
  const event = preventable({ url: seenByApp(url), isMainFrame: true, isSameDocument: false });
  window.webContents.emit('will-navigate', event, event.url);
  return { prevented: event.defaultPrevented };
});

onRequest('window-open', ({ windowId, url }) => {
  const window = windowById(windowId);
  if (!window) return { action: 'deny' };
  const handler = window.webContents.windowOpenHandler;
  const answer = handler?.({
    url: seenByApp(url),
    frameName: '',
    features: '',
    disposition: 'new-window',
    referrer: { url: '', policy: 'default' },
  });
  if (answer?.action !== 'deny') {
    throw fault(
      `a page opened ${url} and the app allowed it: the stand-in cannot open such windows`,
    );
  }
  return { action: 'deny' };
});

onRequest('console', ({ windowId, level, message, lineNumber, sourceId }) => {
  const window = windowById(windowId);
  if (!window) return;
  const event = preventable({ level, message, lineNumber, sourceId, frame: null });
  const levelNumber = { debug: 0, info: 1, warning: 2, error: 3 }[level];
  window.webContents.emit('console-message', event, levelNumber, message, lineNumber, sourceId);
});

onRequest('permission', ({ windowId, permission }) => {
  const handler = defaultSession?.permissionRequest;
  const window = windowById(windowId);
  if (!handler || !window) return { granted: false, asked: false };
  const contents = window.webContents as unknown as Electron.WebContents;
  return new Promise((resolve) => {
    handler(contents, permission as 'media', (granted) => resolve({ granted, asked: true }), {
      requestingUrl: contents.getURL(),
      isMainFrame: true,
    } as Electron.PermissionRequest);
  });
});

onRequest('open-blank', () => {
  const window = new StandinBrowserWindow({ width: 420, height: 620, show: false });
  window.once('ready-to-show', () => window.show());
  void window.loadURL('about:blank');
  return window.id;
});

export const BrowserWindow = strict(StandinBrowserWindow, 'BrowserWindow');

// ------------------------------------------------------------------------------------------ IPC

type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

class StandinIpcMain
  extends EventEmitter
  implements Pick<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>
{
  handlers = new Map<string, { handler: InvokeHandler; once: boolean }>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, { handler, once: false });
  }
  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, handler);
    this.handlers.get(channel)!.once = true;
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export const ipcMain = strict(new StandinIpcMain(), 'ipcMain');

/** A page's invoke, answered as Electron does: a value cloned back, or the error's text. */
onRequest('invoke', async ({ windowId, frame, channel, args }): Promise<InvokeAnswer> => {
  const window = windowById(windowId);
  if (!window) return never();
  const entry = ipcMain.handlers.get(channel);
  const failed = (text: string): InvokeAnswer => ({
    ok: false,
    error: `Error invoking remote method '${channel}': ${text}`,
  });
  if (!entry) return failed(`Error: No handler registered for '${channel}'`);
  if (entry.once) ipcMain.handlers.delete(channel);
  const appUrl = seenByApp(frame.url);
  const senderFrame = strict(
    new StandinWebFrame(
      appUrl,
      frame.top ? null : new StandinWebFrame(window.webContents.url, null),
    ),
    'senderFrame',
  );
  const event = strict(
    {
      ...preventable({}),
      type: 'frame' as const,
      sender: window.webContents,
      senderFrame,
      frameId: frame.top ? 1 : 2,
      processId: window.webContents.id,
    },
    'IpcMainInvokeEvent',
  );
  try {
    const value = await entry.handler(event as unknown as Electron.IpcMainInvokeEvent, ...args);
    return { ok: true, value: structuredClone(value) };
  } catch (error) {
    return failed(String(error));
  }
});

// ----------------------------------------------------------------------------------- nativeImage

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(buffer: Buffer): Electron.Size {
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw fault('nativeImage: the stand-in reads PNG images only');
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

class StandinNativeImage implements Pick<
  Electron.NativeImage,
  'addRepresentation' | 'getSize' | 'isEmpty' | 'toPNG' | 'getScaleFactors'
> {
  representations = new Map<number, Buffer>();
  addRepresentation(options: Electron.AddRepresentationOptions): void {
    if (!options.buffer)
      throw fault('nativeImage.addRepresentation: the stand-in takes a buffer only');
    pngSize(options.buffer);
    this.representations.set(options.scaleFactor ?? 1, Buffer.from(options.buffer));
  }
  getScaleFactors(): number[] {
    return [...this.representations.keys()].sort();
  }
  getSize(scaleFactor = 1): Electron.Size {
    const png = this.representations.get(scaleFactor) ?? this.representations.values().next().value;
    if (!png) return { width: 0, height: 0 };
    const size = pngSize(png);
    const scale = [...this.representations.entries()].find(([, b]) => b === png)![0];
    return { width: size.width / scale, height: size.height / scale };
  }
  isEmpty(): boolean {
    return this.representations.size === 0;
  }
  toPNG(options?: Electron.ToPNGOptions): Buffer {
    return this.representations.get(options?.scaleFactor ?? 1) ?? Buffer.alloc(0);
  }
}

const images = new WeakSet<object>();
const newImage = () => {
  const image = strict(new StandinNativeImage(), 'NativeImage');
  images.add(image);
  return image;
};

function imageOf(image: Electron.NativeImage | string): StandinNativeImage {
  if (typeof image === 'string') {
    const fromPath = newImage();
    fromPath.addRepresentation({ scaleFactor: 1, buffer: readFileSync(image) });
    return fromPath;
  }
  if (!images.has(image)) throw fault('an image that did not come from nativeImage');
  return image as unknown as StandinNativeImage;
}

export const nativeImage = strict(
  {
    createEmpty: () => newImage(),
    createFromBuffer(buffer: Buffer, options?: Electron.CreateFromBufferOptions) {
      const image = newImage();
      image.addRepresentation({ scaleFactor: options?.scaleFactor ?? 1, buffer });
      return image;
    },
    createFromPath: (path: string) => imageOf(path),
  },
  'nativeImage',
);

// ------------------------------------------------------------------------------------ nativeTheme

const nativeThemeState = {
  systemDark: false,
  source: 'system' as Electron.NativeTheme['themeSource'],
  dark(): boolean {
    return this.source === 'system' ? this.systemDark : this.source === 'dark';
  },
};

class StandinNativeTheme
  extends EventEmitter
  implements
    Pick<
      Electron.NativeTheme,
      | 'shouldUseDarkColors'
      | 'shouldUseDarkColorsForSystemIntegratedUI'
      | 'shouldUseHighContrastColors'
      | 'themeSource'
    >
{
  get shouldUseDarkColors(): boolean {
    return nativeThemeState.dark();
  }
  get shouldUseDarkColorsForSystemIntegratedUI(): boolean {
    return nativeThemeState.systemDark;
  }
  get shouldUseHighContrastColors(): boolean {
    return false;
  }
  get themeSource(): Electron.NativeTheme['themeSource'] {
    return nativeThemeState.source;
  }
  set themeSource(source: Electron.NativeTheme['themeSource']) {
    const before = nativeThemeState.dark();
    nativeThemeState.source = source;
    record('nativeTheme.themeSource', source);
    if (nativeThemeState.dark() !== before) themeChanged();
  }
}

export const nativeTheme = strict(new StandinNativeTheme(), 'nativeTheme');

function themeChanged(): void {
  send({ kind: 'theme', dark: nativeThemeState.dark() });
  nativeTheme.emit('updated');
}

onRequest('theme', ({ dark }) => {
  nativeThemeState.systemDark = dark;
  themeChanged();
});

// ----------------------------------------------------------------------------------------- screen

const DISPLAY = {
  id: 1,
  label: 'Stand-in display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
  monochrome: false,
  accelerometerSupport: 'unknown',
  touchSupport: 'unknown',
  colorSpace: '',
  colorDepth: 24,
  depthPerComponent: 8,
  displayFrequency: 60,
  detected: true,
  maximumCursorSize: { width: 0, height: 0 },
  nativeOrigin: { x: 0, y: 0 },
} satisfies Electron.Display;

export const screen = strict<
  Pick<
    Electron.Screen,
    'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getPrimaryDisplay' | 'getAllDisplays'
  >
>(
  {
    getCursorScreenPoint() {
      needReady('screen.getCursorScreenPoint');
      return { x: 960, y: 540 };
    },
    getDisplayNearestPoint() {
      needReady('screen.getDisplayNearestPoint');
      return structuredClone(DISPLAY);
    },
    getPrimaryDisplay() {
      needReady('screen.getPrimaryDisplay');
      return structuredClone(DISPLAY);
    },
    getAllDisplays() {
      needReady('screen.getAllDisplays');
      return [structuredClone(DISPLAY)];
    },
  },
  'screen',
);

// ------------------------------------------------------------------------------------ Menu, Tray

interface StandinMenuItem {
  label: string;
  type: MenuItemView['type'];
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  click: ((...args: unknown[]) => void) | null;
  role: string | null;
  submenu: StandinMenu | null;
}

class StandinMenu {
  constructor(readonly items: StandinMenuItem[]) {}
}

const menus = new WeakSet<object>();
let applicationMenu: StandinMenu | null = null;

function buildMenu(
  template: Array<Electron.MenuItemConstructorOptions | Electron.MenuItem>,
): StandinMenu {
  const items = template.map((entry): StandinMenuItem => {
    const options = entry as Electron.MenuItemConstructorOptions;
    const submenu = options.submenu
      ? Array.isArray(options.submenu)
        ? buildMenu(options.submenu)
        : menuOf(options.submenu)
      : null;
    return {
      label: options.label ?? '',
      type: options.type ?? (submenu ? 'submenu' : 'normal'),
      enabled: options.enabled ?? true,
      visible: options.visible ?? true,
      checked: options.checked ?? false,
      click: (options.click as StandinMenuItem['click']) ?? null,
      role: options.role ?? null,
      submenu,
    };
  });
  const menu = new StandinMenu(items);
  menus.add(menu);
  return menu;
}

function menuOf(menu: Electron.Menu): StandinMenu {
  if (!menus.has(menu)) throw fault('a menu that did not come from Menu.buildFromTemplate');
  return menu as unknown as StandinMenu;
}

function menuView(menu: StandinMenu): MenuItemView[] {
  return menu.items
    .filter((item) => item.visible)
    .map((item) => ({
      label: item.label,
      type: item.type,
      enabled: item.enabled,
      submenu: item.submenu ? menuView(item.submenu) : null,
    }));
}

/** Electron's Menu class, for what the app does with it: build menus, set the app's own. */
export const Menu = strict<
  Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu' | 'getApplicationMenu'>
>(
  {
    buildFromTemplate: (template) => buildMenu(template) as unknown as Electron.Menu,
    setApplicationMenu(menu) {
      applicationMenu = menu === null ? null : menuOf(menu);
      record(
        'Menu.setApplicationMenu',
        applicationMenu === null ? null : menuView(applicationMenu),
      );
    },
    getApplicationMenu: () => applicationMenu as unknown as Electron.Menu | null,
  },
  'Menu',
);

let nextTrayId = 1;
const trays = new Set<StandinTray>();

class StandinTray
  extends EventEmitter
  implements
    Pick<
      Electron.Tray,
      | 'setImage'
      | 'setToolTip'
      | 'setTitle'
      | 'getTitle'
      | 'setContextMenu'
      | 'popUpContextMenu'
      | 'destroy'
      | 'isDestroyed'
    >
{
  readonly id = nextTrayId++;
  image: StandinNativeImage;
  tooltip = '';
  title = '';
  menu: StandinMenu | null = null;
  destroyed = false;

  constructor(image: Electron.NativeImage | string) {
    super();
    needReady('new Tray');
    this.image = imageOf(image);
    trays.add(this);
    this.report();
  }
  setImage(image: Electron.NativeImage | string): void {
    this.image = imageOf(image);
    this.report();
  }
  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
    this.report();
  }
  setTitle(title: string): void {
    if (platform !== 'darwin') throw fault('Tray.setTitle exists on macOS only');
    this.title = title;
    this.report();
  }
  getTitle(): string {
    return this.title;
  }
  setContextMenu(menu: Electron.Menu | null): void {
    this.menu = menu === null ? null : menuOf(menu);
    this.report();
  }
  popUpContextMenu(): void {
    record('Tray.popUpContextMenu', this.id);
  }
  destroy(): void {
    this.destroyed = true;
    trays.delete(this);
    this.report();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  private report(): void {
    const png = this.image.toPNG();
    send({
      kind: 'tray',
      tray: {
        id: this.id,
        png: png.length > 0 ? new Uint8Array(png) : null,
        size: this.image.getSize(),
        tooltip: this.tooltip,
        title: this.title,
        menu: this.menu ? menuView(this.menu) : null,
        destroyed: this.destroyed,
      },
    });
  }
}

export const Tray = strict(StandinTray, 'Tray');

/** A person clicks the tray icon (no path) or a menu item, found by its labels. */
onRequest('tray-click', ({ path }) => {
  const tray = [...trays].at(-1);
  if (!tray) throw new Error('there is no tray icon');
  if (path.length === 0) {
    tray.emit('click', preventable({}), DISPLAY.bounds, { x: 0, y: 0 });
    return;
  }
  if (!tray.menu) throw new Error('the tray icon has no menu');
  let items = tray.menu.items.filter((item) => item.visible);
  let item: StandinMenuItem | undefined;
  for (const [depth, label] of path.entries()) {
    item = items.find((candidate) => candidate.label === label);
    const seen = items.map((candidate) => candidate.label).filter(Boolean);
    if (!item) throw new Error(`no tray item "${label}"; the menu has: ${seen.join(' | ')}`);
    if (depth < path.length - 1) {
      if (!item.submenu) throw new Error(`"${label}" has no submenu`);
      items = item.submenu.items.filter((candidate) => candidate.visible);
    }
  }
  if (!item!.enabled) throw new Error(`"${item!.label}" cannot be clicked: it is disabled`);
  if (item!.submenu) throw new Error(`"${item!.label}" opens a submenu; name an item in it`);
  if (item!.role) throw fault(`menu roles (${item!.role}) have no stand-in`);
  if (item!.type === 'checkbox') item!.checked = !item!.checked;
  item!.click?.(item, undefined, {
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
  });
});

// ---------------------------------------------------------------------------------- Notification

let nextNotificationId = 1;
const notifications = new Map<number, StandinNotification>();

class StandinNotification
  extends EventEmitter
  implements Pick<Electron.Notification, 'show' | 'close' | 'title' | 'body'>
{
  static isSupported(): boolean {
    return settings.notificationsSupported;
  }
  readonly id = nextNotificationId++;
  title: string;
  body: string;
  actions: Electron.NotificationAction[];
  silent: boolean;
  shown = false;

  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super();
    needReady('new Notification');
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    this.actions = options.actions ?? [];
    this.silent = options.silent ?? false;
  }
  show(): void {
    this.shown = true;
    notifications.set(this.id, this);
    send({
      kind: 'notification-shown',
      notification: {
        id: this.id,
        title: this.title,
        body: this.body,
        actions: this.actions.map((action) => action.text ?? ''),
        silent: this.silent,
      },
    });
    realTimers.setImmediate(() => this.emit('show', preventable({})));
  }
  close(): void {
    if (!notifications.delete(this.id)) return;
    send({ kind: 'notification-closed', id: this.id });
    realTimers.setImmediate(() => this.emit('close', preventable({ reason: 'unknown' })));
  }
}

const shownNotification = (id: number) => {
  const notification = notifications.get(id);
  if (!notification) throw new Error(`notification ${id} is not on screen`);
  return notification;
};

onRequest('notification-click', ({ id }) => {
  shownNotification(id).emit('click', preventable({}));
});

onRequest('notification-action', ({ id, index }) => {
  const notification = shownNotification(id);
  if (!notification.actions[index]) throw new Error(`notification ${id} has no button ${index}`);
  notification.emit('action', preventable({ actionIndex: index, selectionIndex: -1 }), index);
});

onRequest('notification-fail', ({ id }) => {
  const notification = shownNotification(id);
  notifications.delete(id);
  send({ kind: 'notification-closed', id });
  notification.emit('failed', preventable({}), 'The notification could not be shown.');
});

export const Notification = strict(StandinNotification, 'Notification');

// ---------------------------------------------------------------------------------- powerMonitor

const idle = { seconds: settings.idleSeconds, growing: false, since: 0 };

class StandinPowerMonitor
  extends EventEmitter
  implements Pick<Electron.PowerMonitor, 'getSystemIdleTime'>
{
  override on(event: string | symbol, listener: (...args: unknown[]) => void): this {
    needReady('powerMonitor.on');
    return super.on(event, listener);
  }
  getSystemIdleTime(): number {
    const grown = idle.growing ? (uptimeMs() - idle.since) / 1000 : 0;
    return Math.floor(idle.seconds + grown);
  }
}

export const powerMonitor = strict(new StandinPowerMonitor(), 'powerMonitor');

onRequest('idle', ({ seconds, growing }) => {
  Object.assign(idle, { seconds, growing, since: uptimeMs() });
});

onRequest('power', ({ event }) => {
  powerMonitor.emit(event, preventable({}));
});

// ---------------------------------------------------------------------------------- globalShortcut

/** Shortcuts registered by the app, and ones the test says another app holds. */
const shortcuts = new Map<string, () => void>();
const takenElsewhere = new Set<string>();

export const globalShortcut = strict<
  Pick<Electron.GlobalShortcut, 'register' | 'unregister' | 'unregisterAll' | 'isRegistered'>
>(
  {
    register(accelerator: string, callback: () => void) {
      needReady('globalShortcut.register');
      record('globalShortcut.register', accelerator);
      if (takenElsewhere.has(accelerator) || shortcuts.has(accelerator)) return false;
      shortcuts.set(accelerator, callback);
      return true;
    },
    unregister(accelerator: string) {
      record('globalShortcut.unregister', accelerator);
      shortcuts.delete(accelerator);
    },
    unregisterAll() {
      record('globalShortcut.unregisterAll');
      shortcuts.clear();
    },
    isRegistered: (accelerator: string) => shortcuts.has(accelerator),
  },
  'globalShortcut',
);

onRequest('shortcut-press', ({ accelerator }) => {
  const callback = shortcuts.get(accelerator);
  if (!callback) throw new Error(`no shortcut ${accelerator} is registered`);
  callback();
});

onRequest('shortcut-take', ({ accelerator }) => {
  takenElsewhere.add(accelerator);
});

// ---------------------------------------------------------------------------------- dialog, shell

/** Asks the test how the person answers a dialog. */
function ask(call: string, args: unknown[]): Promise<unknown> {
  const askId = nextAsk++;
  send({ kind: 'ask', askId, call, args });
  return new Promise((resolve) => pendingAsks.set(askId, resolve));
}
let nextAsk = 1;
const pendingAsks = new Map<number, (answer: unknown) => void>();

onRequest('answer', ({ askId, answer }) => {
  const resolve = pendingAsks.get(askId);
  if (!resolve) throw new Error(`nothing asked ${askId}`);
  pendingAsks.delete(askId);
  resolve(answer);
});

/** Dialog calls take an optional window first; the person only sees the options. */
const withoutWindow = (args: unknown[]) =>
  args[0] instanceof StandinBrowserWindow ? args.slice(1) : args;

export const dialog = strict<
  Pick<Electron.Dialog, 'showErrorBox' | 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>
>(
  {
    showErrorBox(title: string, content: string) {
      record('dialog.showErrorBox', title, content);
    },
    showSaveDialog: ((...args: unknown[]) =>
      ask('dialog.showSaveDialog', withoutWindow(args))) as Electron.Dialog['showSaveDialog'],
    showOpenDialog: ((...args: unknown[]) =>
      ask('dialog.showOpenDialog', withoutWindow(args))) as Electron.Dialog['showOpenDialog'],
    showMessageBox: ((...args: unknown[]) =>
      ask('dialog.showMessageBox', withoutWindow(args))) as Electron.Dialog['showMessageBox'],
  },
  'dialog',
);

export const shell = strict<Pick<Electron.Shell, 'openPath' | 'openExternal' | 'showItemInFolder'>>(
  {
    async openPath(path: string) {
      record('shell.openPath', path);
      return '';
    },
    async openExternal(url: string) {
      record('shell.openExternal', url);
    },
    showItemInFolder(path: string) {
      record('shell.showItemInFolder', path);
    },
  },
  'shell',
);

// ------------------------------------------------------------------------------------- the module

const electron = strict(
  {
    app,
    BrowserWindow,
    dialog,
    globalShortcut,
    ipcMain,
    Menu,
    nativeImage,
    nativeTheme,
    Notification,
    powerMonitor,
    protocol,
    screen,
    session,
    shell,
    Tray,
  },
  'electron',
);
(globalThis as Record<symbol, unknown>)[STANDIN_GLOBAL] = electron;

export default electron;
