import type { HistoryRecord, HistoryRecordOf } from '../../shared/historySchema';
import type { Feeling } from '../../shared/settingsLimits';
import type { DayTotals, HistoryView } from '../../shared/views';
import { addLocalDays, localDateKey, startOfLocalDay } from '../../shared/localDays';

/**
 * What the history window shows, worked out from the records in the history file: today's
 * totals, the last 7 and 30 local days, the streak of days that met the break goal, and the
 * latest breaks with how they felt.
 */

/** How many breaks the window lists under "recent breaks". */
export const RECENT_BREAK_COUNT = 20;

const CHART_DAYS = 30;

export interface SummaryExtras {
  /** Lines of the history file that could not be read; passed through for the window to report. */
  unreadableLines?: number;
  /**
   * The stretch the person is sitting through right now, which has no record until it ends.
   * Without it, "time sat today" would lag behind by the current stretch.
   */
  ongoingStretch?: { start: number; sittingMs: number } | null;
}

interface Stretch {
  start: number;
  end: number;
  sittingMs: number;
}

export function summarizeHistory(
  records: readonly HistoryRecord[],
  now: number,
  dailyGoal: number,
  extras: SummaryExtras = {},
): HistoryView {
  const todayStart = startOfLocalDay(now);
  const chartDays: DayTotals[] = [];
  for (let back = CHART_DAYS - 1; back >= 0; back--) {
    chartDays.push(emptyDay(localDateKey(addLocalDays(todayStart, -back))));
  }
  const byDate = new Map(chartDays.map((day) => [day.date, day]));
  // The streak can reach further back than the chart, so taken breaks are counted for every day.
  const takenByDate = new Map<string, number>();
  const feelings = new Map<string, { at: number; feeling: Feeling }>();
  const breaks: HistoryRecordOf<'break'>[] = [];

  const addSitting = (stretch: Stretch) => {
    for (const part of splitAtMidnight(stretch)) {
      const day = byDate.get(part.date);
      if (!day) continue;
      day.sittingMs += part.sittingMs;
      day.longestStretchMs = Math.max(day.longestStretchMs, part.sittingMs);
    }
  };

  for (const record of records) {
    switch (record.type) {
      case 'stretch':
        addSitting(record);
        break;
      case 'break': {
        breaks.push(record);
        const date = localDateKey(record.at);
        const day = byDate.get(date);
        if (record.outcome === 'taken') {
          takenByDate.set(date, (takenByDate.get(date) ?? 0) + 1);
          if (day) day.taken++;
        } else if (day) {
          day.skipped++;
        }
        break;
      }
      case 'snooze': {
        const day = byDate.get(localDateKey(record.at));
        if (day) day.snoozed++;
        break;
      }
      case 'skip': {
        const day = byDate.get(localDateKey(record.at));
        if (day) day.skipped++;
        break;
      }
      case 'feeling': {
        // A changed answer is a new record; the latest one is what the person meant.
        const known = feelings.get(record.breakId);
        if (!known || record.at >= known.at) feelings.set(record.breakId, record);
        break;
      }
    }
  }
  const ongoing = extras.ongoingStretch;
  if (ongoing && ongoing.sittingMs > 0) {
    addSitting({
      start: ongoing.start,
      end: Math.max(ongoing.start, now),
      sittingMs: ongoing.sittingMs,
    });
  }

  const recentBreaks = breaks
    .map((record, order) => ({ record, order }))
    // Newest first; records written in the same millisecond keep their file order reversed.
    .sort((a, b) => b.record.at - a.record.at || b.order - a.order)
    .slice(0, RECENT_BREAK_COUNT)
    .map(({ record }) => ({ ...record, feeling: feelings.get(record.id)?.feeling ?? null }));

  return {
    today: chartDays[chartDays.length - 1]!,
    last7: chartDays.slice(-7),
    last30: chartDays,
    streakDays: streakDays(takenByDate, todayStart, dailyGoal),
    dailyGoal,
    recentBreaks,
    unreadableLines: extras.unreadableLines ?? 0,
  };
}

function emptyDay(date: string): DayTotals {
  return { date, sittingMs: 0, longestStretchMs: 0, taken: 0, snoozed: 0, skipped: 0 };
}

/**
 * Shares a stretch's sitting time between the local days it touched, in proportion to the
 * wall time spent in each. Rounding is done on running totals so the parts add up exactly.
 */
function splitAtMidnight(stretch: Stretch): { date: string; sittingMs: number }[] {
  const { start, end, sittingMs } = stretch;
  if (end <= start) return [{ date: localDateKey(start), sittingMs }];
  const share = (ms: number) => Math.round(((ms - start) / (end - start)) * sittingMs);
  const parts: { date: string; sittingMs: number }[] = [];
  let from = start;
  while (from < end) {
    const to = Math.min(end, addLocalDays(from, 1));
    parts.push({ date: localDateKey(from), sittingMs: share(to) - share(from) });
    from = to;
  }
  return parts;
}

/**
 * Days in a row that met the goal, counted back from today when today has already met it and
 * from yesterday otherwise: a day that is not over yet does not break a streak.
 */
function streakDays(
  takenByDate: Map<string, number>,
  todayStart: number,
  dailyGoal: number,
): number {
  const goal = Math.max(1, dailyGoal);
  const met = (dayStart: number) => (takenByDate.get(localDateKey(dayStart)) ?? 0) >= goal;
  let day = met(todayStart) ? todayStart : addLocalDays(todayStart, -1);
  let streak = 0;
  while (met(day)) {
    streak++;
    day = addLocalDays(day, -1);
  }
  return streak;
}
