import type { DayFromToday } from '../../../electron/shared/i18n/en/history';
import { addLocalDays, localDateKey, startOfLocalDate } from '../../../electron/shared/localDays';

/**
 * Which day a moment fell on, seen from `today` (a local date, YYYY-MM-DD), by the person's
 * own calendar: the list of recent breaks names today and yesterday, and dates the rest.
 */
export function dayFromToday(at: number, today: string): DayFromToday {
  const key = localDateKey(at);
  if (key === today) return 'today';
  return key === localDateKey(addLocalDays(startOfLocalDate(today), -1)) ? 'yesterday' : 'earlier';
}
