import type { EngineStatus, Waiting } from '../../shared/views';
import { idleDetection, type IdleSelection } from './idleSelection';
import {
  isPaused,
  reminderDueAt,
  reminderHold,
  type ReminderContext,
  type ReminderSettings,
  type ReminderState,
} from './reminderPolicy';
import { sittingMsAt, type SittingState } from './sittingTracker';

/**
 * The sitting engine's state as a person reads it, and whether a new reading looks different
 * enough from the last one shown to be worth telling anyone. Pure: the engine hands in its
 * state and the moment (monotonic and wall), and gets a status with wall-clock times back.
 */

/** Wall times derived from monotonic ones wobble by a few ms; only a real move is a change. */
const STATUS_TOLERANCE_MS = 1_000;

export interface StatusInput {
  sitting: SittingState;
  reminders: ReminderState;
  selection: IdleSelection;
  settings: ReminderSettings;
  ctx: ReminderContext;
  /** The wall-clock time at `ctx.now`. */
  wall: number;
  /** The reminder waiting for the person to be free, in wall time; null when none waits. */
  waiting: Waiting | null;
}

export function buildStatus({
  sitting,
  reminders,
  selection,
  settings,
  ctx,
  wall,
  waiting,
}: StatusInput): EngineStatus {
  const now = ctx.now;
  const sittingMs = Math.round(sittingMsAt(sitting, now));
  const toWall = (time: number | null) => (time === null ? null : Math.round(wall + (time - now)));
  const snoozedUntil =
    reminders.snoozedUntil !== null && reminders.snoozedUntil > now ? reminders.snoozedUntil : null;
  return {
    activity: sitting.phase === 'away' ? 'away' : sitting.standing ? 'standing' : 'sitting',
    sittingMs,
    sittingSince: sitting.phase === 'sitting' ? Math.round(wall - sittingMs) : null,
    hold: waiting !== null ? 'waiting' : reminderHold(reminders, ctx, settings),
    waiting,
    pausedUntil: isPaused(reminders, now) ? toWall(reminders.pausedUntil) : null,
    snoozedUntil: toWall(snoozedUntil),
    nextReminderAt: waiting?.remindAnywayAt ?? toWall(reminderDueAt(reminders, ctx, settings)),
    remindersSent: reminders.sent,
    withinWorkingHours: ctx.withinWorkingHours,
    idleDetection: idleDetection(selection),
  };
}

function differs(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a !== b : Math.abs(a - b) > STATUS_TOLERANCE_MS;
}

/** Whether a person would notice the difference between two statuses. */
export function looksDifferent(a: EngineStatus, b: EngineStatus): boolean {
  return (
    a.activity !== b.activity ||
    a.hold !== b.hold ||
    a.remindersSent !== b.remindersSent ||
    a.withinWorkingHours !== b.withinWorkingHours ||
    a.idleDetection.state !== b.idleDetection.state ||
    a.idleDetection.source !== b.idleDetection.source ||
    JSON.stringify(a.waiting?.reasons) !== JSON.stringify(b.waiting?.reasons) ||
    differs(a.waiting?.since ?? null, b.waiting?.since ?? null) ||
    differs(a.pausedUntil, b.pausedUntil) ||
    differs(a.snoozedUntil, b.snoozedUntil) ||
    differs(a.nextReminderAt, b.nextReminderAt) ||
    // Standing freezes the count, so its start moves with the clock; the count itself is what shows.
    (a.activity === 'standing'
      ? differs(a.sittingMs, b.sittingMs)
      : differs(a.sittingSince, b.sittingSince))
  );
}
