import { rangeMinutes, type Settings } from '../../shared/settingsSchema';
import type { Weekday } from '../../shared/settingsLimits';
import { localWeekday } from '../../shared/localDays';

/**
 * Working hours as pure functions of a wall-clock moment, in the computer's local time zone.
 * Day boundaries and times of day always come from Date's local getters and constructor, never
 * from adding 24 hours, so days of 23 or 25 hours (DST changes) come out right.
 */

export type WorkingHoursSettings = Pick<Settings, 'workingHours'>;

const MINUTES_A_DAY = 24 * 60;
/** Eight days: the rest of today plus a full week, so every weekday's ranges are seen once. */
const SEARCH_DAYS = 8;
/** How far ahead "pause until the next working day" looks for a working day before settling for midnight. */
const NEXT_DAY_SEARCH = 7;
/** DST shifts in use today are 30 or 60 minutes; a repeated local time recurs after one. */
const DST_SHIFTS_MS = [30 * 60_000, 60 * 60_000];

interface LocalDay {
  year: number;
  month: number;
  day: number;
}

function minutesOf(hhmm: string): { hours: number; minutes: number } {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return { hours: hours ?? 0, minutes: minutes ?? 0 };
}

function minuteOfDay(hhmm: string): number {
  const { hours, minutes } = minutesOf(hhmm);
  return hours * 60 + minutes;
}

function localDay(wallMs: number, plusDays = 0): LocalDay {
  const date = new Date(wallMs);
  // Noon never falls in a DST gap, so the constructor normalises the date without shifting it.
  const normal = new Date(date.getFullYear(), date.getMonth(), date.getDate() + plusDays, 12);
  return { year: normal.getFullYear(), month: normal.getMonth(), day: normal.getDate() };
}

function weekdayAt(date: Date): Weekday {
  return localWeekday(date.getTime());
}

function weekdayOf(day: LocalDay): Weekday {
  return weekdayAt(new Date(day.year, day.month, day.day, 12));
}

function at(day: LocalDay, hhmm: string): number {
  const { hours, minutes } = minutesOf(hhmm);
  return new Date(day.year, day.month, day.day, hours, minutes).getTime();
}

/**
 * Whether `wallMs` falls inside working hours: inside a range of its own day, or inside the part
 * after midnight of a range that started the day before ("22:00 to 06:00" belongs to the day it
 * starts on, and runs into the next).
 */
export function isWithinWorkingHours(wallMs: number, settings: WorkingHoursSettings): boolean {
  const date = new Date(wallMs);
  const minute =
    date.getHours() * 60 +
    date.getMinutes() +
    (date.getSeconds() * 1000 + date.getMilliseconds()) / 60_000;
  const today = settings.workingHours[weekdayAt(date)];
  const yesterday = settings.workingHours[weekdayOf(localDay(wallMs, -1))];
  return (
    today.some((range) => {
      const [start, end] = rangeMinutes(range);
      return start <= minute && minute < end;
    }) ||
    yesterday.some((range) => {
      const [, end] = rangeMinutes(range);
      return minute < end - MINUTES_A_DAY;
    })
  );
}

function offsetAt(wallMs: number): number {
  return new Date(wallMs).getTimezoneOffset();
}

/** The first millisecond with the new UTC offset, given offsets differ at `from` and `to`. */
function offsetChangeBetween(from: number, to: number): number {
  let before = from;
  let after = to;
  const offsetBefore = offsetAt(before);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (offsetAt(middle) === offsetBefore) before = middle;
    else after = middle;
  }
  return after;
}

/**
 * Every moment in the search window at which being inside working hours could change: each
 * range boundary on each day, the second occurrence of a boundary in a repeated (fall-back)
 * hour, and each DST change itself (a spring-forward jump can skip over a boundary).
 */
function candidateChanges(wallMs: number, settings: WorkingHoursSettings): number[] {
  const candidates: number[] = [];
  // From yesterday, whose hours may run past midnight into today.
  for (let offset = -1; offset <= SEARCH_DAYS; offset++) {
    const day = localDay(wallMs, offset);
    const nextDay = localDay(wallMs, offset + 1);
    for (const range of settings.workingHours[weekdayOf(day)]) {
      const overnight = rangeMinutes(range)[1] >= MINUTES_A_DAY;
      const boundaries: [LocalDay, string][] = [
        [day, range.start],
        [overnight ? nextDay : day, range.end],
      ];
      for (const [boundaryDay, boundary] of boundaries) {
        const first = at(boundaryDay, boundary);
        candidates.push(first);
        for (const shift of DST_SHIFTS_MS) {
          const again = new Date(first + shift);
          if (again.getHours() * 60 + again.getMinutes() === minuteOfDay(boundary)) {
            candidates.push(first + shift);
          }
        }
      }
    }
    const dayStart = new Date(day.year, day.month, day.day).getTime();
    const dayEnd = new Date(day.year, day.month, day.day + 1).getTime();
    if (offsetAt(dayStart) !== offsetAt(dayEnd)) {
      candidates.push(offsetChangeBetween(dayStart, dayEnd));
    }
  }
  return candidates.sort((a, b) => a - b);
}

/**
 * The next wall-clock moment after `wallMs` at which the answer of `isWithinWorkingHours`
 * changes, or null when it never does (no working hours at all, or every hour of the week).
 */
export function nextWorkingHoursChange(
  wallMs: number,
  settings: WorkingHoursSettings,
): number | null {
  const inside = isWithinWorkingHours(wallMs, settings);
  for (const candidate of candidateChanges(wallMs, settings)) {
    if (candidate > wallMs && isWithinWorkingHours(candidate, settings) !== inside) {
      return candidate;
    }
  }
  return null;
}

/**
 * When "pause until the next working day" ends: the start of the first working-hours range on
 * a day after the current working day (looking up to a week ahead), else the coming local
 * midnight. The current working day is today, except after a night that ran past midnight and
 * before today's own hours begin: then it is still yesterday, so a night worker pausing at
 * 03:00 or 10:00 is back for tonight's hours.
 */
export function startOfNextWorkingDay(wallMs: number, settings: WorkingHoursSettings): number {
  const week = settings.workingHours;
  const date = new Date(wallMs);
  const minute = date.getHours() * 60 + date.getMinutes();
  const nightBefore = week[weekdayOf(localDay(wallMs, -1))].some(
    (range) => rangeMinutes(range)[1] >= MINUTES_A_DAY,
  );
  const startedToday = week[weekdayAt(date)].some((range) => minuteOfDay(range.start) <= minute);
  const firstOffset = nightBefore && !startedToday ? 0 : 1;
  for (let offset = firstOffset; offset < firstOffset + NEXT_DAY_SEARCH; offset++) {
    const day = localDay(wallMs, offset);
    const ranges = week[weekdayOf(day)];
    if (ranges.length === 0) continue;
    const earliest = ranges.reduce(
      (first, range) => (range.start < first ? range.start : first),
      '24:00',
    );
    const start = at(day, earliest);
    if (start > wallMs) return start;
  }
  const tomorrow = localDay(wallMs, 1);
  return new Date(tomorrow.year, tomorrow.month, tomorrow.day).getTime();
}
