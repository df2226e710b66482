import type { DaysWithHours } from '../../../electron/shared/i18n/en/settings';
import { WEEKDAYS, type Weekday } from '../../../electron/shared/settingsLimits';
import type { Settings } from '../../../electron/shared/settingsSchema';
import type { FieldError } from '../../../electron/shared/settingsSchema';

/** Editing the week of working hours: plain functions the field calls, each returning a new week. */

export type Week = Settings['workingHours'];
export type TimeRange = Week[Weekday][number];

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

/**
 * The time lists offer every half hour: fine enough for when reminders may come (they come
 * 45 minutes apart by default), and short enough to scroll.
 */
export const TIME_STEP_MINUTES = 30;

/**
 * The times a time list offers, "HH:MM": every half hour, and the time it holds now
 * when that falls between them (a settings file edited by hand, the 23:59 a new range can end
 * at), so whatever the settings allow can be shown and kept.
 */
export function timeChoices(current: string): string[] {
  const times: string[] = [];
  for (let minutes = 0; minutes < 24 * 60; minutes += TIME_STEP_MINUTES)
    times.push(toTime(minutes));
  if (/^\d\d:\d\d$/.test(current) && !times.includes(current)) {
    times.push(current);
    times.sort();
  }
  return times;
}

/**
 * A week as its hint describes it: days in a row with the same hours joined ("Monday to
 * Friday"), days without hours left out.
 */
export function daysWithHours(week: Week): DaysWithHours[] {
  const same = (a: TimeRange[], b: readonly TimeRange[]) =>
    a.length === b.length &&
    a.every((range, i) => range.start === b[i]!.start && range.end === b[i]!.end);
  const groups: DaysWithHours[] = [];
  for (const day of WEEKDAYS) {
    const previous = groups[groups.length - 1];
    const follows = previous && WEEKDAYS.indexOf(previous.last) === WEEKDAYS.indexOf(day) - 1;
    if (previous && follows && same(week[day], previous.ranges)) previous.last = day;
    else groups.push({ first: day, last: day, ranges: week[day] });
  }
  return groups.filter((group) => group.ranges.length > 0);
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
