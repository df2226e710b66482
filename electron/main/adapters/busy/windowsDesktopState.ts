import type { FrontAppAnswer, SignalAnswer } from '../../core/busySignals';
import type { RunCommand } from './commands';

/**
 * Full screen, presenting, Do Not Disturb and the front app on Windows, in one PowerShell run
 * that calls the system's own functions through Add-Type (no native module to build):
 *
 * - `SHQueryUserNotificationState`: Windows' own answer to "may an app interrupt now?":
 *   a full-screen app, a Direct3D game, presentation mode, or the quiet first hour.
 * - The Focus Assist / Do Not Disturb profile, from the shell's state notification
 *   (`WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED`: 0 off, 1 priority only, 2 alarms only).
 *   `SHQueryUserNotificationState` does not reflect it.
 * - Windows 11's Do Not Disturb switch and the "notifications from apps" switch, from the
 *   person's notification settings.
 * - The process of the foreground window, with its description ("Microsoft PowerPoint").
 *
 * PowerShell and Add-Type take a second or two, which is why it runs only when a reminder is
 * due or while one waits, and why it has a long deadline.
 */

const SCRIPT = `
[Console]::OutputEncoding = [Text.Encoding]::UTF8
Add-Type -Namespace Backbreak -Name Desktop -MemberDefinition @'
[DllImport("shell32.dll")] static extern int SHQueryUserNotificationState(out int state);
[DllImport("ntdll.dll")] static extern int NtQueryWnfStateData(ref ulong name, IntPtr type, IntPtr scope, out uint stamp, out uint buffer, ref uint size);
[DllImport("user32.dll")] static extern IntPtr GetForegroundWindow();
[DllImport("user32.dll")] static extern uint GetWindowThreadProcessId(IntPtr window, out uint processId);
public static int NotificationState() { int state; return SHQueryUserNotificationState(out state) == 0 ? state : -1; }
public static int QuietHours() { ulong name = 0x0D83063EA3BF1C75UL; uint stamp; uint profile; uint size = 4; return NtQueryWnfStateData(ref name, IntPtr.Zero, IntPtr.Zero, out stamp, out profile, ref size) == 0 ? (int)profile : -1; }
public static uint ForegroundProcess() { uint id; GetWindowThreadProcessId(GetForegroundWindow(), out id); return id; }
'@
"notification-state=" + [Backbreak.Desktop]::NotificationState()
"quiet-hours=" + [Backbreak.Desktop]::QuietHours()
"toasts-enabled=" + (Get-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Notifications\\Settings' -Name NOC_GLOBAL_SETTING_TOASTS_ENABLED -ErrorAction SilentlyContinue).NOC_GLOBAL_SETTING_TOASTS_ENABLED
"app-toasts-enabled=" + (Get-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\PushNotifications' -Name ToastEnabled -ErrorAction SilentlyContinue).ToastEnabled
$front = Get-Process -Id ([Backbreak.Desktop]::ForegroundProcess()) -ErrorAction SilentlyContinue
"front-process=" + $front.ProcessName
"front-description=" + $front.Description
`;

/** `powershell -EncodedCommand` takes the script as base64 of UTF-16LE: no quoting to go wrong. */
export function powershellArgs(script: string = SCRIPT): string[] {
  return [
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    Buffer.from(script, 'utf16le').toString('base64'),
  ];
}

const POWERSHELL_TIMEOUT_MS = 15_000;

export interface DesktopState {
  /** QUERY_USER_NOTIFICATION_STATE, or null when the call failed. */
  notificationState: number | null;
  /** 0 off, 1 priority only, 2 alarms only; null when unreadable. */
  quietHours: number | null;
  /** 0 when Windows 11's Do Not Disturb is on; null when never set. */
  toastsEnabled: number | null;
  /** 0 when notifications from apps are turned off; null when never set. */
  appToastsEnabled: number | null;
  frontNames: string[];
}

/** The script's `name=value` lines; null when it printed none of them (it did not run). */
export function parseDesktopState(stdout: string): DesktopState | null {
  const fields = new Map<string, string>();
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^([a-z-]+)=(.*)$/.exec(line.trim());
    if (match) fields.set(match[1]!, match[2]!.trim());
  }
  if (!fields.has('notification-state')) return null;
  const integer = (name: string) => {
    const text = fields.get(name) ?? '';
    return /^-?\d+$/.test(text) ? Number(text) : null;
  };
  // The script prints -1 where the system call failed.
  const called = (value: number | null) => (value === -1 ? null : value);
  return {
    notificationState: called(integer('notification-state')),
    quietHours: called(integer('quiet-hours')),
    toastsEnabled: integer('toasts-enabled'),
    appToastsEnabled: integer('app-toasts-enabled'),
    frontNames: ['front-process', 'front-description']
      .map((name) => fields.get(name) ?? '')
      .filter((name) => name.length > 0),
  };
}

const QUNS_BUSY = 2;
const QUNS_RUNNING_D3D_FULL_SCREEN = 3;
const QUNS_PRESENTATION_MODE = 4;
const QUNS_QUIET_TIME = 6;

export function fullScreenAnswer(state: DesktopState): SignalAnswer {
  switch (state.notificationState) {
    case null:
      return { state: 'unknown', cause: 'failed', why: 'windows-state-failed' };
    case QUNS_BUSY:
      return { state: 'busy', reason: { signal: 'full-screen', how: 'full-screen' } };
    case QUNS_RUNNING_D3D_FULL_SCREEN:
      return { state: 'busy', reason: { signal: 'full-screen', how: 'game' } };
    case QUNS_PRESENTATION_MODE:
      return { state: 'busy', reason: { signal: 'full-screen', how: 'presenting' } };
    default:
      // Accepting notifications, locked (away, not busy), the Start menu open, quiet time (Do Not Disturb's).
      return { state: 'free' };
  }
}

export function doNotDisturbAnswer(state: DesktopState): SignalAnswer {
  if (
    (state.quietHours !== null && state.quietHours > 0) ||
    state.toastsEnabled === 0 ||
    state.notificationState === QUNS_QUIET_TIME
  ) {
    return { state: 'busy', reason: { signal: 'do-not-disturb', how: 'focus' } };
  }
  if (state.appToastsEnabled === 0) {
    return { state: 'busy', reason: { signal: 'do-not-disturb', how: 'notifications-off' } };
  }
  if (state.quietHours === null && state.toastsEnabled === null) {
    return {
      state: 'unknown',
      cause: 'failed',
      why: 'windows-dnd-failed',
    };
  }
  return { state: 'free' };
}

export function frontAppAnswer(state: DesktopState): FrontAppAnswer {
  return { state: 'known', names: state.frontNames };
}

type StateReading =
  { state: 'known'; desktop: DesktopState } | Extract<SignalAnswer, { state: 'unknown' }>;

async function readDesktopState(run: RunCommand): Promise<StateReading> {
  const result = await run('powershell.exe', powershellArgs(), {
    timeoutMs: POWERSHELL_TIMEOUT_MS,
  });
  if (!result.ok && result.missing) {
    return {
      state: 'unknown',
      cause: 'missing',
      why: 'windows-needs-powershell',
    };
  }
  const desktop = result.ok ? parseDesktopState(result.stdout) : null;
  return desktop === null
    ? { state: 'unknown', cause: 'failed', why: 'windows-state-failed' }
    : { state: 'known', desktop };
}

/** The three signals share one PowerShell run per check. */
export function createWindowsDesktopState(run: RunCommand): {
  fullScreen(): Promise<SignalAnswer>;
  doNotDisturb(): Promise<SignalAnswer>;
  frontApp(): Promise<FrontAppAnswer>;
} {
  let inFlight: Promise<StateReading> | null = null;
  const read = () => {
    inFlight ??= readDesktopState(run).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
  const from =
    <A>(answer: (state: DesktopState) => A) =>
    async (): Promise<A | Extract<SignalAnswer, { state: 'unknown' }>> => {
      const reading = await read();
      return reading.state === 'known' ? answer(reading.desktop) : reading;
    };
  return {
    fullScreen: from(fullScreenAnswer),
    doNotDisturb: from(doNotDisturbAnswer),
    frontApp: from(frontAppAnswer),
  };
}
