import os from 'node:os';
import type {
  BusyReadings,
  BusySignal,
  BusySignals,
  BusyWhy,
  CannotTell,
  FrontAppAnswer,
  SignalAnswer,
} from '../../core/busySignals';
import { answerWithin } from '../../core/deadline';
import type { Timers } from '../../core/ports';
import { rememberingMissing, runCommand, type RunCommand } from './commands';
import { CAMERA_SCAN, readLinuxCamera, type CameraScan } from './linuxCamera';
import { readLinuxDoNotDisturb } from './linuxDoNotDisturb';
import { readLinuxMicrophone } from './linuxMicrophone';
import { readMacCamera } from './macCamera';
import { readMacFrontApp } from './macFrontApp';
import { readMacMicrophone } from './macMicrophone';
import { createWindowsDesktopState } from './windowsDesktopState';
import { readWindowsDevice } from './windowsConsentStore';
import { createX11ActiveWindow, isX11 } from './x11ActiveWindow';

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

interface Plan {
  readers: Partial<Record<BusySignal, Reader>>;
  cannot: Partial<Record<BusySignal, BusyWhy>>;
}

function linuxPlan(env: NodeJS.ProcessEnv, run: RunCommand, cameraScan: CameraScan): Plan {
  const session = { sessionType: env.XDG_SESSION_TYPE, display: env.DISPLAY };
  const readers: Plan['readers'] = {
    camera: () => readLinuxCamera(cameraScan),
    microphone: () => readLinuxMicrophone(run),
    'do-not-disturb': () => readLinuxDoNotDisturb(env.XDG_CURRENT_DESKTOP, run),
  };
  if (!isX11(session)) {
    return {
      readers,
      cannot: { 'full-screen': 'wayland-windows', 'front-app': 'wayland-windows' },
    };
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
    cannot: { 'do-not-disturb': 'mac-focus-hidden', 'full-screen': 'mac-full-screen-hidden' },
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
          camera: 'not-on-this-system',
          microphone: 'not-on-this-system',
          'do-not-disturb': 'not-on-this-system',
          'full-screen': 'not-on-this-system',
          'front-app': 'not-on-this-system',
        },
      };
  }
}

/** A signal that has not answered in time, or whose reading failed. */
const LATE: CannotTell = { state: 'unknown', cause: 'failed', why: 'too-slow' };
const FAILED: CannotTell = { ...LATE, why: 'not-asked' };

/** Timers of the machine: busy signals are read while the app is awake, so plain ones do. */
const timers: Timers = {
  setTimeout(fn, ms) {
    const handle = setTimeout(fn, ms);
    return () => clearTimeout(handle);
  },
};

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
            ? await answerWithin<SignalAnswer | FrontAppAnswer>(
                reader,
                deadlineMs,
                { late: LATE, failed: FAILED },
                timers,
              )
            : {
                state: 'unknown',
                cause: 'unsupported',
                why: plan.cannot[signal] ?? 'not-on-this-system',
              };
          return [signal, answer] as const;
        }),
      );
      return Object.fromEntries(answers) as BusyReadings;
    },
    cannotRead: () => ({ ...plan.cannot }),
  };
}
