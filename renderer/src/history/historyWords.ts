import { addLocalDays, localDateKey, startOfLocalDate } from '../../../electron/shared/localDays';
import type { Feeling } from '../../../electron/shared/settingsLimits';

/** How the history window says times, durations and answers. */

export const FEELING_WORDS: Record<Feeling, string> = {
  better: 'Felt better',
  same: 'Felt the same',
  worse: 'Felt worse',
};

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
  const key = localDateKey(at);
  const yesterday = localDateKey(addLocalDays(startOfLocalDate(today), -1));
  const day = key === today ? 'Today' : key === yesterday ? 'Yesterday' : dayFormat.format(date);
  return `${day} ${timeFormat.format(date)}`;
}

/** Under a bar of the chart: the weekday for a week, the date for a month. */
export function chartDayLabel(key: string, span: number): string {
  return span <= 7
    ? weekdayFormat.format(startOfLocalDate(key))
    : shortDateFormat.format(startOfLocalDate(key));
}

/** In the table and for screen readers: "Monday 9 June". */
export function longDayLabel(key: string, today: string): string {
  return key === today ? 'Today' : longDateFormat.format(startOfLocalDate(key));
}
