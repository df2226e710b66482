import type { FrontAppAnswer, SignalAnswer } from '../../core/busySignals';
import type { RunCommand } from './commands';

/**
 * Full screen and the front app on Linux X11, from the window manager's own records through
 * `xprop`: the root window names the active window (`_NET_ACTIVE_WINDOW`), whose
 * `_NET_WM_STATE` says whether it is full screen and whose `WM_CLASS` names its program.
 * Wayland keeps other apps' windows private, so there the answer is "cannot tell"; XWayland
 * would only show X apps, which is worse than nothing.
 */

export interface X11Session {
  /** XDG_SESSION_TYPE: 'wayland', 'x11', 'tty' or unset. */
  sessionType: string | undefined;
  /** DISPLAY: set where an X server is reachable. */
  display: string | undefined;
}

export interface ActiveWindow {
  fullScreen: boolean;
  /** WM_CLASS: the instance and class names, e.g. "zoom", "zoom". */
  names: string[];
}

/** `xprop -root _NET_ACTIVE_WINDOW`; null when no window is active. */
export function parseActiveWindowId(stdout: string): string | null {
  const id = /window id # (0x[0-9a-f]+)/i.exec(stdout)?.[1];
  return id === undefined || /^0x0+$/i.test(id) ? null : id;
}

/** `xprop -id <id> _NET_WM_STATE WM_CLASS`. */
export function parseActiveWindow(stdout: string): ActiveWindow {
  const state = /^_NET_WM_STATE\(ATOM\) = (.*)$/m.exec(stdout)?.[1] ?? '';
  const classes = /^WM_CLASS\(STRING\) = (.*)$/m.exec(stdout)?.[1] ?? '';
  return {
    fullScreen: state.split(/,\s*/).includes('_NET_WM_STATE_FULLSCREEN'),
    names: [...classes.matchAll(/"([^"]*)"/g)].map((match) => match[1]!).filter(Boolean),
  };
}

type WindowReading = { state: 'known'; window: ActiveWindow | null } | FrontAppUnknown;
type FrontAppUnknown = Extract<FrontAppAnswer, { state: 'unknown' }>;

export function isX11(session: X11Session): boolean {
  return Boolean(session.display) && session.sessionType !== 'wayland';
}

async function readActiveWindow(run: RunCommand): Promise<WindowReading> {
  const root = await run('xprop', ['-root', '_NET_ACTIVE_WINDOW']);
  if (!root.ok) {
    return root.missing
      ? { state: 'unknown', cause: 'missing', why: 'x11-needs-xprop' }
      : { state: 'unknown', cause: 'failed', why: 'x11-failed' };
  }
  const id = parseActiveWindowId(root.stdout);
  if (id === null) return { state: 'known', window: null };
  const window = await run('xprop', ['-id', id, '_NET_WM_STATE', 'WM_CLASS']);
  // The window may have closed between the two reads: this time only.
  if (!window.ok) return { state: 'unknown', cause: 'failed', why: 'x11-failed' };
  return { state: 'known', window: parseActiveWindow(window.stdout) };
}

/**
 * Both signals come from one look at the active window: while a read is under way, the other
 * signal shares it, so a check spawns xprop twice, not four times.
 */
export function createX11ActiveWindow(run: RunCommand): {
  fullScreen(): Promise<SignalAnswer>;
  frontApp(): Promise<FrontAppAnswer>;
} {
  let inFlight: Promise<WindowReading> | null = null;
  const read = () => {
    inFlight ??= readActiveWindow(run).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
  return {
    async fullScreen() {
      const reading = await read();
      if (reading.state !== 'known') return reading;
      return reading.window?.fullScreen
        ? { state: 'busy', reason: { signal: 'full-screen', how: 'full-screen' } }
        : { state: 'free' };
    },
    async frontApp() {
      const reading = await read();
      if (reading.state !== 'known') return reading;
      return { state: 'known', names: reading.window?.names ?? [] };
    },
  };
}
