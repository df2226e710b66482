import { MINUTE_MS, sittingWords } from '../../shared/units';

export interface ReminderNotice {
  title: string;
  body: string;
  /** Shown without the system's sound: a reminder that came anyway while the person is busy. */
  silent?: boolean;
}

/**
 * The words of a reminder: how long they sat, and what is on offer. A gentle one came at the
 * end of a wait while the person was still busy, so it asks for nothing now and makes no sound.
 */
export function reminderNotice(
  sittingMs: number,
  count: number,
  manner: 'normal' | 'gentle' = 'normal',
): ReminderNotice {
  const sat = sittingWords(Math.max(MINUTE_MS, sittingMs));
  if (manner === 'gentle') {
    return {
      title: 'When you are free: time for your back',
      body: `You have been sitting for ${sat}. A short guided routine is ready whenever you are.`,
      silent: true,
    };
  }
  return {
    title: count > 1 ? 'Still sitting: time for your back' : 'Time for a back break',
    body: `You have been sitting for ${sat}. A short guided routine is ready when you are.`,
  };
}
