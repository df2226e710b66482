import type { Feeling } from '../../../electron/shared/settingsLimits';

/** How the history window says times, durations and answers. */

/** "0 min", "45 min", "2 h", "3 h 12 min". */
export function sittingDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** "40 s", "3 min", "3 min 5 s": how long a break lasted. */
export function breakDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  return rest === 0
    ? `${Math.floor(seconds / 60)} min`
    : `${Math.floor(seconds / 60)} min ${rest} s`;
}

export const FEELING_WORDS: Record<Feeling, string> = {
  better: 'Felt better',
  same: 'Felt the same',
  worse: 'Felt worse',
};

/** A local YYYY-MM-DD as a Date at its midnight. */
export function dateOf(key: string): Date {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

export function dateKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const longDateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/** "Today 14:05", "Yesterday 09:12", "Mon 9 Jun 10:20". */
export function momentLabel(at: number, today: string): string {
  const date = new Date(at);
  const key = dateKey(date);
  const yesterday = dateOf(today);
  yesterday.setDate(yesterday.getDate() - 1);
  const day =
    key === today ? 'Today' : key === dateKey(yesterday) ? 'Yesterday' : dayFormat.format(date);
  return `${day} ${timeFormat.format(date)}`;
}

/** Under a bar of the chart: the weekday for a week, the date for a month. */
export function chartDayLabel(key: string, span: number): string {
  return span <= 7 ? weekdayFormat.format(dateOf(key)) : shortDateFormat.format(dateOf(key));
}

/** In the table and for screen readers: "Monday 9 June". */
export function longDayLabel(key: string, today: string): string {
  return key === today ? 'Today' : longDateFormat.format(dateOf(key));
}
