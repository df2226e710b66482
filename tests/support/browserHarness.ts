import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { App } from '../../electron/main/app';
import { createApp } from '../../electron/main/app';
import type { NotifierPort, ReminderAnswers, WindowsPort } from '../../electron/main/appPorts';
import { readBundleFile } from '../../electron/main/adapters/bundleFiles';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { createUserRoutinesFolder } from '../../electron/main/adapters/userRoutinesFolder';
import { createHistoryFile } from '../../electron/main/adapters/historyFile';
import { createSettingsStorage } from '../../electron/main/adapters/settingsStorage';
import { createSnapshotFile } from '../../electron/main/adapters/snapshotFile';
import { seededRandom } from '../../electron/main/core/chooseRoutine';
import { serializeRecord } from '../../electron/main/core/historyLog';
import type { Notice, ReminderNotice } from '../../electron/main/core/reminderNotice';
import type { TrayView } from '../../electron/main/core/trayModel';
import { registerIpc, type InvokeEventLike } from '../../electron/main/ipc';
import { eventChannels } from '../../electron/shared/channels';
import type { BusySignal, BusyWhy } from '../../electron/shared/busy';
import type { HistoryRecord } from '../../electron/shared/historySchema';
import { defaultSettings, type Settings } from '../../electron/shared/settingsSchema';
import type { WindowKind } from '../../electron/shared/views';
import { launchChromium } from './chromium';
import { FakeBusySignals } from './fakeBusySignals';
import { FakeClock } from './fakeClock';
import { FakePerson } from './fakePerson';
import { FakePowerEvents } from './fakePowerEvents';
import { FakeShortcutKeys } from './fakeShortcutKeys';
import { RecordingLogger } from './recordingLogger';
import { trayPictureHtml } from './trayPicture';

/**
 * The browser end-to-end rig. The built renderer (`out/renderer`) opens in real Chromium; the
 * page gets the very `createApi` the preload exposes, and every call it makes goes through the
 * same `registerIpc` checks and handlers to the real main-side app in this Node process, with
 * real settings and history files in a temp folder. Only what cannot run here is simulated:
 * the clock and idle readings (a scripted person), the busy signals (the test says when the
 * person is on a call), the tray, notifications, the global shortcut and the save dialog.
 *
 * The test file must mock `electron` (ipc.ts imports ipcMain from it):
 *   vi.mock('electron', () => import('../support/fakeElectronModule'));
 */

/** A made-up origin the pages load from; requests to it are answered from the bundle. */
export const PAGE_ORIGIN = 'https://backbreak.test';
const RENDERER = resolve('out/renderer');
const ARTIFACTS = resolve('tests/.artifacts/screenshots');
/** Where screenshots go: the README's folder for `npm run screenshots`, else test artifacts. */
const SCREENSHOTS = resolve(process.env.SCREENSHOTS_DIR ?? ARTIFACTS);
/** The pictures the README shows: only these are refreshed in its folder, the rest are artifacts. */
const README_PICTURES = new Set(
  [...readFileSync('README.md', 'utf8').matchAll(/docs\/screenshots\/([\w-]+)\.png/g)].map(
    (m) => m[1],
  ),
);
const screenshotPath = (name: string) =>
  join(
    SCREENSHOTS === ARTIFACTS || README_PICTURES.has(name) ? SCREENSHOTS : ARTIFACTS,
    `${name}.png`,
  );

let bridgeScript: Promise<string> | null = null;

/** The preload's `createApi`, bundled for the page with an invoke that crosses to Node. */
function pageBridge(): Promise<string> {
  bridgeScript ??= (async () => {
    const entry = join(mkdtempSync(join(tmpdir(), 'backbreak-bridge-')), 'bridge.ts');
    writeFileSync(
      entry,
      `import { createApi } from ${JSON.stringify(resolve('electron/preload/api.ts'))};
const listeners = new Map();
window.__backbreakEmit = (channel, payload) => (listeners.get(channel) ?? []).forEach((l) => l(payload));
window.backbreak = createApi(
  (channel, payload) => window.__backbreakInvoke(channel, payload),
  (channel, listener) => {
    listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    return () => listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener));
  },
);`,
    );
    const output = await build({
      configFile: false,
      logLevel: 'error',
      build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'bridge' } },
    });
    const chunks = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
    return chunks.output[0]!.code!;
  })();
  return bridgeScript;
}

export interface HarnessOptions {
  settings?: Partial<Settings>;
  /** The settings file exactly as written, broken or not. */
  settingsText?: string;
  history?: HistoryRecord[];
  /** Extra files in the person's own routines folder: name → JSON text. */
  userRoutines?: Record<string, string>;
  startWallMs?: number;
  seed?: number;
  /** The system's preferred languages, as the OS lists them (English unless a test says). */
  systemLanguages?: string[];
  /** Keep only these bundled routines (all exercises stay), so a test knows what is offered. */
  routines?: string[];
  /** Busy signals this computer can never read, with the reason, as an OS's adapter says. */
  cannotRead?: Partial<Record<BusySignal, BusyWhy>>;
  /** Shortcuts other apps hold. */
  takenShortcuts?: string[];
}

/** The real bundled files, optionally narrowed to some routines. */
function bundledContent(keep?: string[]) {
  const read = readContentFolder(resolve('routines'), 'bundled', 'routines');
  if (!keep) return read;
  const wanted = new Set(keep.map((id) => `routines/routines/${id}.json`));
  return {
    ...read,
    files: read.files.filter((f) => !f.file.startsWith('routines/routines/') || wanted.has(f.file)),
  };
}

/** Each window's size as main opens it (electron/main/adapters/windows.ts). */
export const WINDOW_SIZES: Record<WindowKind, { width: number; height: number }> = {
  routine: { width: 420, height: 620 },
  settings: { width: 560, height: 720 },
  history: { width: 640, height: 700 },
};

export interface PageOptions {
  /** A narrower or shorter window than main opens, in CSS pixels. */
  viewport?: { width: number; height: number };
  /** Page zoom: 2 is 200%, so the window's pixels hold half as many CSS pixels each way. */
  zoom?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * Install Playwright's clock, paused once the page has loaded: the page's time then moves
   * only when the test moves it (`page.clock.runFor`), never with the machine's own speed.
   */
  fakeTime?: boolean;
}

export interface Harness {
  app: App;
  log: RecordingLogger;
  clock: FakeClock;
  person: FakePerson;
  power: FakePowerEvents;
  /** Free until the test makes the person busy. */
  busy: FakeBusySignals;
  keys: FakeShortcutKeys;
  folder: string;
  notices: {
    reminders: ReminderNotice[];
    told: Notice[];
    closed: number;
    /** What clicking the last reminder's buttons would do. */
    last: ReminderAnswers | null;
  };
  trayViews: TrayView[];
  loginItem: boolean[];
  exported: string[];
  /** Windows main opened or closed, in order: "open routine (no focus)", "close routine". */
  windowLog: string[];
  /** The page main opened for a window, once it has loaded. */
  page(kind: WindowKind): Promise<Page>;
  /**
   * Time passes for the page (its paused Playwright clock) and for main (the fake clock) alike,
   * `step` at a time. Each step the page jumps ahead as a window hidden for that long would:
   * each due timer fires once, with one animation frame. The player reckons from timestamps, so
   * it lands exactly where a watched one would, and a long routine costs no more than a short
   * one. A call the page makes during a step reaches main at the start or the end of it.
   */
  pass(page: Page, ms: number, step?: number): Promise<void>;
  /** Opens a window as the person would from the tray, and returns its page. */
  open(kind: WindowKind, options?: PageOptions): Promise<Page>;
  pageOptions: PageOptions;
  readSettingsFile(): Record<string, unknown>;
  readHistoryFile(): string;
  screenshot(page: Page, name: string): Promise<void>;
  /** The tray as the app shows it now, drawn in a page of its own for a screenshot. */
  trayPicture(options?: { dark?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(
  browser: Browser,
  options: HarnessOptions = {},
): Promise<Harness> {
  if (!existsSync(join(RENDERER, 'routine.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  }
  const folder = mkdtempSync(join(tmpdir(), 'backbreak-e2e-'));
  if (options.settingsText !== undefined)
    writeFileSync(join(folder, 'settings.json'), options.settingsText);
  else if (options.settings) {
    writeFileSync(
      join(folder, 'settings.json'),
      JSON.stringify({ ...defaultSettings(), ...options.settings }),
    );
  }
  if (options.history) {
    writeFileSync(join(folder, 'history.jsonl'), options.history.map(serializeRecord).join(''));
  }
  const userRoutines = join(folder, 'routines');
  if (options.userRoutines) {
    mkdirSync(userRoutines, { recursive: true });
    for (const [name, text] of Object.entries(options.userRoutines))
      writeFileSync(join(userRoutines, name), text);
  }

  const clock = new FakeClock(options.startWallMs);
  const person = new FakePerson(clock);
  const power = new FakePowerEvents();
  const busy = new FakeBusySignals(() => clock.monotonic());
  busy.cannot = options.cannotRead ?? {};
  const keys = new FakeShortcutKeys();
  for (const shortcut of options.takenShortcuts ?? []) keys.taken.add(shortcut);
  const log = new RecordingLogger();
  const notices: Harness['notices'] = { reminders: [], told: [], closed: 0, last: null };
  const trayViews: TrayView[] = [];
  const loginItem: boolean[] = [];
  const exported: string[] = [];
  const windowLog: string[] = [];
  const contexts = new Map<WindowKind, Promise<{ context: BrowserContext; page: Page }>>();
  const closedListeners = new Set<(kind: WindowKind) => void>();
  const pageOptions: PageOptions = {};
  const pictures: BrowserContext[] = [];
  const bridge = await pageBridge();

  const handlers = new Map<string, (event: InvokeEventLike, payload?: unknown) => unknown>();

  const openPage = async (kind: WindowKind, optionsForPage: PageOptions) => {
    const zoom = optionsForPage.zoom ?? 1;
    const size = optionsForPage.viewport ?? WINDOW_SIZES[kind];
    const context = await browser.newContext({
      viewport: { width: Math.round(size.width / zoom), height: Math.round(size.height / zoom) },
      deviceScaleFactor: zoom,
      colorScheme: optionsForPage.colorScheme ?? 'light',
      reducedMotion: optionsForPage.reducedMotion ?? 'no-preference',
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => log.error(`page error in ${kind}: ${error.message}`));
    // A minute early: the page loads with its time flowing, then is paused at main's time.
    if (optionsForPage.fakeTime) await page.clock.install({ time: clock.now() - 60_000 });
    await page.route(`${PAGE_ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      const file = await readBundleFile(`app://bundle${url.pathname}`, RENDERER);
      if (!file) return route.fulfill({ status: 404, body: 'Not found' });
      return route.fulfill({ status: 200, headers: file.headers, body: file.body });
    });
    await page.exposeBinding(
      '__backbreakInvoke',
      async (source, channel: string, payload: unknown) => {
        const handler = handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        const frame = source.frame;
        return handler({ senderFrame: { url: frame.url(), parent: frame.parentFrame() } }, payload);
      },
    );
    await page.addInitScript({ content: bridge });
    await page.goto(`${PAGE_ORIGIN}/${kind}.html`);
    // Installed clocks flow with real time until paused; a loaded machine would otherwise
    // move the page's time on by however long the test's own steps took.
    if (optionsForPage.fakeTime) await page.clock.pauseAt(clock.now());
    return { context, page };
  };

  /** Windows main made ready that nobody has opened yet. */
  const prepared = new Set<WindowKind>();
  const openEntry = (kind: WindowKind) => {
    const entry = openPage(kind, pageOptions);
    contexts.set(kind, entry);
    // A closed page is a destroyed window: main hears of it as it would from Electron.
    void entry.then(({ page }) =>
      page.on('close', () => {
        if (contexts.get(kind) !== entry) return;
        contexts.delete(kind);
        prepared.delete(kind);
        windowLog.push(`closed ${kind}`);
        closedListeners.forEach((listener) => listener(kind));
      }),
    );
  };

  const windows: WindowsPort = {
    open(kind, { focus }) {
      windowLog.push(`open ${kind}${focus ? '' : ' (no focus)'}`);
      prepared.delete(kind);
      if (!contexts.has(kind)) openEntry(kind);
    },
    prepare(kind) {
      if (contexts.has(kind)) return;
      windowLog.push(`prepare ${kind}`);
      prepared.add(kind);
      openEntry(kind);
    },
    discard(kind) {
      if (!prepared.delete(kind)) return;
      windowLog.push(`discard ${kind}`);
      const entry = contexts.get(kind);
      // Gone unseen: its close is no news to main.
      contexts.delete(kind);
      void entry?.then(({ context }) => context.close());
    },
    close(kind) {
      windowLog.push(`close ${kind}`);
      void contexts.get(kind)?.then(({ context }) => context.close());
    },
    broadcast(event, payload) {
      const channel = eventChannels[event];
      for (const entry of contexts.values()) {
        void entry.then(({ page }) =>
          page
            .evaluate(
              ([c, p]) =>
                (
                  globalThis as unknown as { __backbreakEmit?: (c: string, p: unknown) => void }
                ).__backbreakEmit?.(c, p),
              [channel, payload] as const,
            )
            .catch(() => undefined),
        );
      }
    },
    onClosed(listener) {
      closedListeners.add(listener);
      return () => closedListeners.delete(listener);
    },
    follow() {},
  };

  const notifier: NotifierPort = {
    showReminder(notice, handlers) {
      notices.reminders.push(notice);
      notices.last = handlers;
      return true;
    },
    closeReminder() {
      notices.closed++;
    },
    tell(notice) {
      notices.told.push(notice);
    },
  };

  const random = seededRandom(options.seed ?? 7);
  const app: App = createApp({
    clock,
    timers: clock,
    log,
    settingsStorage: createSettingsStorage(folder),
    historyFile: createHistoryFile(join(folder, 'history.jsonl')),
    engineSnapshot: createSnapshotFile(join(folder, 'sitting-state.json')),
    bundledContent: bundledContent(options.routines),
    userRoutinesFolder: userRoutines,
    userRoutines: createUserRoutinesFolder(userRoutines),
    idleReaders: [person.reader()],
    power,
    busySignals: busy,
    shortcut: keys,
    windows,
    notifier,
    tray: { show: (view) => trayViews.push(view) },
    loginItem: { set: (enabled) => loginItem.push(enabled) },
    exportFile: {
      async save(name, text) {
        const path = join(folder, 'exports', name);
        mkdirSync(join(folder, 'exports'), { recursive: true });
        writeFileSync(path, text);
        exported.push(path);
        return path;
      },
    },
    quit: () => undefined,
    random,
    systemLanguages: () => options.systemLanguages ?? ['en-GB'],
  });
  registerIpc({ handle: (channel, listener) => handlers.set(channel, listener) }, app.handlers, {
    trustedOrigins: [PAGE_ORIGIN],
    log,
    words: () => app.words(),
  });
  await app.start();

  const pageOf = async (kind: WindowKind) => {
    const entry = contexts.get(kind);
    if (!entry) throw new Error(`main has not opened the ${kind} window`);
    const { page } = await entry;
    return page;
  };

  return {
    app,
    log,
    clock,
    person,
    power,
    busy,
    keys,
    folder,
    notices,
    trayViews,
    loginItem,
    exported,
    windowLog,
    pageOptions,
    page: pageOf,
    async pass(page, ms, step = ms) {
      for (let done = 0; done < ms; done += step) {
        const now = Math.min(step, ms - done);
        await page.clock.fastForward(now);
        await clock.advance(now);
      }
    },
    async open(kind, optionsForPage = {}) {
      Object.assign(pageOptions, optionsForPage);
      if (kind === 'routine') app.offerBreak('manual', true);
      else app.trayAction(kind);
      return pageOf(kind);
    },
    readSettingsFile: () =>
      JSON.parse(readFileSync(join(folder, 'settings.json'), 'utf8')) as Record<string, unknown>,
    readHistoryFile: () =>
      existsSync(join(folder, 'history.jsonl'))
        ? readFileSync(join(folder, 'history.jsonl'), 'utf8')
        : '',
    async screenshot(page, name) {
      const path = screenshotPath(name);
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path });
    },
    async trayPicture({ dark = false } = {}) {
      const view = trayViews.at(-1);
      if (!view) throw new Error('the app has not shown the tray yet');
      const context = await browser.newContext({ viewport: { width: 340, height: 330 } });
      pictures.push(context);
      const page = await context.newPage();
      await page.setContent(trayPictureHtml(view, dark));
      return page;
    },
    async close() {
      app.stop();
      for (const context of pictures) await context.close().catch(() => undefined);
      for (const entry of contexts.values())
        await entry.then(({ context }) => context.close()).catch(() => undefined);
      contexts.clear();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export { launchChromium };

export { closingAction } from './pageActions';
