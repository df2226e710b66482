import os from 'node:os';
import type {
  BusyReadings,
  BusySignal,
  BusySignals,
  CannotTell,
  FrontAppAnswer,
  SignalAnswer,
} from '../../core/busySignals';
import { rememberingMissing, runCommand, type RunCommand } from './commands';
import { CAMERA_SCAN, readLinuxCamera, type CameraScan } from './linuxCamera';
import { readLinuxDoNotDisturb } from './linuxDoNotDisturb';
import { readLinuxMicrophone } from './linuxMicrophone';
import { readMacCamera } from './macCamera';
import { readMacFrontApp } from './macFrontApp';
import { readMacMicrophone } from './macMicrophone';
import { createWindowsDesktopState } from './windowsDesktopState';
import { readWindowsDevice } from './windowsConsentStore';
import { createX11ActiveWindow, isX11, WAYLAND_WINDOWS } from './x11ActiveWindow';

/**
 * Picks the busy readers for this OS: one per signal the OS can tell, and for each one it
 * cannot, the sentence that says why. Every read has a deadline, so a hung tool never holds a
 * reminder up: past it, the signal answers "cannot tell" this time.
 */

type Reader = () => Promise<SignalAnswer | FrontAppAnswer>;

export interface BusySignalsOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  run?: RunCommand;
  cameraScan?: CameraScan;
  /** Wall ms when the computer last started (Windows ignores camera uses from before it). */
  bootedAtMs?: () => number;
  /** Longest a signal may take to answer; PowerShell's first run needs several seconds. */
  deadlineMs?: number;
}

const DEADLINE_MS = 20_000;

const MAC_FOCUS =
  'macOS does not let apps see whether Focus is on (only with Full Disk Access, which Backbreak does not ask for).';
const MAC_FULL_SCREEN =
  'macOS does not let apps see whether another app is full screen without Accessibility access, which Backbreak does not ask for.';
const NOT_ON_THIS_SYSTEM = 'Backbreak cannot read this on this system.';

interface Plan {
  readers: Partial<Record<BusySignal, Reader>>;
  cannot: Partial<Record<BusySignal, string>>;
}

function linuxPlan(env: NodeJS.ProcessEnv, run: RunCommand, cameraScan: CameraScan): Plan {
  const session = { sessionType: env.XDG_SESSION_TYPE, display: env.DISPLAY };
  const readers: Plan['readers'] = {
    camera: () => readLinuxCamera(cameraScan),
    microphone: () => readLinuxMicrophone(run),
    'do-not-disturb': () => readLinuxDoNotDisturb(env.XDG_CURRENT_DESKTOP, run),
  };
  if (!isX11(session)) {
    return { readers, cannot: { 'full-screen': WAYLAND_WINDOWS, 'front-app': WAYLAND_WINDOWS } };
  }
  const window = createX11ActiveWindow(run);
  return {
    readers: { ...readers, 'full-screen': window.fullScreen, 'front-app': window.frontApp },
    cannot: {},
  };
}

function windowsPlan(run: RunCommand, bootedAtMs: () => number): Plan {
  const desktop = createWindowsDesktopState(run);
  return {
    readers: {
      camera: () => readWindowsDevice('webcam', run, bootedAtMs()),
      microphone: () => readWindowsDevice('microphone', run, bootedAtMs()),
      'do-not-disturb': desktop.doNotDisturb,
      'full-screen': desktop.fullScreen,
      'front-app': desktop.frontApp,
    },
    cannot: {},
  };
}

function macPlan(run: RunCommand): Plan {
  return {
    readers: {
      camera: () => readMacCamera(run),
      microphone: () => readMacMicrophone(run),
      'front-app': () => readMacFrontApp(run),
    },
    cannot: { 'do-not-disturb': MAC_FOCUS, 'full-screen': MAC_FULL_SCREEN },
  };
}

function planFor(platform: NodeJS.Platform, options: BusySignalsOptions, run: RunCommand): Plan {
  switch (platform) {
    case 'linux':
      return linuxPlan(options.env ?? process.env, run, options.cameraScan ?? CAMERA_SCAN);
    case 'win32':
      return windowsPlan(run, options.bootedAtMs ?? (() => Date.now() - os.uptime() * 1000));
    case 'darwin':
      return macPlan(run);
    default:
      return {
        readers: {},
        cannot: {
          camera: NOT_ON_THIS_SYSTEM,
          microphone: NOT_ON_THIS_SYSTEM,
          'do-not-disturb': NOT_ON_THIS_SYSTEM,
          'full-screen': NOT_ON_THIS_SYSTEM,
          'front-app': NOT_ON_THIS_SYSTEM,
        },
      };
  }
}

function withDeadline(reader: Reader, deadlineMs: number): Promise<SignalAnswer | FrontAppAnswer> {
  const late: CannotTell = {
    state: 'unknown',
    cause: 'failed',
    message: 'The system took too long to answer.',
  };
  const failed: CannotTell = { ...late, message: 'The system could not be asked just now.' };
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(late), deadlineMs);
    Promise.resolve()
      .then(reader)
      .then(resolve, () => resolve(failed))
      .finally(() => clearTimeout(timer));
  });
}

export function createBusySignals(options: BusySignalsOptions = {}): BusySignals {
  const run = rememberingMissing(options.run ?? runCommand);
  const plan = planFor(options.platform ?? process.platform, options, run);
  const deadlineMs = options.deadlineMs ?? DEADLINE_MS;
  return {
    async read(signals) {
      const answers = await Promise.all(
        [...new Set(signals)].map(async (signal) => {
          const reader = plan.readers[signal];
          const answer: SignalAnswer | FrontAppAnswer = reader
            ? await withDeadline(reader, deadlineMs)
            : {
                state: 'unknown',
                cause: 'unsupported',
                message: plan.cannot[signal] ?? NOT_ON_THIS_SYSTEM,
              };
          return [signal, answer] as const;
        }),
      );
      return Object.fromEntries(answers) as BusyReadings;
    },
    cannotRead: () => ({ ...plan.cannot }),
  };
}
