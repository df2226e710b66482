import type { HistoryRecordOf } from '../../historySchema';
import type { Feeling, Weekday } from '../../settingsLimits';
import type enHistory from '../en/history';
import type { DayFromToday, StressedText } from '../en/history';
import type { Format } from '../format';

type Break = HistoryRecordOf<'break'>;

/**
 * The history window's words in German: the German side of ../en/history.ts, message for
 * message. A streak is "Tage in Folge"; counts after "an" or "in den letzten" take the dative
 * ("an 2 von 7 Tagen").
 */
export default function history(f: Format): ReturnType<typeof enHistory> {
  const breaks = (n: number) =>
    f.plural(n, { one: `${f.number(n)} Pause`, other: `${f.number(n)} Pausen` });
  const days = (n: number) =>
    f.plural(n, { one: `${f.number(n)} Tag`, other: `${f.number(n)} Tage` });
  /** Days after a preposition that takes the dative: "an 2 von 7 Tagen". */
  const daysAfter = (n: number) =>
    f.plural(n, { one: `${f.number(n)} Tag`, other: `${f.number(n)} Tagen` });
  /** A day of the chart and its table: today by name, any other by its date. */
  const longDay = (ms: number, isToday: boolean) => (isToday ? 'Heute' : f.longDate(ms));
  const outcome = { taken: 'Geschafft', skipped: 'Früher beendet' } satisfies Record<
    Break['outcome'],
    string
  >;
  /** Said only of a break the person started themselves. */
  const startedBy = { reminder: null, manual: 'von dir gestartet' } satisfies Record<
    Break['trigger'],
    string | null
  >;

  return {
    heading: 'Verlauf',
    exportButton: 'Als CSV exportieren …',
    /** After the export: `path` is where the person chose to save it. */
    exportSaved: (rows: number, path: string) =>
      f.plural(rows, {
        one: `${f.number(rows)} Zeile in ${path} gespeichert`,
        other: `${f.number(rows)} Zeilen in ${path} gespeichert`,
      }),
    /** `why` is main's sentence about what went wrong. */
    loadFailed: (why: string) => `Backbreak konnte deinen Verlauf nicht lesen: ${why}`,
    loading: 'Dein Verlauf wird geladen …',
    /** A time sat (a day's, the longest stretch's), in whole minutes: "1 Std. 5 Min.". */
    sitting: (ms: number) => f.sitting(ms),
    unreadableLines: (lines: number) =>
      f.plural(lines, {
        one: `${f.number(lines)} Zeile der Verlaufsdatei war nicht lesbar und wurde ausgelassen.`,
        other: `${f.number(lines)} Zeilen der Verlaufsdatei waren nicht lesbar und wurden ausgelassen.`,
      }),

    today: {
      heading: 'Heute',
      timeSat: 'Sitzzeit',
      longestStretch: 'Längste Sitzphase',
      breaksTaken: 'Pausen gemacht',
      snoozed: 'Verschoben',
      skipped: 'Übersprungen',
      /** Breaks taken against the daily goal: the count stressed, "von 4" beside it. */
      takenOfGoal: (taken: number, goal: number): StressedText => [
        { text: f.number(taken), stress: true },
        { text: ` von ${f.number(goal)}` },
      ],
      streak: (streakDays: number, goal: number): StressedText => [
        { text: `${days(streakDays)} in Folge`, stress: true },
        { text: ` mit mindestens ${breaks(goal)} am Tag.` },
      ],
      noStreak: (goal: number) =>
        `Noch keine Serie: Mach ${breaks(goal)} an einem Tag, um eine zu beginnen.`,
      toGo: (breaksLeft: number) =>
        `Noch ${breaks(breaksLeft)} heute, dann ist dein Tagesziel erreicht.`,
      goalMet: 'Dein Tagesziel ist erreicht.',
    },

    recent: {
      heading: 'Letzte Pausen',
      empty: 'Noch keine Pausen. Deine erste erscheint hier.',
      /** When a break was: "Heute um 14:05", "Gestern um 09:12", "Mo., 9. Juni um 10:20". */
      when: (at: number, day: DayFromToday) =>
        day === 'today'
          ? `Heute um ${f.time(at)}`
          : day === 'yesterday'
            ? `Gestern um ${f.time(at)}`
            : `${f.dayAndDate(at)} um ${f.time(at)}`,
      /** How a break went: "Geschafft · 3 Min. 5 Sek. · von dir gestartet". */
      details: (how: Break['outcome'], durationMs: number, trigger: Break['trigger']) =>
        [outcome[how], f.seconds(durationMs), startedBy[trigger]]
          .filter((part) => part !== null)
          .join(' · '),
      feeling: {
        better: 'Danach besser',
        same: 'Danach unverändert',
        worse: 'Danach schlechter',
      } satisfies Record<Feeling, string>,
      noFeeling: 'Keine Angabe',
    },

    chart: {
      heading: 'Pausen pro Tag',
      spanGroup: 'Angezeigte Tage',
      span: (n: 7 | 30) => days(n),
      goalLine: (goal: number) => `Ziel ${f.number(goal)}`,
      /** Under a bar of the week: its weekday. */
      weekday: (day: Weekday) => f.weekday(day, 'short'),
      /** Under a bar of the month (every seventh): its date. */
      date: (ms: number) => f.shortDate(ms),
      /** A bar's tooltip: "Dienstag, 9. Juni: 3 Pausen". */
      bar: (ms: number, isToday: boolean, taken: number) =>
        `${longDay(ms, isToday)}: ${breaks(taken)}`,
      /** What the chart shows, in sentences, for anyone who cannot see it. */
      summary: (shown: { days: number; total: number; best: number; goal: number; met: number }) =>
        `${f.plural(shown.days, { one: 'Pausen am letzten Tag', other: `Pausen pro Tag in den letzten ${f.number(shown.days)} Tagen` })}: ` +
        `insgesamt ${breaks(shown.total)}, ` +
        `höchstens ${f.number(shown.best)} an einem Tag. ` +
        `Das Ziel von ${breaks(shown.goal)} wurde an ${f.number(shown.met)} von ${daysAfter(shown.days)} erreicht.`,
      showNumbers: 'Zahlen anzeigen',
      tableCaption: (n: number) =>
        f.plural(n, { one: 'Der letzte Tag', other: `Die letzten ${f.number(n)} Tage` }),
      column: {
        day: 'Tag',
        breaks: 'Pausen',
        snoozed: 'Verschoben',
        skipped: 'Übersprungen',
        timeSat: 'Sitzzeit',
      },
      day: (ms: number, isToday: boolean) => longDay(ms, isToday),
    },
  };
}
