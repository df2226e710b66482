import type { HistoryRecordOf } from '../../historySchema';
import type { Feeling, Weekday } from '../../settingsLimits';
import type { Format } from '../format';

/**
 * A sentence with one part said with more weight (a headline figure, the streak), so the window
 * can set that part apart without cutting the sentence into messages: each language puts the
 * parts in its own order and spacing.
 */
export type StressedText = readonly { text: string; stress?: true }[];

type Break = HistoryRecordOf<'break'>;

/** Which day a moment fell on, seen from today: the list of recent breaks names the first two. */
export type DayFromToday = 'today' | 'yesterday' | 'earlier';

/** The history window's words in English. Part of the English catalogue (see ./index.ts). */
export default function history(f: Format) {
  const breaks = (n: number) =>
    f.plural(n, { one: `${f.number(n)} break`, other: `${f.number(n)} breaks` });
  const days = (n: number) =>
    f.plural(n, { one: `${f.number(n)} day`, other: `${f.number(n)} days` });
  /** A day of the chart and its table: today by name, any other by its date. */
  const longDay = (ms: number, isToday: boolean) => (isToday ? 'Today' : f.longDate(ms));
  const outcome = { taken: 'Done', skipped: 'Stopped early' } satisfies Record<
    Break['outcome'],
    string
  >;
  /** Said only of a break the person started themselves. */
  const startedBy = { reminder: null, manual: 'started by you' } satisfies Record<
    Break['trigger'],
    string | null
  >;

  return {
    heading: 'History',
    exportButton: 'Export to CSV…',
    /** After the export: `path` is where the person chose to save it. */
    exportSaved: (rows: number, path: string) =>
      f.plural(rows, {
        one: `Saved ${f.number(rows)} row to ${path}`,
        other: `Saved ${f.number(rows)} rows to ${path}`,
      }),
    /** `why` is main's sentence about what went wrong. */
    loadFailed: (why: string) => `Backbreak could not read your history: ${why}`,
    loading: 'Loading your history…',
    /** A time sat (a day's, the longest stretch's), in whole minutes: "1 hr 5 min". */
    sitting: (ms: number) => f.sitting(ms),
    unreadableLines: (lines: number) =>
      f.plural(lines, {
        one: `${f.number(lines)} line of the history file could not be read and was left out.`,
        other: `${f.number(lines)} lines of the history file could not be read and were left out.`,
      }),

    today: {
      heading: 'Today',
      timeSat: 'Time sat',
      longestStretch: 'Longest stretch',
      breaksTaken: 'Breaks taken',
      snoozed: 'Snoozed',
      skipped: 'Skipped',
      /** Breaks taken against the daily goal: the count stressed, "of 4" beside it. */
      takenOfGoal: (taken: number, goal: number): StressedText => [
        { text: f.number(taken), stress: true },
        { text: ` of ${f.number(goal)}` },
      ],
      streak: (streakDays: number, goal: number): StressedText => [
        { text: `${f.number(streakDays)}-day streak`, stress: true },
        { text: ` of at least ${breaks(goal)} a day.` },
      ],
      noStreak: (goal: number) => `No streak yet: take ${breaks(goal)} in a day to start one.`,
      toGo: (breaksLeft: number) =>
        f.plural(breaksLeft, {
          one: `${f.number(breaksLeft)} more today meets the goal.`,
          other: `${f.number(breaksLeft)} more today meet the goal.`,
        }),
      goalMet: "Today's goal is met.",
    },

    recent: {
      heading: 'Recent breaks',
      empty: 'No breaks yet. Your first one will show up here.',
      /** When a break was: "Today 14:05", "Yesterday 9:12", "Mon 9 Jun 10:20". */
      when: (at: number, day: DayFromToday) =>
        day === 'today'
          ? `Today ${f.time(at)}`
          : day === 'yesterday'
            ? `Yesterday ${f.time(at)}`
            : `${f.dayAndDate(at)} ${f.time(at)}`,
      /** How a break went: "Done · 3 min 5 sec · started by you". */
      details: (how: Break['outcome'], durationMs: number, trigger: Break['trigger']) =>
        [outcome[how], f.seconds(durationMs), startedBy[trigger]]
          .filter((part) => part !== null)
          .join(' · '),
      feeling: {
        better: 'Felt better',
        same: 'Felt the same',
        worse: 'Felt worse',
      } satisfies Record<Feeling, string>,
      noFeeling: 'No answer',
    },

    chart: {
      heading: 'Breaks each day',
      spanGroup: 'Days shown',
      span: (n: 7 | 30) => days(n),
      goalLine: (goal: number) => `goal ${f.number(goal)}`,
      /** Under a bar of the week: its weekday. */
      weekday: (day: Weekday) => f.weekday(day, 'short'),
      /** Under a bar of the month (every seventh): its date. */
      date: (ms: number) => f.shortDate(ms),
      /** A bar's tooltip: "Monday 9 June: 3 breaks". */
      bar: (ms: number, isToday: boolean, taken: number) =>
        `${longDay(ms, isToday)}: ${breaks(taken)}`,
      /** What the chart shows, in sentences, for anyone who cannot see it. */
      summary: (shown: { days: number; total: number; best: number; goal: number; met: number }) =>
        `Breaks taken each day over the last ${days(shown.days)}: ${breaks(shown.total)} in all, ` +
        `at most ${f.number(shown.best)} in a day. ` +
        `The goal of ${f.number(shown.goal)} was met on ${f.number(shown.met)} of ${days(shown.days)}.`,
      showNumbers: 'Show the numbers',
      tableCaption: (n: number) =>
        f.plural(n, { one: 'The last day', other: `Each of the last ${f.number(n)} days` }),
      column: {
        day: 'Day',
        breaks: 'Breaks',
        snoozed: 'Snoozed',
        skipped: 'Skipped',
        timeSat: 'Time sat',
      },
      day: (ms: number, isToday: boolean) => longDay(ms, isToday),
    },
  };
}
