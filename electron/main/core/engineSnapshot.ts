import { z } from 'zod';
import {
  observe,
  type EndedStretch,
  type SittingState,
  type TrackerSettings,
} from './sittingTracker';
import type { ReminderState } from './reminderPolicy';

/**
 * The engine's state as it survives a restart of the app. Monotonic times mean nothing in
 * another process (the origin moves at every boot), so each is stored relative to the moment
 * of saving, with the wall-clock time of saving beside them. On restore the closed time is
 * measured on the wall clock (a clock that went back counts as no time) and every stored time
 * is placed that far before now. Then the restart rule: closed for less than the natural-break
 * threshold, the stretch simply continues; longer, it was a break ended by 'app-closed'.
 */

export interface EngineState {
  sitting: SittingState;
  reminders: ReminderState;
  /** Whether the primary idle reader looked stuck at 0, so the next run starts from fallbacks. */
  primaryIdleSuspect: boolean;
}

export const SNAPSHOT_VERSION = 1;

/** A year either way is far beyond any stretch, pause or snooze; more means a broken file. */
const YEAR_MS = 366 * 24 * 3600_000;
const relative = z.number().int().min(-YEAR_MS).max(YEAR_MS);
const maybeRelative = relative.nullable();

const sittingSchema = z
  .object({
    phase: z.enum(['away', 'sitting']),
    awaySince: maybeRelative,
    stretchStart: maybeRelative,
    sittingBeforeMs: z.number().int().min(0).max(YEAR_MS),
    countingSince: maybeRelative,
    standing: z.boolean(),
    lastInputAt: maybeRelative,
    locked: z.boolean(),
    lockedAt: maybeRelative,
    suspended: z.boolean(),
    absentSince: maybeRelative,
    absenceCause: z.enum(['lock', 'sleep']).nullable(),
  })
  .strict()
  .refine((s) => s.phase !== 'sitting' || s.stretchStart !== null, {
    error: 'A sitting stretch needs its start.',
  })
  .refine((s) => s.phase === 'sitting' || (s.stretchStart === null && s.countingSince === null), {
    error: 'Away has no stretch.',
  })
  .refine((s) => (s.locked || s.suspended) === (s.absentSince !== null), {
    error: 'A lock or sleep needs its start, and only then.',
  })
  .refine((s) => s.locked === (s.lockedAt !== null), {
    error: 'A lock needs the time of its lock event, and only then.',
  });

const remindersSchema = z
  .object({
    sent: z.number().int().min(0).max(100),
    lastSentAt: maybeRelative,
    baselineMs: z.number().int().min(0).max(YEAR_MS),
    snoozedUntil: maybeRelative,
    pausedUntil: maybeRelative,
    graceUntil: maybeRelative,
    quietUntil: maybeRelative,
  })
  .strict();

export const snapshotSchema = z
  .object({
    version: z.literal(SNAPSHOT_VERSION),
    savedAtWall: z.number().int().min(0),
    sitting: sittingSchema,
    reminders: remindersSchema,
    primaryIdleSuspect: z.boolean(),
  })
  .strict();
export type Snapshot = z.output<typeof snapshotSchema>;

const SITTING_TIMES = [
  'awaySince',
  'stretchStart',
  'countingSince',
  'lastInputAt',
  'lockedAt',
  'absentSince',
] as const satisfies readonly (keyof SittingState)[];
const REMINDER_TIMES = [
  'lastSentAt',
  'snoozedUntil',
  'pausedUntil',
  'graceUntil',
  'quietUntil',
] as const satisfies readonly (keyof ReminderState)[];

/** Moves the listed times by `by`; whole milliseconds, because the schema stores integers. */
function shifted<T extends object>(value: T, keys: readonly (keyof T)[], by: number): T {
  const copy = { ...value };
  for (const key of keys) {
    const time = copy[key];
    if (typeof time === 'number') copy[key] = Math.round(time + by) as T[keyof T];
  }
  return copy;
}

export function toSnapshot(state: EngineState, monoNow: number, wallNow: number): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    savedAtWall: Math.max(0, Math.round(wallNow)),
    sitting: {
      ...shifted(state.sitting, SITTING_TIMES, -monoNow),
      sittingBeforeMs: Math.round(state.sitting.sittingBeforeMs),
    },
    reminders: {
      ...shifted(state.reminders, REMINDER_TIMES, -monoNow),
      baselineMs: Math.round(state.reminders.baselineMs),
    },
    primaryIdleSuspect: state.primaryIdleSuspect,
  };
}

/** Places a snapshot's times so that the moment of saving falls at `savedAtMono`. */
export function fromSnapshot(snapshot: Snapshot, savedAtMono: number): EngineState {
  return {
    sitting: shifted(snapshot.sitting, SITTING_TIMES, savedAtMono),
    reminders: shifted(snapshot.reminders, REMINDER_TIMES, savedAtMono),
    primaryIdleSuspect: snapshot.primaryIdleSuspect,
  };
}

export type Restored =
  | {
      ok: true;
      state: EngineState;
      /** How long the app was closed, by the wall clock. */
      closedMs: number;
      /** The stretch the closed time ended, when it was long enough to be a break. */
      ended: EndedStretch | null;
      /** The closed time was shorter than a break: the stretch carries on. */
      continued: boolean;
    }
  | { ok: false; error: string };

/** Validates a stored snapshot and applies the restart rule. Never throws. */
export function restoreSnapshot(
  raw: unknown,
  monoNow: number,
  wallNow: number,
  settings: TrackerSettings,
): Restored {
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: z.prettifyError(parsed.error) };
  }
  const closedMs = Math.max(0, wallNow - parsed.data.savedAtWall);
  const savedAtMono = monoNow - closedMs;
  const state = fromSnapshot(parsed.data, savedAtMono);
  const transition = observe(
    state.sitting,
    { type: 'gap', from: savedAtMono, to: monoNow, cause: 'app-closed' },
    settings,
  );
  return {
    ok: true,
    state: { ...state, sitting: transition.state },
    closedMs,
    ended: transition.ended,
    continued: transition.interrupted,
  };
}
