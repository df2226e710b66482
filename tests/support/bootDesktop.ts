import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { BINDING, PUSH, type BindingMessage } from './standin/pagePreload';
import { toAppUrl, seenByApp } from './standin/urls';
import {
  STANDIN_ENV,
  type ClockReading,
  type Downward,
  type InvokeAnswer,
  type MenuItemView,
  type NotificationView,
  type PageLoad,
  type ProtocolAnswer,
  type Request,
  type StandinSettings,
  type TrayState,
  type Upward,
  type WindowSpec,
} from './standin/wire';

/**
 * The desktop around the built app in the boot tests. It starts `out/main/index.js` in a Node
 * process whose `electron` is the stand-in (tests/support/standin), hosts that app's windows
 * as real Chromium pages, shows its tray and notifications, and plays the person and the OS:
 * clicks, idle time, sleep, lock, the clock.
 *
 * One Chromium serves every app of a test file; each app gets its own browser context, as
 * Electron's windows share one session.
 */

export const PROJECT = resolve('.');

/** Monday 6 January 2025, 10:00 local time: inside the default working hours. */
export function mondayMorning(): ClockReading {
  return { wallMs: new Date(2025, 0, 6, 10, 0).getTime(), uptimeMs: 3_600_000 };
}

export interface BootOptions {
  /** The home folder to run in; a fresh one when not given. Reuse one to restart the app. */
  home?: string;
  /** Files in the user-data folder before start: path inside it → text. */
  files?: Record<string, string>;
  clock?: ClockReading;
  platform?: NodeJS.Platform;
  idleSeconds?: number;
  notificationsSupported?: boolean;
  /** The system's preferred languages (English, British, unless a test says). */
  languages?: string[];
  /** Simulated time in the pages too, moved with the app's clock by `advance`. */
  pageClock?: boolean;
  /** Another app folder (an unpacked installer) and its resources, run as an installed app. */
  packaged?: { appPath: string; resourcesPath: string };
  /** How the person answers dialogs; by default they cancel. */
  answer?: (call: string, args: unknown[]) => unknown;
}

export interface WindowRecord {
  id: number;
  spec: WindowSpec;
  appUrl: string | null;
  page: Page | null;
  loaded: boolean;
  shown: 'focused' | 'inactive' | null;
  destroyed: boolean;
}

interface Waiter {
  check: () => boolean;
  resolve: () => void;
}

const HANG_GUARD_MS = 30_000;

function electronVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('electron/package.json') as { version: string }).version;
}

function defaultAnswer(call: string): unknown {
  if (call === 'dialog.showMessageBox') return { response: 0, checkboxChecked: false };
  return { canceled: true, filePath: '', filePaths: [] };
}

/** The user-data folder where Electron puts it on each platform, inside `home`. */
export function userDataOf(home: string, platform: NodeJS.Platform): string {
  const appData =
    platform === 'darwin'
      ? join(home, 'Library', 'Application Support')
      : platform === 'win32'
        ? join(home, 'AppData', 'Roaming')
        : join(home, '.config');
  return join(appData, 'Backbreak');
}

export class RunningApp {
  readonly faults: string[] = [];
  readonly calls: { call: string; args: unknown[] }[] = [];
  readonly notifications: NotificationView[] = [];
  readonly notificationsOnScreen = new Map<number, NotificationView>();
  readonly windows = new Map<number, WindowRecord>();
  readonly trays = new Map<number, TrayState>();
  /** What the app refused a page: "navigate <url>", "open <url>". */
  readonly refused: string[] = [];
  /** Every answer of the app's protocol handler: what Chromium was served. */
  readonly responses: { url: string; status: number; headers: Record<string, string> }[] = [];
  /** When the process was spawned (performance.now() in the test process). */
  startedAt = 0;
  trayReadyAt: number | null = null;
  ready = false;
  stdout = '';
  stderr = '';
  exit: { code: number | null; signal: string | null } | null = null;
  /** The process is gone (its windows' last work may still be under way). */
  private ended = false;
  clock: ClockReading;
  readonly exited: Promise<{ code: number | null; signal: string | null }>;

  private nextRequest = 1;
  private pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  private waiters = new Set<Waiter>();
  private pageWindows = new Map<Page, WindowRecord>();
  private windowWork = new Map<number, Promise<unknown>>();
  private expectedNavigation = new Map<number, string>();

  constructor(
    readonly child: ChildProcess,
    readonly context: BrowserContext,
    readonly home: string,
    readonly options: BootOptions,
    private readonly pagePreload: string,
  ) {
    this.clock = options.clock ?? mondayMorning();
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      this.stdout += text;
      this.changed();
    });
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      this.stderr += text;
      this.changed();
    });
    child.on('message', (message: Upward) => this.receive(message));
    this.exited = new Promise((done) => {
      child.on('exit', async (code, signal) => {
        this.ended = true;
        for (const { reject } of this.pending.values()) {
          reject(new Error(`the app ended (${code ?? signal}) before answering`));
        }
        this.pending.clear();
        // What the app did to its windows before it ended is seen through before the end is.
        await Promise.all(this.windowWork.values());
        this.exit = { code, signal };
        this.changed();
        done(this.exit);
      });
    });
  }

  get userData(): string {
    return userDataOf(this.home, this.options.platform ?? 'linux');
  }

  // ------------------------------------------------------------------------------ what it shows

  /** The app's tray icon, once it has one. */
  get tray(): TrayState | null {
    const live = [...this.trays.values()].filter((tray) => !tray.destroyed);
    return live.at(-1) ?? null;
  }

  /** The tray menu's first line: the status a person reads. */
  statusLine(): string {
    return this.tray?.menu?.[0]?.label ?? '';
  }

  /** Labels of the tray menu, submenus as "Parent > Child". */
  trayLabels(): string[] {
    const labels = (items: MenuItemView[], prefix: string): string[] =>
      items.flatMap((item) =>
        item.type === 'separator'
          ? []
          : [
              `${prefix}${item.label}`,
              ...(item.submenu ? labels(item.submenu, `${prefix}${item.label} > `) : []),
            ],
      );
    return labels(this.tray?.menu ?? [], '');
  }

  /** The window main has open for a page (routine, settings, history), once it is on screen. */
  async window(kind: string): Promise<Page> {
    let found: WindowRecord | undefined;
    await this.waitFor(() => {
      found = this.openWindows().find(
        (w) => w.appUrl?.endsWith(`/${kind}.html`) && w.loaded && w.shown !== null,
      );
      return found !== undefined;
    }, `the ${kind} window on screen`);
    return found!.page!;
  }

  openWindows(): WindowRecord[] {
    return [...this.windows.values()].filter((w) => !w.destroyed);
  }

  /** Waits until the pages have caught up with everything the app did to its windows. */
  async settle(): Promise<void> {
    await Promise.all(this.windowWork.values());
  }

  /** Pages alive in Chromium for this app: what its renderers would be. */
  livePages(): Page[] {
    return this.context.pages().filter((page) => !page.isClosed());
  }

  readLog(): string {
    const path = join(this.userData, 'logs', 'main.log');
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  }

  readFile(name: string): string | null {
    const path = join(this.userData, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  }

  // ---------------------------------------------------------------------- what the person does

  /** Clicks a tray menu item by its labels (a submenu's label, then the item's). */
  clickTray(...path: string[]): Promise<void> {
    return this.request({ kind: 'tray-click', path }).then(() => undefined);
  }

  /** The notification on screen that was shown last. */
  lastNotification(): NotificationView {
    const shown = [...this.notificationsOnScreen.values()].at(-1);
    if (!shown) throw new Error('no notification is on screen');
    return shown;
  }

  clickNotification(id = this.lastNotification().id): Promise<void> {
    return this.request({ kind: 'notification-click', id }).then(() => undefined);
  }

  /** Clicks a notification's button by its text. */
  async clickNotificationButton(text: string): Promise<void> {
    const notification = this.lastNotification();
    const index = notification.actions.indexOf(text);
    if (index < 0) {
      throw new Error(
        `no button "${text}"; the notification has: ${notification.actions.join(' | ')}`,
      );
    }
    await this.request({ kind: 'notification-action', id: notification.id, index });
  }

  /** The system fails to show a notification, after it was asked to. */
  failNotification(id = this.lastNotification().id): Promise<void> {
    return this.request({ kind: 'notification-fail', id }).then(() => undefined);
  }

  /** Chromium's renderer for a window's page dies, as when it crashes. */
  async crashWindow(kind: string): Promise<void> {
    const page = await this.window(kind);
    const session = await this.context.newCDPSession(page);
    await session.send('Page.crash').catch(() => undefined);
  }

  /** The OS's idle reading: a constant, or growing from now on as when the person has left. */
  setIdle(seconds: number, growing = false): Promise<void> {
    return this.request({ kind: 'idle', seconds, growing }).then(() => undefined);
  }

  /** The person presses a global shortcut the app registered. */
  pressShortcut(accelerator: string): Promise<void> {
    return this.request({ kind: 'shortcut-press', accelerator }).then(() => undefined);
  }

  /** Another app holds this shortcut from now on. */
  takeShortcutElsewhere(accelerator: string): Promise<void> {
    return this.request({ kind: 'shortcut-take', accelerator }).then(() => undefined);
  }

  power(event: Extract<Request, { kind: 'power' }>['event']): Promise<void> {
    return this.request({ kind: 'power', event }).then(() => undefined);
  }

  setSystemTheme(dark: boolean): Promise<void> {
    return this.request({ kind: 'theme', dark }).then(() => undefined);
  }

  /** What the app's permission handler answers a page of this window. */
  async askPermission(windowId: number, permission: string): Promise<boolean> {
    const answer = (await this.request({ kind: 'permission', windowId, permission })) as {
      granted: boolean;
    };
    return answer.granted;
  }

  /**
   * Time passes, awake, for the app and (with `pageClock`) its pages, in steps of `step`: due
   * timers fire in order, and the pages' timers keep pace with main's.
   */
  async advance(ms: number, step = ms): Promise<void> {
    for (let done = 0; done < ms; done += step) {
      const length = Math.min(step, ms - done);
      if (this.options.pageClock) await this.context.clock.runFor(length);
      this.clock = (await this.request({ kind: 'advance', ms: length })) as ClockReading;
    }
  }

  /** The computer sleeps for `ms`: wall time and uptime move, awake time and timers wait. */
  async sleep(ms: number): Promise<void> {
    this.clock = (await this.request({ kind: 'sleep', ms })) as ClockReading;
  }

  /**
   * Waits until `check` holds, re-checking on everything the app does and every few
   * milliseconds (for what it does to files); fails after a long while, saying what it saw.
   */
  waitFor(check: () => boolean, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    // A fault fails the wait at once: whatever it waits for is not coming as it should.
    const faultsBefore = this.faults.length;
    return new Promise((resolve, reject) => {
      const poll = setInterval(() => this.changed(), 50);
      const stop = () => {
        clearTimeout(guard);
        clearInterval(poll);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        check: () => check() || this.faults.length > faultsBefore,
        resolve: () => {
          stop();
          if (check()) resolve();
          else
            reject(
              new Error(`while waiting for ${what}: ${this.faults.slice(faultsBefore).join('; ')}`),
            );
        },
      };
      const guard = setTimeout(() => {
        stop();
        reject(new Error(`never saw ${what}.${this.diagnosis()}`));
      }, HANG_GUARD_MS);
      this.waiters.add(waiter);
    });
  }

  /** Waits for the process to end by itself. */
  async waitForExit(): Promise<{ code: number | null; signal: string | null }> {
    await this.waitFor(() => this.exit !== null, 'the app end');
    return this.exit!;
  }

  diagnosis(): string {
    const tail = (text: string) => text.split('\n').slice(-15).join('\n');
    return [
      this.faults.length ? `\nfaults:\n${this.faults.join('\n')}` : '',
      this.exit ? `\nthe app ended: ${JSON.stringify(this.exit)}` : '',
      this.stderr ? `\nstderr:\n${tail(this.stderr)}` : '',
      this.stdout ? `\nstdout:\n${tail(this.stdout)}` : '',
    ].join('');
  }

  /** Ends the process at once (test clean-up); the app gets no say. */
  kill(): void {
    if (this.exit === null && this.child.pid !== undefined) this.child.kill('SIGKILL');
  }

  // ---------------------------------------------------------------------------------- plumbing

  request(request: Request): Promise<unknown> {
    if (this.ended || !this.child.connected) {
      return Promise.reject(new Error(`the app has ended: ${request.kind}`));
    }
    const id = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ kind: 'request', id, request } satisfies Downward, (error) => {
        if (!error) return;
        this.pending.delete(id);
        reject(error);
      });
    });
  }

  private changed(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  private fault(message: string): void {
    this.faults.push(message);
    this.changed();
  }

  private receive(message: Upward): void {
    switch (message.kind) {
      case 'ready':
        this.ready = true;
        break;
      case 'tray':
        this.trays.set(message.tray.id, message.tray);
        this.trayReadyAt ??= performance.now();
        break;
      case 'notification-shown':
        this.notifications.push(message.notification);
        this.notificationsOnScreen.set(message.notification.id, message.notification);
        break;
      case 'notification-closed':
        this.notificationsOnScreen.delete(message.id);
        break;
      case 'window-created':
        this.windowCreated(message.windowId, message.spec);
        break;
      case 'window-load':
        this.queue(message.load.windowId, () => this.load(message.load));
        break;
      case 'window-shown':
        this.windows.get(message.windowId)!.shown = message.focus ? 'focused' : 'inactive';
        break;
      case 'window-destroyed': {
        // Gone for the app at once; its page closes once the work before it is done.
        const record = this.windows.get(message.windowId)!;
        record.destroyed = true;
        record.shown = null;
        this.queue(message.windowId, () => this.closePage(message.windowId));
        break;
      }
      case 'push':
        this.queue(message.windowId, () =>
          this.push(message.windowId, message.channel, message.args),
        );
        break;
      case 'theme':
        for (const page of this.livePages()) {
          void page
            .emulateMedia({ colorScheme: message.dark ? 'dark' : 'light' })
            .catch(() => undefined);
        }
        break;
      case 'call':
        this.calls.push({ call: message.call, args: message.args });
        break;
      case 'ask': {
        const answer = (this.options.answer ?? defaultAnswer)(message.call, message.args);
        this.calls.push({ call: message.call, args: message.args });
        void this.request({ kind: 'answer', askId: message.askId, answer }).catch(() => undefined);
        break;
      }
      case 'fault':
        this.faults.push(message.message);
        break;
      case 'reply': {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.ok) pending?.resolve(message.value);
        else pending?.reject(new Error(message.error));
        break;
      }
      case 'exiting':
        this.clock = message.clock;
        break;
    }
    this.changed();
  }

  /** Work on one window happens in order: create, load, pushes, destroy. */
  private queue(windowId: number, work: () => Promise<unknown>): void {
    const previous = this.windowWork.get(windowId) ?? Promise.resolve();
    const next = previous.then(work).catch((error: Error) => {
      if (!this.ended) this.fault(`window ${windowId}: ${error.message}`);
    });
    this.windowWork.set(windowId, next);
  }

  private windowCreated(windowId: number, spec: WindowSpec): void {
    const record: WindowRecord = {
      id: windowId,
      spec,
      appUrl: null,
      page: null,
      loaded: false,
      shown: spec.show ? 'focused' : null,
      destroyed: false,
    };
    this.windows.set(windowId, record);
    this.queue(windowId, async () => {
      // A window destroyed before its page came gets none.
      if (record.destroyed) return;
      const page = await this.context.newPage();
      await page.setViewportSize({ width: spec.width, height: spec.height });
      record.page = page;
      this.pageWindows.set(page, record);
      page.on('pageerror', (error) =>
        this.fault(`page error in ${record.appUrl}: ${error.stack ?? error.message}`),
      );
      page.on('console', (message) => {
        const level =
          ({ error: 'error', warning: 'warning', info: 'info', debug: 'debug' } as const)[
            message.type() as 'error'
          ] ?? 'info';
        if (level === 'error') this.fault(`console error in ${record.appUrl}: ${message.text()}`);
        const location = message.location();
        void this.request({
          kind: 'console',
          windowId,
          level,
          message: message.text(),
          lineNumber: location.lineNumber,
          sourceId: seenByApp(location.url),
        }).catch(() => undefined);
      });
      page.on('crash', () => {
        void this.request({ kind: 'page-gone', windowId, reason: 'crashed' }).catch(
          () => undefined,
        );
      });
      page.on('close', () => {
        if (record.destroyed || this.ended) return;
        void this.request({ kind: 'page-gone', windowId, reason: 'clean-exit' }).catch(
          () => undefined,
        );
      });
      page.on('popup', (popup) => {
        void (async () => {
          const url = popup.url();
          await popup.close().catch(() => undefined);
          const answer = (await this.request({ kind: 'window-open', windowId, url })) as {
            action: string;
          };
          if (answer.action === 'deny') this.refused.push(`open ${toAppUrl(url) ?? url}`);
          this.changed();
        })();
      });
    });
  }

  private async load(load: PageLoad): Promise<void> {
    const record = this.windows.get(load.windowId)!;
    const page = record.page;
    if (record.destroyed || !page) return;
    record.appUrl = load.appUrl;
    record.loaded = false;
    await page.emulateMedia({ colorScheme: load.colorScheme });
    if (load.preload) {
      const text = readFileSync(this.pagePreload, 'utf8');
      await page.addInitScript({
        content: `(() => {
  if (window.top !== window) return;
  ${text}
  electronPreloadSandbox.runPreload(function (require, module, exports) {
${load.preload.text}
});
})();`,
      });
    }
    this.expectedNavigation.set(load.windowId, load.pageUrl);
    await page.goto(load.pageUrl, { waitUntil: 'load' });
    record.loaded = true;
    await this.request({ kind: 'page-loaded', windowId: load.windowId });
  }

  private async push(windowId: number, channel: string, args: unknown[]): Promise<void> {
    const page = this.windows.get(windowId)?.page;
    if (!page || page.isClosed()) return;
    await page
      .evaluate(
        ([name, c, a]) =>
          (globalThis as unknown as Record<string, (c: string, a: unknown[]) => void>)[name]?.(
            c,
            a,
          ),
        [PUSH, channel, args] as const,
      )
      .catch(() => undefined);
  }

  private async closePage(windowId: number): Promise<void> {
    const page = this.windows.get(windowId)!.page;
    if (page && !page.isClosed()) await page.close();
  }

  /** Every request a page makes: the app's protocol answers its scheme; nothing goes out. */
  async route(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    let record: WindowRecord | undefined;
    try {
      const frame = request.frame();
      record = this.pageWindows.get(frame.page());
      if (record && request.isNavigationRequest() && frame === frame.page().mainFrame()) {
        if (this.expectedNavigation.get(record.id) === url) {
          this.expectedNavigation.delete(record.id);
        } else {
          const { prevented } = (await this.request({
            kind: 'will-navigate',
            windowId: record.id,
            url,
          })) as { prevented: boolean };
          if (prevented) {
            this.refused.push(`navigate ${toAppUrl(url) ?? url}`);
            this.changed();
            return route.abort('aborted');
          }
        }
      }
    } catch {
      // A worker's request has no frame; it is served like any other.
    }
    const appUrl = toAppUrl(url);
    if (!appUrl) {
      this.fault(`a page asked for ${url}: the stand-in reaches no network`);
      return route.abort('blockedbyclient');
    }
    const headers = request.headers();
    if (headers.referer) headers.referer = seenByApp(headers.referer);
    try {
      const answer = (await this.request({
        kind: 'protocol',
        url: appUrl,
        method: request.method(),
        headers,
        body: request.postDataBuffer(),
      })) as ProtocolAnswer;
      this.responses.push({ url: appUrl, status: answer.status, headers: answer.headers });
      await route.fulfill({
        status: answer.status,
        headers: answer.headers,
        body: Buffer.from(answer.body),
      });
    } catch (error) {
      if (!this.ended) this.fault(`${appUrl}: ${(error as Error).message}`);
      await route.abort('failed').catch(() => undefined);
    }
  }

  /** A page's call through the preload's `ipcRenderer.invoke`, or a fault it reports. */
  async binding(page: Page, frameUrl: string, top: boolean, message: BindingMessage) {
    const record = this.pageWindows.get(page);
    if (message.kind === 'fault') {
      this.fault(`in ${record?.appUrl ?? frameUrl}: ${message.message}`);
      return undefined;
    }
    if (!record) throw new Error('a page the app did not open');
    return (await this.request({
      kind: 'invoke',
      windowId: record.id,
      frame: { url: frameUrl, top },
      channel: message.channel,
      args: message.args,
    })) as InvokeAnswer;
  }
}

/** One Chromium and the built stand-in for a test file; apps come and go. */
export class BootDesktop {
  private apps: RunningApp[] = [];
  private homes: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly standin: { register: string; launch: string; pagePreload: string },
  ) {}

  /** A fresh, empty home folder, removed after the test. */
  newHome(): string {
    const home = mkdtempSync(join(tmpdir(), 'backbreak-boot-'));
    this.homes.push(home);
    return home;
  }

  async start(options: BootOptions = {}): Promise<RunningApp> {
    const home = options.home ?? this.newHome();
    const appPath = options.packaged?.appPath ?? PROJECT;
    const userData = userDataOf(home, options.platform ?? 'linux');
    // The app's temporary files land in the home too, where a test can see what is left.
    mkdirSync(join(home, 'tmp'), { recursive: true });
    for (const [name, text] of Object.entries(options.files ?? {})) {
      mkdirSync(dirname(join(userData, name)), { recursive: true });
      writeFileSync(join(userData, name), text);
    }
    const clock = options.clock ?? mondayMorning();
    const settings: StandinSettings = {
      appPath,
      clock,
      platform: options.platform ?? 'linux',
      idleSeconds: options.idleSeconds ?? 2,
      packaged: options.packaged ? { resourcesPath: options.packaged.resourcesPath } : null,
      home,
      electronVersion: electronVersion(),
      notificationsSupported: options.notificationsSupported ?? true,
      languages: options.languages ?? ['en-GB'],
    };
    const context = await this.browser.newContext({ serviceWorkers: 'block' });
    if (options.pageClock) {
      // Installed clocks flow with real time until paused: paused, the pages' time moves only
      // when the test moves the app's clock, never with how long the machine took.
      await context.clock.install({ time: clock.wallMs });
      await context.clock.pauseAt(clock.wallMs);
    }
    // Set up before the app starts, so its first window finds them in place.
    let app: RunningApp | null = null;
    await context.route('**/*', (route) => app!.route(route));
    await context.exposeBinding(BINDING, (source, message: BindingMessage) =>
      app!.binding(source.page, source.frame.url(), source.frame.parentFrame() === null, message),
    );
    const startedAt = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', this.standin.register, this.standin.launch],
      {
        cwd: appPath,
        // Only what the app's process needs: nothing of the test runner's leaks in.
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: home,
          XDG_CONFIG_HOME: join(home, '.config'),
          TMPDIR: join(home, 'tmp'),
          TZ: process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          LANG: 'en_US.UTF-8',
          [STANDIN_ENV.settings]: JSON.stringify(settings),
        },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        serialization: 'advanced',
      },
    );
    app = new RunningApp(child, context, home, options, this.standin.pagePreload);
    app.startedAt = startedAt;
    this.apps.push(app);
    return app;
  }

  /** Ends every app still running and removes the homes made for the test. */
  async cleanUp(): Promise<void> {
    for (const app of this.apps) {
      app.kill();
      await app.exited;
      await app.context.close().catch(() => undefined);
    }
    this.apps = [];
    for (const home of this.homes) rmSync(home, { recursive: true, force: true });
    this.homes = [];
  }

  /** Faults of every app of the test: what the stand-in could not do, errors main did not catch. */
  faults(): string[] {
    return this.apps.flatMap((app) => app.faults);
  }
}
