import type { Equipment, Place } from '../../shared/settingsLimits';
import type { LibraryRoutine } from './routineLibrary';

/**
 * Picks the routine for this moment. Hard wishes (places, equipment, excluded exercises,
 * length) filter; soft ones (favourites, variety, how long they sat) weigh. When nothing fits,
 * the nearest routine is offered with what had to give. The same seed gives the same choice.
 */

export interface ChooserInput {
  routines: readonly LibraryRoutine[];
  /** Each exercise's name, so what had to give is said in the person's words. */
  exerciseNames: ReadonlyMap<string, string>;
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
  reasons: string[];
  relaxed: string[];
}

/** How many recent routines to avoid repeating when something else fits. */
export const AVOID_RECENT = 3;
/** How much less often a routine comes while Backbreak goes easy on one of its exercises. */
export const GOING_EASY_WEIGHT = 0.2;

const PLACE_WORDS: Record<Place, string> = { chair: 'chair', standing: 'standing', floor: 'floor' };

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

interface Misfit {
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

function relaxedWords(misfit: Misfit, names: ReadonlyMap<string, string>): string[] {
  const words: string[] = [];
  if (misfit.overMinutes > 0) words.push(`${misfit.overMinutes} min longer than you asked for`);
  if (misfit.places.length > 0)
    words.push(`needs ${misfit.places.map((p) => PLACE_WORDS[p]).join(' and ')} space`);
  if (misfit.equipment.length > 0) words.push(`needs a ${misfit.equipment.join(' and a ')}`);
  if (misfit.excluded.length > 0)
    words.push(
      `includes ${misfit.excluded.map((id) => names.get(id) ?? id).join(', ')}, which you left out`,
    );
  return words;
}

/** The length that suits the stretch just sat: about a minute per quarter hour, within limits. */
export function preferredMinutes(sittingMinutes: number, maxMinutes: number): number {
  return Math.min(maxMinutes, Math.max(1, Math.round(sittingMinutes / 15)));
}

export function placeWords(places: readonly Place[]): string {
  if (places.length === 1) return places[0] === 'standing' ? 'standing only' : `${places[0]} only`;
  return places.join(' + ');
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
    return {
      routine: pick.routine,
      reasons: describe(pick.routine, input),
      relaxed: relaxedWords(pick.misfit, input.exerciseNames),
    };
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
  const routine = candidates[index]!.routine;
  return { routine, reasons: describe(routine, input), relaxed: [] };
}

function describe(routine: LibraryRoutine, input: ChooserInput): string[] {
  const minutes = Number.isInteger(routine.minutes) ? routine.minutes : routine.minutes.toFixed(1);
  const reasons = [`${minutes} min`, placeWords(routine.places)];
  if (input.favourites.includes(routine.id)) reasons.push('a favourite');
  reasons.push(input.doneToday.includes(routine.id) ? 'done earlier today' : 'not done today');
  return reasons;
}
