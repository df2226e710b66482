import { MINUTE_MS, sittingWords } from '../../shared/units';

export interface ReminderNotice {
  title: string;
  body: string;
}

/** The words of a reminder: how long they sat, and what is on offer. */
export function reminderNotice(sittingMs: number, count: number): ReminderNotice {
  const sat = sittingWords(Math.max(MINUTE_MS, sittingMs));
  return {
    title: count > 1 ? 'Still sitting: time for your back' : 'Time for a back break',
    body: `You have been sitting for ${sat}. A short guided routine is ready when you are.`,
  };
}
