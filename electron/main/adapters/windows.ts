import { BrowserWindow, nativeTheme, screen, type Session, type WebPreferences } from 'electron';
import type { EventName, PayloadOf } from '../../shared/contract';
import { eventContract } from '../../shared/contract';
import type { Settings } from '../../shared/settingsSchema';
import type { WindowKind } from '../../shared/views';
import type { WindowsPort } from '../appPorts';
import { listeners } from '../core/listeners';
import type { Logger } from '../core/ports';

/**
 * Every window comes from `createAppWindow`, with the same locked-down web preferences. The
 * routine window is small and sits at the corner of the screen beside the person's work.
 */

/**
 * Nothing is loosened, for any window. Tests assert these on every window the app makes.
 * DevTools only where asked for: in development, never in a packaged build.
 */
export function secureWebPreferences(preload: string, devTools = false): WebPreferences {
  return {
    preload,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

const SIZES: Record<
  WindowKind,
  { width: number; height: number; minWidth: number; minHeight: number }
> = {
  routine: { width: 420, height: 620, minWidth: 320, minHeight: 480 },
  settings: { width: 560, height: 720, minWidth: 320, minHeight: 400 },
  history: { width: 640, height: 700, minWidth: 320, minHeight: 400 },
};

/** Gap between the routine window and the screen's edge. */
const EDGE = 16;

export interface WindowOptions {
  preload: string;
  /** Whether DevTools can open: in development only. */
  devTools?: boolean;
  pageUrl: (kind: WindowKind) => string;
  alwaysOnTop: boolean;
}

export function createAppWindow(kind: WindowKind, options: WindowOptions): BrowserWindow {
  const size = SIZES[kind];
  let position: { x: number; y: number } | undefined;
  if (kind === 'routine') {
    const area = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
    position = {
      x: area.x + area.width - size.width - EDGE,
      y: area.y + area.height - size.height - EDGE,
    };
  }
  const window = new BrowserWindow({
    ...size,
    ...position,
    show: false,
    autoHideMenuBar: true,
    fullscreenable: false,
    alwaysOnTop: kind === 'routine' && options.alwaysOnTop,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#13181b' : '#f7f6f2',
    webPreferences: {
      ...secureWebPreferences(options.preload, options.devTools),
      // The routine keeps time while hidden behind other windows, as a person expects.
      backgroundThrottling: kind !== 'routine',
    },
  });
  const contents = window.webContents;
  // Our pages never navigate or open windows; anything that tries is refused.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  void window.loadURL(options.pageUrl(kind));
  return window;
}

/** No page of ours needs a permission (Web Audio and speech need none), so none is granted. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** How a window shows once its page is ready: with or without the focus, or not yet. */
type Showing = 'focus' | 'inactive' | 'hidden';

/**
 * How many times in a row a crashed window is brought back before giving up on it. The count
 * starts again whenever the window is closed cleanly, so crashes days apart never add up.
 */
const MAX_RECOVERIES = 3;

export function createWindowsPort(
  options: Omit<WindowOptions, 'alwaysOnTop'> & {
    log: Logger;
    /** Tells the person that a window kept crashing and was closed (in their language). */
    tellCrashed: (kind: WindowKind) => void;
  },
): WindowsPort {
  const open = new Map<WindowKind, BrowserWindow>();
  /** How each window shows once its page is ready, and whether it is ready. */
  const showing = new WeakMap<BrowserWindow, { how: Showing; ready: boolean }>();
  const recoveries = new Map<WindowKind, number>();
  const closed = listeners<WindowKind>();
  let alwaysOnTop = false;

  const reveal = (window: BrowserWindow, focus: boolean) => {
    // A reminder must not take the keyboard from someone typing; a click on "start" may.
    if (focus) {
      window.show();
      window.focus();
    } else {
      window.showInactive();
    }
  };

  const make = (kind: WindowKind, how: Showing) => {
    const window = createAppWindow(kind, { ...options, alwaysOnTop });
    open.set(kind, window);
    const state = { how, ready: false };
    showing.set(window, state);
    window.once('ready-to-show', () => {
      state.ready = true;
      if (state.how !== 'hidden') reveal(window, state.how === 'focus');
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      // Only the window of this kind that is open now counts: news from one already replaced
      // or closed must not use up the next one's chances.
      if (details.reason === 'clean-exit' || open.get(kind) !== window) return;
      const count = (recoveries.get(kind) ?? 0) + 1;
      recoveries.set(kind, count);
      options.log.error(`the ${kind} window crashed (${details.reason})`, { attempt: count });
      if (count > MAX_RECOVERIES) {
        // A dead window must not be shown again: it goes, and the next open makes a fresh one.
        window.destroy();
        options.tellCrashed(kind);
        return;
      }
      open.delete(kind);
      window.destroy();
      make(kind, state.how === 'hidden' ? 'hidden' : 'inactive');
    });
    window.on('closed', () => {
      if (open.get(kind) !== window) return;
      open.delete(kind);
      recoveries.delete(kind);
      closed.emit(kind);
    });
  };

  return {
    open(kind, { focus }) {
      const existing = open.get(kind);
      if (existing && !existing.isDestroyed()) {
        const state = showing.get(existing)!;
        state.how = focus ? 'focus' : 'inactive';
        if (state.ready) reveal(existing, focus);
        return;
      }
      make(kind, focus ? 'focus' : 'inactive');
    },
    prepare(kind) {
      const existing = open.get(kind);
      if (!existing || existing.isDestroyed()) make(kind, 'hidden');
    },
    discard(kind) {
      const window = open.get(kind);
      if (!window || window.isDestroyed() || showing.get(window)?.how !== 'hidden') return;
      // Nobody saw it, so its going is no news to the app.
      open.delete(kind);
      window.destroy();
    },
    close(kind) {
      open.get(kind)?.close();
    },
    broadcast<E extends EventName>(event: E, payload: PayloadOf<E>) {
      for (const window of open.values()) {
        if (!window.isDestroyed()) window.webContents.send(eventContract[event].channel, payload);
      }
    },
    onClosed: closed.add,
    follow(settings: Pick<Settings, 'alwaysOnTop' | 'theme'>) {
      alwaysOnTop = settings.alwaysOnTop;
      nativeTheme.themeSource = settings.theme;
      const routine = open.get('routine');
      if (routine && !routine.isDestroyed()) routine.setAlwaysOnTop(alwaysOnTop);
    },
  };
}
