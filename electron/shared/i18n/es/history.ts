import type { HistoryRecordOf } from '../../historySchema';
import type { Feeling, Weekday } from '../../settingsLimits';
import type enHistory from '../en/history';
import type { DayFromToday, StressedText } from '../en/history';
import type { Format } from '../format';
import { startCapital } from './app';

type Break = HistoryRecordOf<'break'>;

/**
 * The history window's words in Spanish. Part of the Spanish catalogue (see ./index.ts); the
 * English source is ../en/history.ts. A break is a "pausa" (feminine), so the words that
 * describe one agree with it: "Completada", "Saltadas", "iniciada por ti".
 */
export default function history(f: Format): ReturnType<typeof enHistory> {
  const breaks = (n: number) =>
    f.plural(n, { one: `${f.number(n)} pausa`, other: `${f.number(n)} pausas` });
  const days = (n: number) =>
    f.plural(n, { one: `${f.number(n)} día`, other: `${f.number(n)} días` });
  /** A day of the chart and its table: today by name, any other by its date ("Martes, 9 de junio"). */
  const longDay = (ms: number, isToday: boolean) =>
    isToday ? 'Hoy' : startCapital(f.longDate(ms));
  const outcome = { taken: 'Completada', skipped: 'Interrumpida' } satisfies Record<
    Break['outcome'],
    string
  >;
  /** Said only of a break the person started themselves. */
  const startedBy = { reminder: null, manual: 'iniciada por ti' } satisfies Record<
    Break['trigger'],
    string | null
  >;

  return {
    heading: 'Historial',
    exportButton: 'Exportar a CSV…',
    /** After the export: `path` is where the person chose to save it. */
    exportSaved: (rows: number, path: string) =>
      f.plural(rows, {
        one: `Se guardó ${f.number(rows)} fila en ${path}`,
        other: `Se guardaron ${f.number(rows)} filas en ${path}`,
      }),
    /** `why` is main's sentence about what went wrong. */
    loadFailed: (why: string) => `Backbreak no pudo leer tu historial: ${why}`,
    loading: 'Cargando tu historial…',
    /** A time sat (a day's, the longest stretch's), in whole minutes: "1 h 5 min". */
    sitting: (ms: number) => f.sitting(ms),
    unreadableLines: (lines: number) =>
      f.plural(lines, {
        one: `No se pudo leer ${f.number(lines)} línea del archivo de historial, así que se dejó fuera.`,
        other: `No se pudieron leer ${f.number(lines)} líneas del archivo de historial, así que se dejaron fuera.`,
      }),

    today: {
      heading: 'Hoy',
      timeSat: 'Tiempo sentado',
      longestStretch: 'Tramo más largo',
      breaksTaken: 'Pausas hechas',
      snoozed: 'Pospuestas',
      skipped: 'Saltadas',
      /** Breaks taken against the daily goal: the count stressed, "de 4" beside it. */
      takenOfGoal: (taken: number, goal: number): StressedText => [
        { text: f.number(taken), stress: true },
        { text: ` de ${f.number(goal)}` },
      ],
      streak: (streakDays: number, goal: number): StressedText => [
        { text: `Racha de ${days(streakDays)}`, stress: true },
        { text: ` con al menos ${breaks(goal)} al día.` },
      ],
      noStreak: (goal: number) =>
        `Aún no tienes racha: haz ${breaks(goal)} en un día para empezar una.`,
      toGo: (breaksLeft: number) => `Con ${breaks(breaksLeft)} más hoy, cumples el objetivo.`,
      goalMet: 'Objetivo de hoy cumplido.',
    },

    recent: {
      heading: 'Pausas recientes',
      empty: 'Aún no hay pausas. La primera aparecerá aquí.',
      /** When a break was: "Hoy, 14:05", "Ayer, 9:12", "Lun, 9 jun, 10:20". */
      when: (at: number, day: DayFromToday) =>
        day === 'today'
          ? `Hoy, ${f.time(at)}`
          : day === 'yesterday'
            ? `Ayer, ${f.time(at)}`
            : `${startCapital(f.dayAndDate(at))}, ${f.time(at)}`,
      /** How a break went: "Completada · 3 min 5 s · iniciada por ti". */
      details: (how: Break['outcome'], durationMs: number, trigger: Break['trigger']) =>
        [outcome[how], f.seconds(durationMs), startedBy[trigger]]
          .filter((part) => part !== null)
          .join(' · '),
      feeling: {
        better: 'Mejor después',
        same: 'Igual que antes',
        worse: 'Peor después',
      } satisfies Record<Feeling, string>,
      noFeeling: 'Sin respuesta',
    },

    chart: {
      heading: 'Pausas por día',
      spanGroup: 'Días mostrados',
      span: (n: 7 | 30) => days(n),
      goalLine: (goal: number) => `objetivo: ${f.number(goal)}`,
      /** Under a bar of the week: its weekday. */
      weekday: (day: Weekday) => f.weekday(day, 'short'),
      /** Under a bar of the month (every seventh): its date. */
      date: (ms: number) => f.shortDate(ms),
      /** A bar's tooltip: "Martes, 9 de junio: 3 pausas". */
      bar: (ms: number, isToday: boolean, taken: number) =>
        `${longDay(ms, isToday)}: ${breaks(taken)}`,
      /** What the chart shows, in sentences, for anyone who cannot see it. */
      summary: (shown: { days: number; total: number; best: number; goal: number; met: number }) =>
        `${f.plural(shown.days, { one: 'Pausas hechas el último día', other: `Pausas hechas cada día en los últimos ${days(shown.days)}` })}: ${breaks(shown.total)} en total, ` +
        `como máximo ${f.number(shown.best)} en un día. ` +
        `El objetivo de ${breaks(shown.goal)} se cumplió en ${f.number(shown.met)} de ${days(shown.days)}.`,
      showNumbers: 'Mostrar los números',
      tableCaption: (n: number) =>
        f.plural(n, { one: 'El último día', other: `Cada uno de los últimos ${f.number(n)} días` }),
      column: {
        day: 'Día',
        breaks: 'Pausas',
        snoozed: 'Pospuestas',
        skipped: 'Saltadas',
        timeSat: 'Tiempo sentado',
      },
      day: (ms: number, isToday: boolean) => longDay(ms, isToday),
    },
  };
}
