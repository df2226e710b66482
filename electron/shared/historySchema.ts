import { z } from 'zod';
import { FEELINGS } from './settingsLimits';
import { contentId } from './routineSchema';

/**
 * One line of the history file (JSON Lines, append-only). Each record stands alone so a torn
 * last line loses at most that line. Times are wall-clock milliseconds: history is for people.
 */

const wall = z.number().int().min(0);
const duration = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 3600_000);

export const STRETCH_ENDINGS = ['idle', 'lock', 'sleep', 'routine', 'app-closed'] as const;
export const BREAK_TRIGGERS = ['reminder', 'manual'] as const;

export const historyRecordSchema = z.discriminatedUnion('type', [
  /** A stretch of sitting that ended with a break of some kind. */
  z.object({
    type: z.literal('stretch'),
    start: wall,
    end: wall,
    sittingMs: duration,
    endedBy: z.enum(STRETCH_ENDINGS),
  }),
  /** A routine that was started: taken when at least half of it was done, skipped otherwise. */
  z.object({
    type: z.literal('break'),
    id: z.string().min(1).max(40),
    at: wall,
    outcome: z.enum(['taken', 'skipped']),
    routineId: contentId,
    routineTitle: z.string().max(80),
    trigger: z.enum(BREAK_TRIGGERS),
    durationMs: duration,
    plannedMs: duration,
    exercises: z.array(contentId).max(50),
    stepsSkipped: z.number().int().min(0).max(200),
  }),
  z.object({
    type: z.literal('snooze'),
    at: wall,
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    sittingMs: duration,
  }),
  /** A reminder the person dismissed without a break. */
  z.object({ type: z.literal('skip'), at: wall, sittingMs: duration }),
  /** The answer to "how did that feel?", linked to its break. */
  z.object({
    type: z.literal('feeling'),
    at: wall,
    breakId: z.string().min(1).max(40),
    feeling: z.enum(FEELINGS),
  }),
]);
export type HistoryRecord = z.output<typeof historyRecordSchema>;
export type HistoryRecordOf<T extends HistoryRecord['type']> = Extract<HistoryRecord, { type: T }>;
