import type { HistoryRecordOf, STRETCH_ENDINGS } from '../../shared/historySchema';
import type { Settings } from '../../shared/settingsSchema';
import { minutesToMs } from '../../shared/units';
import type { PowerEvent } from './ports';

/**
 * How long the person has been sitting, as a pure reducer over what the engine observes:
 * idle readings, the person using the app, lock and sleep, and gaps in which the app saw
 * nothing. Every time is a monotonic millisecond (counting through sleep); nothing here reads
 * a clock, so property tests can drive it with generated event streams.
 *
 * The model: a sitting stretch starts at the first input after a natural break and keeps
 * counting through short idles, locks and sleeps. A natural break is idle, lock, sleep or the
 * app being closed for at least the natural-break threshold; the stretch then ends where the
 * break began. Standing freezes the count without ending the stretch.
 */

export type StretchEnding = (typeof STRETCH_ENDINGS)[number];
export type TrackerSettings = Pick<Settings, 'naturalBreakMinutes'>;

export interface SittingState {
  phase: 'away' | 'sitting';
  /** While away: when the break began; null when it is not known (before the first reading). */
  awaySince: number | null;
  /** While sitting: the first input of this stretch. */
  stretchStart: number | null;
  /** Sitting counted before `countingSince`; standing moves the running count in here. */
  sittingBeforeMs: number;
  /** While sitting and not standing: since when the count is running. */
  countingSince: number | null;
  standing: boolean;
  /** The latest moment the person is known to have touched keyboard, mouse or the app. */
  lastInputAt: number | null;
  locked: boolean;
  /**
   * While locked: the latest lock event. A second lock event may follow an unlock that was
   * never reported, so the latest one is kept to re-lock from when a reading reveals that.
   */
  lockedAt: number | null;
  suspended: boolean;
  /** Start of the lock or sleep under way (moved earlier when the person was idle before it). */
  absentSince: number | null;
  absenceCause: 'lock' | 'sleep' | null;
}

export type SittingEvent =
  /** An idle reading taken at `at`: no input for `idleMs` before it. */
  | { type: 'idle'; at: number; idleMs: number }
  /** The person used the app (tray, notification, a window): they are here and awake. */
  | { type: 'input'; at: number }
  | { type: 'lock' | 'unlock' | 'suspend' | 'resume'; at: number }
  /**
   * A span in which the app saw nothing: a sleep the OS never reported (a timer fired that
   * late) or the app being closed.
   */
  | { type: 'gap'; from: number; to: number; cause: 'sleep' | 'app-closed' }
  | { type: 'standing'; at: number; standing: boolean }
  /** A routine that ran from `startedAt` finished at `at`: a break, and the person is back. */
  | { type: 'routine'; at: number; startedAt: number };

export interface EndedStretch {
  start: number;
  end: number;
  sittingMs: number;
  endedBy: StretchEnding;
}

export interface Transition {
  state: SittingState;
  /** The sitting stretch this event ended, if it ended one. */
  ended: EndedStretch | null;
  /**
   * A lock, sleep or gap ended without being long enough for a break: anything that came due
   * meanwhile should wait a moment instead of greeting the person at once.
   */
  interrupted: boolean;
}

/**
 * Readers report whole seconds and the monotonic clock has its own resolution, so the same
 * last input can appear up to about a second later in a later reading. Only an input more
 * than this much later than the one already known is a new input.
 */
/** Stretches shorter than this (a glance at the screen on the way past) stay out of history. */
const MIN_STRETCH_FOR_HISTORY_MS = 60_000;
/** The history schema's longest duration. */
const LONGEST_RECORDED_MS = 7 * 24 * 3600_000;

export const NEW_INPUT_TOLERANCE_MS = 2_000;

export function initialSittingState(): SittingState {
  return {
    phase: 'away',
    awaySince: null,
    stretchStart: null,
    sittingBeforeMs: 0,
    countingSince: null,
    standing: false,
    lastInputAt: null,
    locked: false,
    lockedAt: null,
    suspended: false,
    absentSince: null,
    absenceCause: null,
  };
}

export function naturalBreakMs(settings: TrackerSettings): number {
  return minutesToMs(settings.naturalBreakMinutes);
}

/** Sitting time of the current stretch at `at` (0 while away); never more than the stretch. */
export function sittingMsAt(state: SittingState, at: number): number {
  if (state.phase !== 'sitting' || state.stretchStart === null) return 0;
  const running = state.countingSince === null ? 0 : Math.max(0, at - state.countingSince);
  return Math.max(0, Math.min(state.sittingBeforeMs + running, at - state.stretchStart));
}

export function isAbsent(state: SittingState): boolean {
  return state.locked || state.suspended;
}

/** The reducer works on a private copy and collects what happened along the way. */
interface Draft {
  state: SittingState;
  ended: EndedStretch | null;
  interrupted: boolean;
  breakMs: number;
}

function endStretch(draft: Draft, at: number, endedBy: StretchEnding): void {
  const state = draft.state;
  if (state.phase !== 'sitting' || state.stretchStart === null) return;
  const end = Math.max(at, state.stretchStart);
  draft.ended = {
    start: state.stretchStart,
    end,
    sittingMs: sittingMsAt(state, end),
    endedBy,
  };
  state.phase = 'away';
  state.awaySince = end;
  state.stretchStart = null;
  state.sittingBeforeMs = 0;
  state.countingSince = null;
}

function startStretch(draft: Draft, at: number): void {
  const state = draft.state;
  state.phase = 'sitting';
  state.awaySince = null;
  state.stretchStart = at;
  state.sittingBeforeMs = 0;
  state.countingSince = state.standing ? null : at;
}

function noteInput(state: SittingState, at: number): void {
  state.lastInputAt = state.lastInputAt === null ? at : Math.max(state.lastInputAt, at);
}

/** A lock or sleep ended at `at`: a break if it lasted the threshold, and the person is back. */
function endAbsence(draft: Draft, at: number): void {
  const state = draft.state;
  const since = state.absentSince ?? at;
  const cause = state.absenceCause ?? 'lock';
  state.locked = false;
  state.lockedAt = null;
  state.suspended = false;
  state.absentSince = null;
  state.absenceCause = null;
  if (at - since >= draft.breakMs) {
    endStretch(draft, since, cause);
  } else {
    draft.interrupted = true;
  }
  noteInput(state, at);
  // Unlocking or waking the computer is itself an input: the person is at the desk again.
  if (state.phase === 'away') startStretch(draft, at);
}

/** The person did something through the app, so they are here, awake and unlocked. */
function input(draft: Draft, at: number): void {
  if (isAbsent(draft.state)) endAbsence(draft, at);
  noteInput(draft.state, at);
  if (draft.state.phase === 'away') startStretch(draft, at);
}

function idleReading(draft: Draft, at: number, idleMs: number): void {
  const state = draft.state;
  // A reading means the app is running, so a suspend we were told about is over.
  if (state.suspended) {
    state.suspended = false;
    if (!state.locked) endAbsence(draft, at);
  }
  const reported = at - Math.max(0, idleMs);
  const lastInput = Math.max(reported, state.lastInputAt ?? reported);
  if (state.locked && state.absentSince !== null) {
    // Exactly 0 is what a reader stuck at 0 (Wayland) says at any time; a working one says it
    // only with input in the last second, which a locked screen hardly ever sees.
    if (idleMs > 0 && lastInput > state.absentSince + NEW_INPUT_TOLERANCE_MS) {
      // Input after the lock began: the unlock event was missed (or the person is at the
      // lock screen, which later readings will show as idle again). A lock event at or after
      // that input locked the screen again, idle since the input.
      const relockedAt = state.lockedAt;
      endAbsence(draft, lastInput);
      if (relockedAt !== null && relockedAt >= lastInput) {
        state.locked = true;
        state.lockedAt = relockedAt;
        state.absentSince = lastInput;
        state.absenceCause = 'lock';
      }
    } else {
      // No input since before the lock: the person left when they last touched anything.
      const floor = state.phase === 'sitting' ? (state.stretchStart ?? lastInput) : lastInput;
      state.absentSince = Math.min(state.absentSince, Math.max(lastInput, floor));
    }
    if (state.locked && state.absentSince !== null) {
      // A lock that has lasted the threshold is a break however it ends: say so now.
      if (at - state.absentSince >= draft.breakMs) {
        endStretch(draft, state.absentSince, state.absenceCause ?? 'lock');
      }
      return;
    }
  }
  if (
    state.phase === 'away' &&
    (state.awaySince === null || lastInput > state.awaySince + NEW_INPUT_TOLERANCE_MS)
  ) {
    // An input followed by a full threshold of idle was a touch in passing: the break goes on,
    // counted from that touch.
    if (at - lastInput >= draft.breakMs) state.awaySince = lastInput;
    else startStretch(draft, lastInput);
  }
  noteInput(state, lastInput);
  if (state.phase === 'sitting' && state.stretchStart !== null) {
    const since = Math.max(lastInput, state.stretchStart);
    if (at - since >= draft.breakMs) endStretch(draft, since, 'idle');
  }
}

function gap(draft: Draft, from: number, to: number, cause: 'sleep' | 'app-closed'): void {
  const state = draft.state;
  if (isAbsent(state)) {
    // An unreported sleep inside a lock or sleep we know about changes nothing, and neither
    // does a short restart: the unlock or resume is still to come.
    if (cause === 'sleep' || to - from < draft.breakMs) {
      draft.interrupted = cause === 'app-closed';
      return;
    }
    // After a long closing the absence was a break whatever happened. The app runs again, so
    // any sleep is over; a lock may well not be (an update restarted the app behind the lock
    // screen), so it lasts until an unlock, a use of the app or a reading says otherwise.
    const since = Math.min(state.absentSince ?? from, from);
    endStretch(draft, since, state.absenceCause ?? 'lock');
    state.suspended = false;
    if (!state.locked) {
      state.absentSince = null;
      state.absenceCause = null;
    }
    return;
  }
  if (to - from >= draft.breakMs) {
    // Nobody pressed a key to wake the app here, so the person counts as away until a
    // reading or an input shows them back.
    endStretch(draft, from, cause);
  } else {
    draft.interrupted = true;
  }
}

function standing(draft: Draft, at: number, standingNow: boolean): void {
  input(draft, at);
  const state = draft.state;
  if (standingNow === state.standing) return;
  state.standing = standingNow;
  if (state.phase !== 'sitting') return;
  if (standingNow && state.countingSince !== null) {
    state.sittingBeforeMs += Math.max(0, at - state.countingSince);
    state.countingSince = null;
  } else if (!standingNow) {
    state.countingSince = at;
  }
}

function routine(draft: Draft, at: number, startedAt: number): void {
  if (isAbsent(draft.state)) endAbsence(draft, at);
  endStretch(draft, Math.min(startedAt, at), 'routine');
  noteInput(draft.state, at);
  startStretch(draft, at);
}

export function observe(
  state: SittingState,
  event: SittingEvent,
  settings: TrackerSettings,
): Transition {
  const draft: Draft = {
    state: { ...state },
    ended: null,
    interrupted: false,
    breakMs: naturalBreakMs(settings),
  };
  const next = draft.state;
  switch (event.type) {
    case 'idle':
      idleReading(draft, event.at, event.idleMs);
      break;
    case 'input':
      input(draft, event.at);
      break;
    case 'lock':
      if (!next.locked) {
        next.locked = true;
        next.absentSince ??= event.at;
        next.absenceCause ??= 'lock';
      }
      next.lockedAt = event.at;
      break;
    case 'suspend':
      if (!next.suspended) {
        next.suspended = true;
        next.absentSince ??= event.at;
        // A lock that turned into a sleep is remembered as the sleep.
        next.absenceCause = 'sleep';
      }
      break;
    case 'unlock':
      // Typing the password is an input, whether or not the lock was reported.
      input(draft, event.at);
      break;
    case 'resume':
      // A resume without a suspend is left to the engine's gap check; the machine may still be
      // at the lock screen, so only a resume with nothing locked ends the absence.
      if (next.suspended) {
        next.suspended = false;
        if (!next.locked) endAbsence(draft, event.at);
      }
      break;
    case 'gap':
      gap(draft, event.from, Math.max(event.from, event.to), event.cause);
      break;
    case 'standing':
      standing(draft, event.at, event.standing);
      break;
    case 'routine':
      routine(draft, event.at, event.startedAt);
      break;
  }
  return { state: draft.state, ended: draft.ended, interrupted: draft.interrupted };
}

export function worthRecording(ended: EndedStretch): boolean {
  return ended.sittingMs >= MIN_STRETCH_FOR_HISTORY_MS;
}

/** An ended stretch as a history record, its monotonic times placed on the wall clock. */
export function stretchRecord(
  ended: EndedStretch,
  now: number,
  wall: number,
): HistoryRecordOf<'stretch'> {
  const end = Math.max(0, Math.round(wall - (now - ended.end)));
  return {
    type: 'stretch',
    start: Math.max(0, end - Math.round(ended.end - ended.start)),
    end,
    sittingMs: Math.min(LONGEST_RECORDED_MS, Math.round(ended.sittingMs)),
    endedBy: ended.endedBy,
  };
}

/** What a power event means for sitting; null for one that changes nothing (shutdown). */
export function sittingEventOfPower(event: PowerEvent, at: number): SittingEvent | null {
  switch (event) {
    case 'suspend':
      return { type: 'suspend', at };
    case 'resume':
      return { type: 'resume', at };
    case 'lock-screen':
      return { type: 'lock', at };
    case 'unlock-screen':
      return { type: 'unlock', at };
    case 'shutdown':
      return null;
  }
}
