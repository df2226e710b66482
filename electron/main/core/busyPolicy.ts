import { CHOICE_DEFAULTS, SETTINGS_LIMITS } from '../../shared/settingsLimits';
import { BUSY_SIGNALS, type BusyReadings, type BusyReason, type BusySignal } from './busySignals';

/**
 * Whether a reminder that has fallen due may show now, as pure functions over monotonic
 * milliseconds. The reminder policy says *that* a reminder is due; this says whether the
 * person is too busy for it (a call, a presentation, Do Not Disturb, an app they listed in
 * front) and, if so, when to look again and when to remind anyway.
 *
 * - Not busy (or nothing can be read): remind now.
 * - Busy: wait, and check again every few minutes: at most 12 checks an hour, on a grid from
 *   the moment the reminder fell due, whose last point is the limit.
 * - Still busy at the limit: remind gently, as a notification only. A window is never opened
 *   over a call or a full-screen app.
 * - A routine playing is the person's own: busy starting then changes nothing.
 *
 * A signal that cannot be read counts as not busy, so a computer that can tell nothing gets
 * its reminders as before.
 */

export interface BusySettings {
  /** Which signals count as busy; each can be turned off. */
  signals: Record<BusySignal, boolean>;
  /** Apps that count as busy while in front, in the person's own words ("Zoom", "Keynote"). */
  frontApps: readonly string[];
  /** Busy longer than this after the reminder fell due: remind anyway, gently. */
  limitMinutes: number;
}

/** The settings' own defaults: every signal on, no apps listed, 90 minutes. */
export const DEFAULT_BUSY_SETTINGS: BusySettings = {
  signals: CHOICE_DEFAULTS.busySignals,
  frontApps: CHOICE_DEFAULTS.busyApps,
  limitMinutes: SETTINGS_LIMITS.busyLimitMinutes.default,
};

/** Checks while waiting are at least this far apart: at most 12 an hour. */
export const BUSY_CHECK_MS = 5 * 60_000;
/** A check this close before its moment is on time: real timers wobble by a few ms. */
const ON_TIME_MS = 1_000;
/** The limit never goes below this, whatever the settings say. */
const SHORTEST_LIMIT_MS = 60_000;

export interface BusyCheck {
  /** Monotonic ms now. */
  now: number;
  /** Monotonic ms when this reminder first fell due: the wait and its limit count from here. */
  dueSince: number;
  /** What the signals said just now (those `signalsToRead` named; missing ones count as unknown). */
  readings: BusyReadings;
  settings: BusySettings;
  /** A routine is playing: the person is already taking their break. */
  routinePlaying: boolean;
}

export type BusyDecision =
  | {
      action: 'remind';
      /**
       * `normal`: not busy, the reminder as usual (with its sound, and the routine window
       * where the system has no notifications). `gentle`: the limit passed while busy, a
       * quiet notification only.
       */
      manner: 'normal' | 'gentle';
      /** Whether the app may open the routine window by itself: never while busy. */
      mayOpenWindow: boolean;
      /** How long the reminder waited for busy to end. */
      waitedMs: number;
      /** What the person is still busy with (empty for a normal reminder). */
      busyWith: BusyReason[];
    }
  | {
      action: 'wait';
      reasons: BusyReason[];
      /** Read the signals again at this monotonic moment. */
      checkAgainAt: number;
      /** The limit: if still busy then, remind gently. */
      remindAnywayAt: number;
    }
  | { action: 'leave-routine-be' };

function limitMs(settings: BusySettings): number {
  const minutes = Number.isFinite(settings.limitMinutes)
    ? settings.limitMinutes
    : DEFAULT_BUSY_SETTINGS.limitMinutes;
  return Math.max(SHORTEST_LIMIT_MS, minutes * 60_000);
}

/**
 * The check grid: the limit cut into equal steps of at least BUSY_CHECK_MS (one step when the
 * limit is shorter). Whole milliseconds, so the grid never drifts; the last point, the limit
 * as the grid has it, is at most a few ms before the exact one.
 */
function checkGrid(settings: BusySettings): { stepMs: number; steps: number } {
  const limit = limitMs(settings);
  const steps = Math.max(1, Math.floor(limit / BUSY_CHECK_MS));
  return { stepMs: Math.floor(limit / steps), steps };
}

/** When a reminder that fell due at `dueSince` comes anyway, however busy the person is. */
export function remindAnywayAt(dueSince: number, settings: BusySettings): number {
  const { stepMs, steps } = checkGrid(settings);
  return dueSince + stepMs * steps;
}

/** Whether a check planned for `checkAgainAt` is due at `now` (real timers wobble a little). */
export function timeToCheck(checkAgainAt: number, now: number): boolean {
  return now >= checkAgainAt - ON_TIME_MS;
}

/** The next point on the check grid after `now`. */
export function nextBusyCheckAt(dueSince: number, now: number, settings: BusySettings): number {
  const { stepMs, steps } = checkGrid(settings);
  const elapsed = Math.max(0, now - dueSince);
  const next = Math.floor((elapsed + ON_TIME_MS) / stepMs) + 1;
  return dueSince + stepMs * Math.min(next, steps);
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\.(exe|app)$/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Whether `needle`'s words appear together, in order, among `haystack`'s. */
function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, i) => haystack[start + i] === word)) return true;
  }
  return false;
}

/**
 * Which of the person's listed apps is in front, matched on whole words of any name the OS
 * gives it, ignoring case and a trailing .exe or .app: "Zoom" finds "zoom.us" and "Zoom.exe",
 * "PowerPoint" finds "Microsoft PowerPoint", but "Code" does not find "VSCodium".
 */
export function listedAppInFront(
  names: readonly string[],
  listed: readonly string[],
): string | null {
  const frontWords = names.map(words);
  for (const entry of listed) {
    const wanted = words(entry);
    if (frontWords.some((name) => containsWords(name, wanted))) return entry.trim();
  }
  return null;
}

function listedApps(settings: BusySettings): string[] {
  return settings.frontApps.filter((app) => words(app).length > 0);
}

/** The signals worth reading for these settings; none means no read at all. */
export function signalsToRead(settings: BusySettings): BusySignal[] {
  return BUSY_SIGNALS.filter(
    (signal) =>
      settings.signals[signal] && (signal !== 'front-app' || listedApps(settings).length > 0),
  );
}

/** What the person is busy with, from the signals they left on; unknown counts as not busy. */
export function busyReasons(readings: BusyReadings, settings: BusySettings): BusyReason[] {
  const reasons: BusyReason[] = [];
  for (const signal of signalsToRead(settings)) {
    if (signal === 'front-app') {
      const front = readings['front-app'];
      const app =
        front?.state === 'known' ? listedAppInFront(front.names, settings.frontApps) : null;
      if (app !== null) reasons.push({ signal: 'front-app', app });
    } else {
      const answer = readings[signal];
      if (answer?.state === 'busy') reasons.push(answer.reason);
    }
  }
  return reasons;
}

/** The decision for one check: at the moment the reminder fell due, then at each `checkAgainAt`. */
export function decideBusy(check: BusyCheck): BusyDecision {
  if (check.routinePlaying) return { action: 'leave-routine-be' };
  const waitedMs = Math.max(0, check.now - check.dueSince);
  const reasons = busyReasons(check.readings, check.settings);
  if (reasons.length === 0) {
    return { action: 'remind', manner: 'normal', mayOpenWindow: true, waitedMs, busyWith: [] };
  }
  const limitAt = remindAnywayAt(check.dueSince, check.settings);
  if (check.now >= limitAt - ON_TIME_MS) {
    return {
      action: 'remind',
      manner: 'gentle',
      mayOpenWindow: false,
      waitedMs,
      busyWith: reasons,
    };
  }
  return {
    action: 'wait',
    reasons,
    checkAgainAt: nextBusyCheckAt(check.dueSince, check.now, check.settings),
    remindAnywayAt: limitAt,
  };
}
