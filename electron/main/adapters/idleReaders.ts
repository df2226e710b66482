import { execFile } from 'node:child_process';
import { powerMonitor } from 'electron';
import type { IdleReader } from '../core/ports';

/**
 * The ways of asking the OS how long the person has been idle. Electron's reading comes first;
 * on Linux it reads 0 forever under Wayland, so three fallbacks follow there: GNOME Mutter's
 * IdleMonitor over D-Bus (through the gdbus CLI, so no native module), xprintidle on X11, and
 * logind's idle hint. Parsing is pure and exported so tests feed recorded outputs; commands run
 * through an injectable `runCommand`.
 */

/** Runs a program and resolves with its stdout, or null when it fails, times out or is missing. */
export type RunCommand = (file: string, args: readonly string[]) => Promise<string | null>;

/** Long enough for a busy session bus, short enough that a hung one cannot stall a check. */
const COMMAND_TIMEOUT_MS = 2_000;

export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { timeout: COMMAND_TIMEOUT_MS, windowsHide: true, encoding: 'utf8' },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });

// ------------------------------------------------------------ parsing

/** `gdbus call ... GetIdletime` prints `(uint64 12345,)`, milliseconds. Returns seconds. */
export function parseMutterIdletime(stdout: string): number | null {
  const match = /\(uint64 (\d+),?\)/.exec(stdout);
  return match ? Number(match[1]) / 1000 : null;
}

/** xprintidle prints milliseconds on one line. Returns seconds. */
export function parseXprintidle(stdout: string): number | null {
  const text = stdout.trim();
  return /^\d+$/.test(text) ? Number(text) / 1000 : null;
}

/**
 * `loginctl show-session <id> -p IdleHint -p IdleSinceHint` prints `IdleHint=yes|no` and
 * `IdleSinceHint=<µs since the epoch>`. Idle is 0 while the hint is "no". The desktop sets the
 * hint only after its own idle delay, so the idle start is late by that delay: coarse, but it
 * still sees long breaks where nothing else can. Returns seconds.
 */
export function parseLoginctlIdle(stdout: string, nowWallMs: number): number | null {
  const fields = new Map(
    stdout
      .split(/\r?\n/)
      .map((line) => line.trim().split('='))
      .filter((parts): parts is [string, string] => parts.length === 2),
  );
  const hint = fields.get('IdleHint');
  if (hint === 'no') return 0;
  if (hint !== 'yes') return null;
  const sinceText = fields.get('IdleSinceHint') ?? '';
  if (!/^\d+$/.test(sinceText)) return null;
  const sinceMs = Number(sinceText) / 1000;
  if (sinceMs <= 0) return null;
  return Math.max(0, nowWallMs - sinceMs) / 1000;
}

// ------------------------------------------------------------ readers

export function createElectronIdleReader(): IdleReader {
  return { name: 'electron', read: async () => powerMonitor.getSystemIdleTime() };
}

/** A command that has never worked after this many tries is not there: stop spawning it. */
const GIVE_UP_AFTER = 3;

/**
 * A reader backed by a command. Once it has answered, failures are taken as passing (a busy
 * bus); one that never answered stops being spawned after a few tries.
 */
function commandReader(
  name: string,
  file: string,
  args: readonly string[],
  parse: (stdout: string) => number | null,
  run: RunCommand,
  applicable = true,
): IdleReader {
  let answered = false;
  let failures = 0;
  return {
    name,
    async read() {
      if (!applicable || (!answered && failures >= GIVE_UP_AFTER)) return null;
      const stdout = await run(file, args);
      const seconds = stdout === null ? null : parse(stdout);
      if (seconds === null) {
        failures += 1;
      } else {
        answered = true;
        failures = 0;
      }
      return seconds;
    },
  };
}

export interface LinuxSession {
  /** XDG_SESSION_TYPE: 'wayland', 'x11', 'tty' or unset. */
  sessionType: string | undefined;
  /** DISPLAY: set where an X server (or XWayland) is reachable. */
  display: string | undefined;
  /** XDG_SESSION_ID: the logind session; 'auto' asks logind for the caller's own. */
  sessionId: string | undefined;
}

export function createMutterIdleReader(run: RunCommand = runCommand): IdleReader {
  const args = [
    'call',
    '--session',
    '--dest',
    'org.gnome.Mutter.IdleMonitor',
    '--object-path',
    '/org/gnome/Mutter/IdleMonitor/Core',
    '--method',
    'org.gnome.Mutter.IdleMonitor.GetIdletime',
  ];
  return commandReader('mutter', 'gdbus', args, parseMutterIdletime, run);
}

/**
 * xprintidle measures the X server's idle time. Under Wayland that is XWayland's, which sees
 * only input to X applications and so reports the person idle while they type elsewhere:
 * worse than no reading, so the reader stays silent there.
 */
export function createXprintidleReader(
  session: LinuxSession,
  run: RunCommand = runCommand,
): IdleReader {
  const x11 = Boolean(session.display) && session.sessionType !== 'wayland';
  return commandReader('xprintidle', 'xprintidle', [], parseXprintidle, run, x11);
}

export function createLoginctlIdleReader(
  session: LinuxSession,
  wallMs: () => number = Date.now,
  run: RunCommand = runCommand,
): IdleReader {
  const args = [
    'show-session',
    session.sessionId || 'auto',
    '-p',
    'IdleHint',
    '-p',
    'IdleSinceHint',
  ];
  return commandReader(
    'loginctl',
    'loginctl',
    args,
    (stdout) => parseLoginctlIdle(stdout, wallMs()),
    run,
  );
}

/**
 * The readers in the order the engine trusts them. The Linux fallbacks exist only on Linux,
 * where Electron's reading can be stuck; elsewhere Electron's is the only one, and the engine
 * never suspects a reader it has no alternative to.
 */
export function createIdleReaders(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  run: RunCommand = runCommand,
): IdleReader[] {
  const electron = createElectronIdleReader();
  if (platform !== 'linux') return [electron];
  const session: LinuxSession = {
    sessionType: env.XDG_SESSION_TYPE,
    display: env.DISPLAY,
    sessionId: env.XDG_SESSION_ID,
  };
  return [
    electron,
    createMutterIdleReader(run),
    createXprintidleReader(session, run),
    createLoginctlIdleReader(session, Date.now, run),
  ];
}
