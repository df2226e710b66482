import type { IdleReader } from './ports';
import { isProvingPrimary, PROVING_CHECK_MS, type IdleSelection } from './idleSelection';
import {
  isPaused,
  reminderDueAt,
  type ReminderContext,
  type ReminderSettings,
  type ReminderState,
} from './reminderPolicy';
import {
  isAbsent,
  naturalBreakMs,
  type SittingState,
  type TrackerSettings,
} from './sittingTracker';
import type { PauseChoice } from '../../shared/settingsLimits';
import {
  nextWorkingHoursChange,
  startOfNextWorkingDay,
  type WorkingHoursSettings,
} from './workingHours';

/**
 * When the sitting engine next needs to wake. It keeps one timer armed for the next moment
 * anything can change:
 *
 * - sitting: the next idle check waits until idle could first reach the break threshold
 *   (last input + threshold), because the reading dates a break's start exactly however late
 *   it comes: one check per threshold, 12 an hour with the default 5 minutes (the bench's
 *   `wakeups_per_hour_counting`, about 14, adds the reminder and follow-up wakes);
 * - away: a check a minute, to place the return within a minute;
 * - paused, standing or outside working hours (reminders off): a slow check every 45 minutes,
 *   so a break is still seen, plus the moment the hold ends;
 * - locked or asleep: only a slow watchdog check in case the unlock or resume event is lost;
 * - and the moment a reminder comes due or working hours begin or end;
 * - while a due reminder waits for the person to be free, only the next look at the busy
 *   signals (every 5 minutes, see busyPolicy.ts), which checks idle as well: 12 wakeups an
 *   hour, looks included.
 */

/** Never check sooner than this after a reading, however close idle is to the threshold. */
const SITTING_CHECK_FLOOR_MS = 30_000;
const AWAY_CHECK_MS = 60_000;
/** Slow checks while reminders are held or the screen is locked: under 2 wakeups an hour. */
const HELD_CHECK_MS = 45 * 60_000;
/** Two checks never closer than this, so nothing can spin the timer. */
const MIN_CHECK_GAP_MS = 1_000;
/** The next working-hours change is remembered for at most this long, so a new time zone shows. */
const HOURS_CACHE_MS = 3600_000;

export type ScheduleSettings = ReminderSettings & TrackerSettings;

export interface ScheduleInput {
  sitting: SittingState;
  reminders: ReminderState;
  selection: IdleSelection;
  readers: readonly IdleReader[];
  settings: ScheduleSettings;
  ctx: ReminderContext;
  /** When the last idle check ran (monotonic), null before the first. */
  lastCheckAt: number | null;
  /** A reminder waits for the person to be free: when to look at the busy signals again. */
  busyCheckAt: number | null;
}

/** Reminders are off for now: standing, paused, or outside working hours. */
export function remindersHeld({ sitting, reminders, settings, ctx }: ScheduleInput): boolean {
  return (
    sitting.standing ||
    isPaused(reminders, ctx.now) ||
    (!settings.remindOutsideWorkingHours && !ctx.withinWorkingHours)
  );
}

function nextCheckAt(input: ScheduleInput): number {
  const { sitting, selection, readers, settings, ctx } = input;
  const last = input.lastCheckAt ?? ctx.now;
  if (isAbsent(sitting) || remindersHeld(input)) return last + HELD_CHECK_MS;
  if (sitting.phase === 'away') return last + AWAY_CHECK_MS;
  const breakMs = naturalBreakMs(settings);
  if (selection.source === null) return last + breakMs;
  const lastInput = Math.max(sitting.lastInputAt ?? last, sitting.stretchStart ?? last);
  const earliestBreak = Math.max(lastInput + breakMs, last + SITTING_CHECK_FLOOR_MS);
  return isProvingPrimary(selection, readers)
    ? Math.min(earliestBreak, last + PROVING_CHECK_MS)
    : earliestBreak;
}

/** The next moment (monotonic) the engine must look again. */
export function nextWakeAt(input: ScheduleInput): number {
  const { reminders, settings, ctx, busyCheckAt } = input;
  let wake: number;
  if (busyCheckAt !== null) {
    // A waiting reminder stays due, so its next look is the moment to wake, and each look
    // reads idle too: the checks between looks would only tell earlier what a later reading
    // still dates exactly.
    wake = busyCheckAt;
  } else {
    wake = nextCheckAt(input);
    const due = reminderDueAt(reminders, ctx, settings);
    if (due !== null) wake = Math.min(wake, due);
  }
  if (reminders.pausedUntil !== null) wake = Math.min(wake, reminders.pausedUntil);
  if (ctx.hoursChangeAt !== null) wake = Math.min(wake, ctx.hoursChangeAt);
  return Math.max(wake, (input.lastCheckAt ?? ctx.now) + MIN_CHECK_GAP_MS);
}

/**
 * The next working-hours change, remembered while the wall clock stays between the moment it
 * was worked out and that change (nothing changes in between), for at most an hour so a new
 * time zone is noticed. The engine asks on every check and status.
 */
export function workingHoursLookup(): (
  wall: number,
  settings: WorkingHoursSettings,
) => number | null {
  let cached: { settings: WorkingHoursSettings; from: number; change: number | null } | null = null;
  return (wall, settings) => {
    if (
      cached !== null &&
      cached.settings === settings &&
      wall >= cached.from &&
      wall < cached.from + HOURS_CACHE_MS &&
      (cached.change === null || wall < cached.change)
    ) {
      return cached.change;
    }
    const change = nextWorkingHoursChange(wall, settings);
    cached = { settings, from: wall, change };
    return change;
  };
}

const PAUSE_MS: Record<Exclude<PauseChoice, 'tomorrow'>, number> = {
  '30m': 30 * 60_000,
  '1h': 60 * 60_000,
};

/**
 * When a pause chosen at `wall` ends, on the wall clock: after its length, or for "until the
 * next working day" when that day's first working hours begin. Null for an unknown choice.
 */
export function pauseEndsAt(
  choice: PauseChoice,
  wall: number,
  settings: WorkingHoursSettings,
): number | null {
  if (choice === 'tomorrow') return startOfNextWorkingDay(wall, settings);
  return choice in PAUSE_MS ? wall + PAUSE_MS[choice] : null;
}
