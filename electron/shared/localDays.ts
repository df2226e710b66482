import type { Weekday } from './settingsLimits';

/**
 * Calendar days in the person's own time zone. A local day is 23 or 25 hours long when the
 * clocks change, so days are always found through the Date constructor's local fields, never
 * by adding 24 hours.
 */

/** Date#getDay() numbers Sunday 0; the settings name the days. */
const WEEKDAY_OF: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The weekday, on the person's own calendar, of the moment `ms`. */
export function localWeekday(ms: number): Weekday {
  return WEEKDAY_OF[new Date(ms).getDay()]!;
}

/** The first moment of the local day that contains `ms`. */
export function startOfLocalDay(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** The first moment of the local day `days` days after the one that contains `ms`. */
export function addLocalDays(ms: number, days: number): number {
  const date = new Date(ms);
  // The constructor rolls day 0 or day 32 over into the neighbouring month by itself.
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** The first moment of a local date written YYYY-MM-DD (the inverse of localDateKey). */
export function startOfLocalDate(key: string): number {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1).getTime();
}

/** The local date as YYYY-MM-DD. */
export function localDateKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}
