import type { Weekday } from '../../../electron/shared/settingsLimits';
import type { Settings } from '../../../electron/shared/settingsSchema';
import type { FieldError } from '../../../electron/shared/settingsSchema';

/** Editing the week of working hours: plain functions the field calls, each returning a new week. */

export type Week = Settings['workingHours'];
export type TimeRange = Week[Weekday][number];

/** The schema allows this many ranges a day; the Add button stops there. */
export const MAX_RANGES_A_DAY = 4;

const toMinutes = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};
const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A new range for a day: the office day when it has none (or none finished), otherwise the hour after its latest
 * range (cut at the end of the day), so adding rarely makes an overlap to fix.
 */
export function newRange(ranges: TimeRange[]): TimeRange {
  const ends = ranges.map((range) => range.end).filter((end) => /^\d\d:\d\d$/.test(end));
  if (ends.length === 0) return { start: '09:00', end: '18:00' };
  const latest = Math.max(...ends.map(toMinutes));
  const start = Math.min(latest, 23 * 60 + 58);
  return { start: toTime(start), end: toTime(Math.min(start + 60, 23 * 60 + 59)) };
}

/** "22:00 to 06:00" runs past midnight and belongs to the day it starts on. */
export const runsPastMidnight = (range: TimeRange): boolean => range.end < range.start;

export function addRange(week: Week, day: Weekday): Week {
  return { ...week, [day]: [...week[day], newRange(week[day])] };
}

export function removeRange(week: Week, day: Weekday, index: number): Week {
  return { ...week, [day]: week[day].filter((_, i) => i !== index) };
}

export function setTime(
  week: Week,
  day: Weekday,
  index: number,
  end: 'start' | 'end',
  time: string,
): Week {
  return {
    ...week,
    [day]: week[day].map((range, i) => (i === index ? { ...range, [end]: time } : range)),
  };
}

/** The messages about one day: `workingHours.mon`, `workingHours.mon.1`, `workingHours.mon.1.end`. */
export function dayErrors(errors: FieldError[], day: Weekday): FieldError[] {
  const prefix = `workingHours.${day}`;
  return errors.filter((error) => error.path === prefix || error.path.startsWith(`${prefix}.`));
}

/** Whether a time box is part of the problem: the day as a whole, its range, or the box itself. */
export function isTimeInvalid(
  errors: FieldError[],
  day: Weekday,
  index: number,
  end: 'start' | 'end',
): boolean {
  const paths = new Set([
    `workingHours.${day}`,
    `workingHours.${day}.${index}`,
    `workingHours.${day}.${index}.${end}`,
  ]);
  return errors.some((error) => paths.has(error.path));
}
