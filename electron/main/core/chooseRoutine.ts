import type { Messages } from '../../shared/i18n/en/index';
import type { Equipment, Place } from '../../shared/settingsLimits';
import type { LibraryRoutine } from './routineLibrary';

/**
 * Picks the routine for this moment. Hard wishes (places, equipment, excluded exercises,
 * length) filter; soft ones (favourites, variety, how long they sat) weigh. When nothing fits,
 * the nearest routine is offered with what had to give. The same seed gives the same choice.
 */

export interface ChooserInput {
  routines: readonly LibraryRoutine[];
  maxMinutes: number;
  places: readonly Place[];
  equipment: readonly Equipment[];
  excludedExercises: readonly string[];
  favourites: readonly string[];
  /** Exercises to go easy on after a break that felt worse: routines with them come less often. */
  goingEasyOn: readonly string[];
  sittingMinutes: number;
  /** Routine ids taken recently, newest first. */
  recent: readonly string[];
  /** Routine ids taken since midnight. */
  doneToday: readonly string[];
  /** Leave this one out when another fits: "another routine". */
  instead?: string;
  seed: number;
}

export interface Choice {
  routine: LibraryRoutine;
  /** What had to give when nothing fitted; all empty (and 0) when the routine fits. */
  misfit: Misfit;
  favourite: boolean;
  doneToday: boolean;
}

/** How many recent routines to avoid repeating when something else fits. */
export const AVOID_RECENT = 3;
/** How much less often a routine comes while Backbreak goes easy on one of its exercises. */
export const GOING_EASY_WEIGHT = 0.2;

/** A small, fast, well-mixed PRNG (mulberry32): enough for choosing, and seedable for tests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Misfit {
  excluded: string[];
  places: Place[];
  equipment: Equipment[];
  overMinutes: number;
}

function misfitOf(routine: LibraryRoutine, input: ChooserInput): Misfit {
  return {
    excluded: routine.exerciseIds.filter((id) => input.excludedExercises.includes(id)),
    places: routine.places.filter((place) => !input.places.includes(place)),
    equipment: routine.equipment.filter((item) => !input.equipment.includes(item)),
    overMinutes: Math.max(0, routine.minutes - input.maxMinutes),
  };
}

const fits = (misfit: Misfit) =>
  misfit.excluded.length === 0 &&
  misfit.places.length === 0 &&
  misfit.equipment.length === 0 &&
  misfit.overMinutes === 0;

/** Lower is nearer. Excluded exercises weigh most: a person may have excluded one for pain. */
const distance = (misfit: Misfit) =>
  misfit.excluded.length * 1000 +
  misfit.places.length * 100 +
  misfit.equipment.length * 10 +
  misfit.overMinutes;

/**
 * Why this routine, and what had to give, in the person's language: "3 min", "chair only",
 * "not done today"; "needs a wall". `nameOf` names an exercise in that language.
 */
export function choiceWords(
  choice: Choice,
  t: Messages,
  nameOf: (exerciseId: string) => string,
): { reasons: string[]; relaxed: string[] } {
  const { routine, misfit } = choice;
  const words = t.chooser;
  const reasons = [words.minutes(routine.minutes), words.places(routine.places)];
  if (choice.favourite) reasons.push(words.favourite);
  reasons.push(choice.doneToday ? words.doneToday : words.notDoneToday);
  const relaxed: string[] = [];
  if (misfit.overMinutes > 0) relaxed.push(words.longer(misfit.overMinutes));
  if (misfit.places.length > 0) relaxed.push(words.needsPlaces(misfit.places));
  if (misfit.equipment.length > 0) relaxed.push(words.needsEquipment(misfit.equipment));
  if (misfit.excluded.length > 0) relaxed.push(words.excluded(misfit.excluded.map(nameOf)));
  return { reasons, relaxed };
}

/** The length that suits the stretch just sat: about a minute per quarter hour, within limits. */
export function preferredMinutes(sittingMinutes: number, maxMinutes: number): number {
  return Math.min(maxMinutes, Math.max(1, Math.round(sittingMinutes / 15)));
}

export function chooseRoutine(input: ChooserInput): Choice | null {
  const all = input.routines.filter((routine) => routine.id !== input.instead);
  const pool = all.length > 0 ? all : [...input.routines];
  if (pool.length === 0) return null;

  const scored = pool.map((routine) => ({ routine, misfit: misfitOf(routine, input) }));
  const fitting = scored.filter((entry) => fits(entry.misfit));
  const random = seededRandom(input.seed);

  if (fitting.length === 0) {
    const best = Math.min(...scored.map((entry) => distance(entry.misfit)));
    const nearest = scored.filter((entry) => distance(entry.misfit) === best);
    const pick = nearest[Math.floor(random() * nearest.length)]!;
    return choiceOf(pick.routine, pick.misfit, input);
  }

  const fresh = fitting.filter(
    (entry) => !input.recent.slice(0, AVOID_RECENT).includes(entry.routine.id),
  );
  const candidates = fresh.length > 0 ? fresh : fitting;
  const target = preferredMinutes(input.sittingMinutes, input.maxMinutes);
  const weights = candidates.map(({ routine }) => {
    let weight = 1 / (1 + Math.abs(routine.minutes - target));
    if (input.favourites.includes(routine.id)) weight *= 3;
    if (!input.doneToday.includes(routine.id)) weight *= 1.5;
    if (routine.exerciseIds.some((id) => input.goingEasyOn.includes(id))) {
      weight *= GOING_EASY_WEIGHT;
    }
    return weight;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  let roll = random() * total;
  let index = 0;
  while (index < candidates.length - 1 && roll >= weights[index]!) {
    roll -= weights[index]!;
    index++;
  }
  const { routine, misfit } = candidates[index]!;
  return choiceOf(routine, misfit, input);
}

const choiceOf = (routine: LibraryRoutine, misfit: Misfit, input: ChooserInput): Choice => ({
  routine,
  misfit,
  favourite: input.favourites.includes(routine.id),
  doneToday: input.doneToday.includes(routine.id),
});
