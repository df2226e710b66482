import type { Exercise, Routine, RoutineStep } from '../../shared/routineSchema';
import type { Place } from '../../shared/settingsLimits';
import type { BreakPlan, PlannedExercise, PlannedMove, PlannedSegment } from '../../shared/views';

/**
 * Expands a routine into the timed segments the player walks through. The same arithmetic
 * checks a routine's declared length, so the minutes a person is promised are the minutes the
 * player takes.
 */

/** Time to get into position before each step. */
export const GET_READY_MS = 5_000;
/** Time to change sides in a one-sided exercise. */
export const SWITCH_SIDES_MS = 4_000;
/** A breath between sets. */
export const BETWEEN_SETS_MS = 3_000;

export function cycleOf(exercise: Exercise): PlannedMove[] {
  return exercise.figure.cycle.map((move) => ({
    pose: move.pose,
    phase: move.phase,
    cue: move.cue,
    ...(move.laterCue === undefined ? {} : { laterCue: move.laterCue }),
    ms: exercise.breath[move.phase] * 1000,
  }));
}

export function cycleMs(exercise: Exercise): number {
  return cycleOf(exercise).reduce((sum, move) => sum + move.ms, 0);
}

/** The amount a step asks for: its override, or the exercise's default. */
export function stepAmount(step: RoutineStep, exercise: Exercise): { count: number; sets: number } {
  const dose = exercise.dose;
  switch (dose.kind) {
    case 'hold':
      return { count: step.seconds ?? dose.seconds.default, sets: step.sets ?? dose.sets.default };
    case 'reps':
      return { count: step.reps ?? dose.reps.default, sets: step.sets ?? dose.sets.default };
    case 'breaths':
      return { count: step.breaths ?? dose.breaths.default, sets: 1 };
  }
}

function workMs(exercise: Exercise, count: number): number {
  return exercise.dose.kind === 'hold' ? count * 1000 : count * cycleMs(exercise);
}

function planExercise(exercise: Exercise): PlannedExercise {
  const cycle = cycleOf(exercise);
  return {
    id: exercise.id,
    name: exercise.name,
    summary: exercise.summary,
    focus: exercise.focus,
    setup: exercise.setup,
    steps: exercise.steps,
    avoid: exercise.avoid,
    skipIf: exercise.skipIf,
    caution: exercise.caution,
    perSide: exercise.perSide,
    breath: exercise.breath,
    figure: exercise.figure,
    cycle,
    cycleMs: cycle.reduce((sum, move) => sum + move.ms, 0),
  };
}

/**
 * `exercises` must hold every exercise the routine names; `routineLibrary.ts` guarantees that
 * for every routine it accepts.
 */
export function planRoutine(routine: Routine, exercises: ReadonlyMap<string, Exercise>): BreakPlan {
  const segments: PlannedSegment[] = [];
  let at = 0;
  const push = (segment: Omit<PlannedSegment, 'index' | 'startMs'>) => {
    segments.push({ ...segment, index: segments.length, startMs: at });
    at += segment.durationMs;
  };

  const planned: Record<string, PlannedExercise> = {};
  const order: string[] = [];
  const places = new Set<Place>();
  routine.steps.forEach((step, stepIndex) => {
    const exercise = exercises.get(step.exercise);
    if (!exercise)
      throw new Error(`Routine "${routine.id}" names unknown exercise "${step.exercise}".`);
    if (!planned[exercise.id]) {
      planned[exercise.id] = planExercise(exercise);
      order.push(exercise.id);
    }
    places.add(exercise.place);
    const { count, sets } = stepAmount(step, exercise);
    const sides = exercise.perSide ? (['right', 'left'] as const) : ([null] as const);
    const kind = exercise.dose.kind;
    const common = { stepIndex, exerciseId: exercise.id, sets };
    push({
      ...common,
      kind: 'ready',
      side: sides[0],
      set: 1,
      durationMs: GET_READY_MS,
      count: 0,
      pause: 'get-ready',
    });
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0) {
        push({
          ...common,
          kind: 'ready',
          side,
          set: 1,
          durationMs: SWITCH_SIDES_MS,
          count: 0,
          pause: 'switch-sides',
        });
      }
      for (let set = 1; set <= sets; set++) {
        if (set > 1) {
          push({
            ...common,
            kind: 'ready',
            side,
            set,
            durationMs: BETWEEN_SETS_MS,
            count: 0,
            pause: 'rest',
          });
        }
        push({
          ...common,
          kind,
          side,
          set,
          durationMs: workMs(exercise, count),
          count,
          pause: null,
        });
      }
    });
  });

  return {
    routineId: routine.id,
    title: routine.title,
    purpose: routine.purpose,
    minutes: routine.minutes,
    totalMs: at,
    places: [...places].sort(),
    order,
    exercises: planned,
    segments,
  };
}

/** How far a declared length may be from the real one before the routine is refused. */
export function lengthTolerance(totalMs: number): number {
  return Math.max(15_000, totalMs * 0.1);
}
