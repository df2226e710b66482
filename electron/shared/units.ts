/**
 * Time units and how a duration reads, in one place for every window, the tray and the
 * notifications, so the same sitting time reads the same everywhere: "45 min", "1 h 15 min".
 */

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export const minutesToMs = (minutes: number): number => minutes * MINUTE_MS;

/** Whole minutes in a duration, rounded down: what a person has sat so far. */
export const wholeMinutes = (ms: number): number => Math.floor(ms / MINUTE_MS);

/** "0 min", "45 min", "1 h", "1 h 15 min": a span of minutes (sitting, waiting). */
export function minutesWords(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole < 60) return `${whole} min`;
  const rest = whole % 60;
  const hours = Math.floor(whole / 60);
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A sitting time (ms) in whole minutes, rounded down: "1 h 15 min". */
export const sittingWords = (ms: number): string => minutesWords(wholeMinutes(ms));

/** "40 s", "3 min", "3 min 5 s": a short span such as a routine. */
export function secondsWords(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / SECOND_MS));
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  const minutes = Math.floor(seconds / 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
