/**
 * Time units in one place for main and every window. How a duration reads in a language
 * ("45 min", "1 Std. 15 Min.") is the locale's Format (i18n/format.ts), from Intl.
 */

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export const minutesToMs = (minutes: number): number => minutes * MINUTE_MS;

/** Whole minutes in a duration, rounded down: what a person has sat so far. */
export const wholeMinutes = (ms: number): number => Math.floor(ms / MINUTE_MS);
