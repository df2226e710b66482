import type { Exercise, Routine, RoutineStep } from '../../shared/routineSchema';
import { LIST_LIMITS, type Equipment, type Place } from '../../shared/settingsLimits';
import type { VersionOffer } from '../../shared/views';

/**
 * Easier and harder versions of an exercise: which one a routine's step plays, and which the
 * person is offered. A version is offered only when they can do it where they are (its place
 * and equipment are among theirs, and they have not left it out). The step plays the version
 * they last chose for that exercise, or, while Backbreak is going easy on it after a break that
 * felt worse, the easiest version they can do.
 */

export interface VersionContext {
  exercises: ReadonlyMap<string, Exercise>;
  places: readonly Place[];
  equipment: readonly Equipment[];
  excluded: readonly string[];
}

/**
 * The versions remembered once the person chose `chosen` in place of `exercise` (choosing the
 * exercise itself forgets its entry): the newest choice last, and past the settings' limit the
 * oldest choices are forgotten, so the settings file always stays valid.
 */
export function rememberVersion(
  versions: Readonly<Record<string, string>>,
  exercise: string,
  chosen: string,
): Record<string, string> {
  const kept = Object.entries(versions).filter(([base]) => base !== exercise);
  if (chosen !== exercise) kept.push([exercise, chosen]);
  return Object.fromEntries(kept.slice(-LIST_LIMITS.remembered));
}

/** Whether the person can do this exercise with what they said they have. */
export function canDo(id: string, context: VersionContext): boolean {
  const exercise = context.exercises.get(id);
  return (
    exercise !== undefined &&
    context.places.includes(exercise.place) &&
    exercise.equipment.every((item) => context.equipment.includes(item)) &&
    !context.excluded.includes(id)
  );
}

/** The next version each way that the person can do, skipping ones they cannot. */
function nextDoable(
  id: string,
  toward: 'easier' | 'harder',
  context: VersionContext,
): Exercise | null {
  const seen = new Set([id]);
  let next = context.exercises.get(id)?.[toward];
  while (next !== undefined && !seen.has(next)) {
    if (canDo(next, context)) return context.exercises.get(next)!;
    seen.add(next);
    next = context.exercises.get(next)?.[toward];
  }
  return null;
}

/** What "Easier" and "Harder" would switch to from this exercise. */
export function versionOffer(id: string, context: VersionContext): VersionOffer {
  const offer = (exercise: Exercise | null) =>
    exercise === null ? null : { id: exercise.id, name: exercise.name };
  return {
    easier: offer(nextDoable(id, 'easier', context)),
    harder: offer(nextDoable(id, 'harder', context)),
  };
}

/** The exercise a step written as `id` plays for this person now. */
export function playedVersion(
  id: string,
  context: VersionContext,
  chosen: Readonly<Record<string, string>>,
  goingEasyOn: ReadonlySet<string>,
): string {
  if (goingEasyOn.has(id)) {
    let easiest = id;
    for (let easier = nextDoable(id, 'easier', context); easier;) {
      easiest = easier.id;
      easier = nextDoable(easier.id, 'easier', context);
    }
    return easiest;
  }
  const choice = chosen[id];
  return choice !== undefined && choice !== id && canDo(choice, context) ? choice : id;
}

/**
 * The step with another exercise in it. An amount of the same kind is kept within the new
 * exercise's range; one of another kind (seconds for reps) gives way to its default.
 */
export function stepWith(step: RoutineStep, exercise: Exercise): RoutineStep {
  const dose = exercise.dose;
  const within = (value: number | undefined, range: { min: number; max: number }) =>
    value === undefined ? undefined : Math.min(range.max, Math.max(range.min, value));
  const next: RoutineStep = { exercise: exercise.id };
  if (dose.kind === 'hold') {
    const seconds = within(step.seconds, dose.seconds);
    const sets = within(step.sets, dose.sets);
    if (seconds !== undefined) next.seconds = seconds;
    if (sets !== undefined) next.sets = sets;
  } else if (dose.kind === 'reps') {
    const reps = within(step.reps, dose.reps);
    const sets = within(step.sets, dose.sets);
    if (reps !== undefined) next.reps = reps;
    if (sets !== undefined) next.sets = sets;
  } else {
    const breaths = within(step.breaths, dose.breaths);
    if (breaths !== undefined) next.breaths = breaths;
  }
  return next;
}

/** The routine with each step playing the exercise `versionOf` picks for it. */
export function routineWithVersions(
  routine: Routine,
  exercises: ReadonlyMap<string, Exercise>,
  versionOf: (stepIndex: number, id: string) => string,
): Routine {
  return {
    ...routine,
    steps: routine.steps.map((step, i) => {
      const id = versionOf(i, step.exercise);
      return id === step.exercise ? step : stepWith(step, exercises.get(id)!);
    }),
  };
}
