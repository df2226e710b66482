import type { Settings } from '../../shared/settingsSchema';
import type { ReminderHold } from '../../shared/views';

/**
 * When to remind, as pure functions over monotonic milliseconds. The sitting tracker says how
 * long the person has sat; this decides whether that deserves a reminder now, later or never:
 * the interval, follow-ups for ignored reminders up to a limit, snooze, skip, pause, the grace
 * after the person comes back to the computer, and working hours.
 *
 * Every hold is a lower bound on the next reminder's time, so when several end at once the
 * person still gets one reminder, never a burst.
 */

export type ReminderSettings = Pick<
  Settings,
  'reminderIntervalMinutes' | 'snoozeMinutes' | 'maxReminders' | 'remindOutsideWorkingHours'
>;

export interface ReminderState {
  /** Reminders sent since the stretch began or since the last snooze or skip. */
  sent: number;
  lastSentAt: number | null;
  /** Sitting time from which the interval counts; a skip moves it to the sitting time then. */
  baselineMs: number;
  snoozedUntil: number | null;
  pausedUntil: number | null;
  /** After unlock, resume or restart: what came due meanwhile waits until then. */
  graceUntil: number | null;
  /** A routine is playing: no reminder until it is done or this passes. */
  quietUntil: number | null;
}

export interface ReminderContext {
  now: number;
  /** Sitting time now, or null when the person is not sitting at the desk right now. */
  sittingMs: number | null;
  withinWorkingHours: boolean;
  /** When working hours next begin or end (monotonic), null when they never change. */
  hoursChangeAt: number | null;
}

export interface Reminder {
  sittingMs: number;
  /** 1 for the first reminder of this stretch (or since the last snooze or skip). */
  count: number;
  /** No more will follow before the reminder goes quiet as overdue. */
  last: boolean;
}

/** Never two reminders closer than this, whatever the settings and events say. */
export const MIN_REMINDER_SPACING_MS = 60_000;
/** How long a reminder that came due while the person was away from the screen waits. */
export const GRACE_MS = 60_000;
/** Longest quiet for a routine in progress: the longest routine plus room to finish it. */
export const ROUTINE_QUIET_MS = 15 * 60_000;

export function initialReminderState(): ReminderState {
  return {
    sent: 0,
    lastSentAt: null,
    baselineMs: 0,
    snoozedUntil: null,
    pausedUntil: null,
    graceUntil: null,
    quietUntil: null,
  };
}

function later(a: number, b: number | null): number {
  return b === null ? a : Math.max(a, b);
}

function hoursMatter(context: ReminderContext, settings: ReminderSettings): boolean {
  return !settings.remindOutsideWorkingHours && !context.withinWorkingHours;
}

export function isPaused(state: ReminderState, now: number): boolean {
  return state.pausedUntil !== null && state.pausedUntil > now;
}

/** The moment the next reminder is due if nothing changes, or null when none is coming. */
export function reminderDueAt(
  state: ReminderState,
  context: ReminderContext,
  settings: ReminderSettings,
): number | null {
  if (context.sittingMs === null) return null;
  if (state.sent >= settings.maxReminders) return null;
  let due =
    state.sent === 0 || state.lastSentAt === null
      ? context.now +
        Math.max(
          0,
          state.baselineMs + settings.reminderIntervalMinutes * 60_000 - context.sittingMs,
        )
      : state.lastSentAt + settings.snoozeMinutes * 60_000;
  due = later(due, state.snoozedUntil);
  due = later(due, state.pausedUntil);
  due = later(due, state.graceUntil);
  due = later(due, state.quietUntil);
  if (state.lastSentAt !== null) due = Math.max(due, state.lastSentAt + MIN_REMINDER_SPACING_MS);
  if (hoursMatter(context, settings)) {
    if (context.hoursChangeAt === null) return null;
    due = Math.max(due, context.hoursChangeAt);
  }
  return due;
}

/** Whether a reminder is due at the context's moment (or was, and has not been sent). */
export function isDueNow(
  state: ReminderState,
  context: ReminderContext,
  settings: ReminderSettings,
): boolean {
  const due = reminderDueAt(state, context, settings);
  return due !== null && due <= context.now;
}

/** Sends the reminder when one is due now; otherwise returns the state unchanged and null. */
export function remindIfDue(
  state: ReminderState,
  context: ReminderContext,
  settings: ReminderSettings,
): { state: ReminderState; reminder: Reminder | null } {
  const due = reminderDueAt(state, context, settings);
  if (due === null || due > context.now || context.sittingMs === null) {
    return { state, reminder: null };
  }
  const count = state.sent + 1;
  return {
    state: { ...state, sent: count, lastSentAt: context.now },
    reminder: { sittingMs: context.sittingMs, count, last: count >= settings.maxReminders },
  };
}

export function reminderHold(
  state: ReminderState,
  context: ReminderContext,
  settings: ReminderSettings,
): ReminderHold {
  if (isPaused(state, context.now)) return 'paused';
  if (hoursMatter(context, settings)) return 'outside-hours';
  if (context.sittingMs !== null && state.sent >= settings.maxReminders) return 'overdue';
  if (state.snoozedUntil !== null && state.snoozedUntil > context.now) return 'snoozed';
  return 'none';
}

/** Holds that have run out are forgotten, so the state (and the snapshot) stays small and true. */
export function withoutExpiredHolds(state: ReminderState, now: number): ReminderState {
  const expired = (until: number | null) => until !== null && until <= now;
  if (
    !expired(state.snoozedUntil) &&
    !expired(state.pausedUntil) &&
    !expired(state.graceUntil) &&
    !expired(state.quietUntil)
  ) {
    return state;
  }
  return {
    ...state,
    snoozedUntil: expired(state.snoozedUntil) ? null : state.snoozedUntil,
    pausedUntil: expired(state.pausedUntil) ? null : state.pausedUntil,
    graceUntil: expired(state.graceUntil) ? null : state.graceUntil,
    quietUntil: expired(state.quietUntil) ? null : state.quietUntil,
  };
}

/**
 * An explicit snooze: the next reminder `minutes` from now, with a fresh count of reminders.
 * The person's latest answer wins, so an earlier skip's extra interval no longer applies.
 */
export function snoozed(state: ReminderState, now: number, minutes: number): ReminderState {
  return {
    ...state,
    sent: 0,
    baselineMs: 0,
    snoozedUntil: now + minutes * 60_000,
    quietUntil: null,
  };
}

/** A dismissed reminder is not a break: the next one comes after another full interval. */
export function skipped(state: ReminderState, sittingMs: number): ReminderState {
  return { ...state, sent: 0, baselineMs: sittingMs, snoozedUntil: null, quietUntil: null };
}

export function paused(state: ReminderState, until: number): ReminderState {
  return { ...state, pausedUntil: until };
}

export function resumed(state: ReminderState): ReminderState {
  return { ...state, pausedUntil: null };
}

export function withGrace(state: ReminderState, now: number): ReminderState {
  return { ...state, graceUntil: later(now + GRACE_MS, state.graceUntil) };
}

export function quietForRoutine(state: ReminderState, now: number): ReminderState {
  return { ...state, quietUntil: now + ROUTINE_QUIET_MS };
}

/** A break starts the count over; a pause the person chose and the last reminder's time stay. */
export function afterBreak(state: ReminderState): ReminderState {
  return {
    ...state,
    sent: 0,
    baselineMs: 0,
    snoozedUntil: null,
    quietUntil: null,
  };
}
