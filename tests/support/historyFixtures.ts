import type { HistoryRecord } from '../../electron/shared/historySchema';

const DAY_MS = 24 * 3600_000;

/** Six days of breaks before `now` (one to four a day), as a week of use leaves them. */
export const weekOfBreaks = (now: number): HistoryRecord[] =>
  [6, 5, 4, 3, 2, 1].flatMap((back, i) => {
    const at = now - back * DAY_MS;
    return Array.from({ length: (i % 4) + 1 }, (_, n) => ({
      type: 'break' as const,
      id: `seed-${back}-${n}`,
      at: at + n * 3_600_000,
      outcome: 'taken' as const,
      routineId: 'quiet-desk-routine',
      routineTitle: 'Quiet desk routine',
      trigger: 'reminder' as const,
      durationMs: 210_000,
      plannedMs: 210_000,
      exercises: ['seated-back-breathing'],
      stepsSkipped: 0,
    }));
  });
