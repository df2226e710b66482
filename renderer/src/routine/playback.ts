import type {
  BreakPlan,
  BreakProgress,
  PlannedExercise,
  PlannedMove,
  PlannedSegment,
} from '../../../electron/shared/views';

/**
 * Where a routine is at any moment, worked out from timestamps rather than by counting ticks:
 * a late or throttled callback only delays what is drawn, never the routine itself. When a
 * segment runs out, the next one starts at the exact moment it ended, so nothing drifts.
 */

export type PlaybackStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface Playback {
  readonly status: PlaybackStatus;
  readonly index: number;
  /** When the current segment began, shifted forward by any pause inside it. */
  readonly segmentStart: number;
  readonly pausedAt: number | null;
  /** When the routine first started and when it finished, for the real duration. */
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly done: readonly number[];
  readonly skipped: readonly number[];
}

export function initialPlayback(): Playback {
  return {
    status: 'ready',
    index: 0,
    segmentStart: 0,
    pausedAt: null,
    startedAt: null,
    finishedAt: null,
    done: [],
    skipped: [],
  };
}

const without = (list: readonly number[], from: number) => list.filter((index) => index < from);

export function start(plan: BreakPlan, state: Playback, now: number): Playback {
  if (state.status !== 'ready' || plan.segments.length === 0) return state;
  return { ...state, status: 'running', index: 0, segmentStart: now, startedAt: now };
}

/** Moves past every segment that has run out by `now`, marking each done. */
export function advance(plan: BreakPlan, state: Playback, now: number): Playback {
  if (state.status !== 'running') return state;
  let { index, segmentStart } = state;
  const done = [...state.done];
  while (index < plan.segments.length && now - segmentStart >= plan.segments[index]!.durationMs) {
    segmentStart += plan.segments[index]!.durationMs;
    if (!done.includes(index)) done.push(index);
    index++;
  }
  if (index === state.index) return state;
  if (index >= plan.segments.length) {
    return {
      ...state,
      status: 'finished',
      index: plan.segments.length - 1,
      segmentStart,
      done,
      finishedAt: segmentStart,
    };
  }
  return { ...state, index, segmentStart, done };
}

export function pause(plan: BreakPlan, state: Playback, now: number): Playback {
  const current = advance(plan, state, now);
  return current.status === 'running' ? { ...current, status: 'paused', pausedAt: now } : current;
}

export function resume(state: Playback, now: number): Playback {
  if (state.status !== 'paused' || state.pausedAt === null) return state;
  return {
    ...state,
    status: 'running',
    segmentStart: state.segmentStart + (now - state.pausedAt),
    pausedAt: null,
  };
}

/** Goes to a segment: what came before it stands, it and what follows start afresh. */
export function jumpTo(plan: BreakPlan, state: Playback, index: number, now: number): Playback {
  if (index >= plan.segments.length) {
    return {
      ...state,
      status: 'finished',
      index: plan.segments.length - 1,
      segmentStart: now,
      pausedAt: null,
      finishedAt: now,
    };
  }
  return {
    ...state,
    index,
    segmentStart: now,
    pausedAt: state.status === 'paused' ? now : null,
    done: without(state.done, index),
    skipped: without(state.skipped, index),
  };
}

/** Skips the rest of this segment. Skipping exercise time counts as skipped; a get-ready does not. */
export function next(plan: BreakPlan, state: Playback, now: number): Playback {
  const current = advance(plan, state, now);
  if (current.status !== 'running' && current.status !== 'paused') return current;
  const segment = plan.segments[current.index]!;
  const skipped = segment.kind === 'ready' ? current.skipped : [...current.skipped, current.index];
  return jumpTo(plan, { ...current, skipped }, current.index + 1, now);
}

/** Back to the start of this exercise segment, or to the one before if just begun. */
export function back(plan: BreakPlan, state: Playback, now: number): Playback {
  const current = advance(plan, state, now);
  if (current.status !== 'running' && current.status !== 'paused') return current;
  const elapsed = (current.pausedAt ?? now) - current.segmentStart;
  let target = current.index;
  if (elapsed < 2_000 || plan.segments[target]!.kind === 'ready') {
    target = current.index - 1;
    while (target > 0 && plan.segments[target]!.kind === 'ready') target--;
  }
  // Re-enter an exercise through its get-ready, so the person has time to get into position.
  const ready = target > 0 && plan.segments[target - 1]!.kind === 'ready' ? target - 1 : target;
  return jumpTo(plan, current, Math.max(0, ready), now);
}

export function restart(state: Playback, now: number): Playback {
  return {
    ...initialPlayback(),
    status: 'running',
    segmentStart: now,
    startedAt: state.startedAt ?? now,
  };
}

export function progressOf(state: Playback): BreakProgress {
  return { done: [...state.done], skipped: [...state.skipped] };
}

/** The real time the routine took, pauses included: what history records. */
export function durationOf(state: Playback, now: number): number {
  return state.startedAt === null ? 0 : (state.finishedAt ?? now) - state.startedAt;
}

// ---------------------------------------------------------------- what is showing right now

export interface Moment {
  segment: PlannedSegment;
  exercise: PlannedExercise;
  elapsedMs: number;
  remainingMs: number;
  /** 0 → 1 through this segment. */
  fraction: number;
  /** 0 → 1 through the whole routine. */
  overall: number;
  move: PlannedMove;
  /** 0 → 1 through the current breath phase. */
  moveFraction: number;
  /** The pose the figure is leaving and the one it is moving to. */
  fromPose: string;
  toPose: string;
  /** 1-based rep or breath number for counted segments, else 0. */
  count: number;
}

export function momentOf(plan: BreakPlan, state: Playback, now: number): Moment {
  const index = Math.min(state.index, plan.segments.length - 1);
  const segment = plan.segments[index]!;
  const exercise = plan.exercises[segment.exerciseId]!;
  const reference =
    state.status === 'finished' ? segment.startMs + segment.durationMs : (state.pausedAt ?? now);
  const elapsedMs =
    state.status === 'ready'
      ? 0
      : state.status === 'finished'
        ? segment.durationMs
        : Math.min(segment.durationMs, Math.max(0, reference - state.segmentStart));
  const remainingMs = segment.durationMs - elapsedMs;
  const overall =
    plan.totalMs === 0 ? 1 : Math.min(1, (segment.startMs + elapsedMs) / plan.totalMs);
  const base = {
    segment,
    exercise,
    elapsedMs,
    remainingMs,
    fraction: segment.durationMs === 0 ? 1 : elapsedMs / segment.durationMs,
    overall,
  };
  const start = exercise.figure.start;
  if (segment.kind === 'ready' || exercise.cycleMs === 0) {
    return {
      ...base,
      move: exercise.cycle[0]!,
      moveFraction: 0,
      fromPose: start,
      toPose: start,
      count: 0,
    };
  }
  const cycleIndex = Math.floor(elapsedMs / exercise.cycleMs);
  let within = elapsedMs - cycleIndex * exercise.cycleMs;
  let moveIndex = 0;
  while (moveIndex < exercise.cycle.length - 1 && within >= exercise.cycle[moveIndex]!.ms) {
    within -= exercise.cycle[moveIndex]!.ms;
    moveIndex++;
  }
  const planned = exercise.cycle[moveIndex]!;
  // A cue that eases deeper is said on the first breath only; later breaths stay there.
  const move =
    cycleIndex > 0 && planned.laterCue !== undefined
      ? { ...planned, cue: planned.laterCue }
      : planned;
  const previous =
    moveIndex > 0
      ? exercise.cycle[moveIndex - 1]!.pose
      : cycleIndex > 0
        ? exercise.cycle[exercise.cycle.length - 1]!.pose
        : start;
  const counted = segment.kind === 'reps' || segment.kind === 'breaths';
  return {
    ...base,
    move,
    moveFraction: move.ms === 0 ? 1 : Math.min(1, within / move.ms),
    fromPose: previous,
    toPose: move.pose,
    count: counted ? Math.min(segment.count, cycleIndex + 1) : 0,
  };
}

/** The next moment the screen's words or numbers change, for one timer instead of a tick. */
export function nextChangeAt(plan: BreakPlan, state: Playback, now: number): number | null {
  if (state.status !== 'running') return null;
  const moment = momentOf(plan, state, now);
  const segmentEnd = state.segmentStart + moment.segment.durationMs;
  // Countdowns show whole seconds, so the screen changes at least at every second boundary.
  const nextSecond = now + (moment.remainingMs % 1000 || 1000);
  const phaseEnd = now + (moment.move.ms - moment.moveFraction * moment.move.ms || moment.move.ms);
  return Math.min(segmentEnd, nextSecond, moment.segment.kind === 'ready' ? Infinity : phaseEnd);
}
