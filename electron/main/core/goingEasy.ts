import type { Settings } from '../../shared/settingsSchema';
import { LIST_LIMITS } from '../../shared/settingsLimits';
import { DAY_MS } from '../../shared/units';

/**
 * After a break that felt worse, Backbreak goes easy on that routine's exercises for a while:
 * the chooser offers routines with them less, and they play their easiest version the person
 * can do. Each exercise is eased until a moment; choosing a version yourself, or undoing it in
 * Settings, ends it sooner.
 */

export type EaseOff = Settings['easeOff'];

/** How long "for a while" is. */
export const GOING_EASY_MS = 14 * DAY_MS;

/** The exercises being eased at `now`. */
export function goingEasyOn(list: EaseOff, now: number): Set<string> {
  return new Set(list.filter((entry) => entry.until > now).map((entry) => entry.exercise));
}

/** Eases these exercises from now, renewing any already eased; spent entries are dropped. */
export function easeOffFrom(list: EaseOff, exercises: readonly string[], now: number): EaseOff {
  const until = now + GOING_EASY_MS;
  const kept = list.filter((entry) => entry.until > now && !exercises.includes(entry.exercise));
  // Past the settings' limit the oldest are let go first, so the settings file stays valid.
  return [...kept, ...[...new Set(exercises)].map((exercise) => ({ exercise, until }))].slice(
    -LIST_LIMITS.remembered,
  );
}

/** Stops easing one exercise (the person chose a version of it themselves). */
export function stopEasing(list: EaseOff, exercise: string, now: number): EaseOff {
  return list.filter((entry) => entry.until > now && entry.exercise !== exercise);
}
