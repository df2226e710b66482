import type { Messages } from '../../shared/i18n/en/index';
import { MINUTE_MS } from '../../shared/units';
import type { EngineReminder } from './sittingEngineApi';

/** Something main tells the person in a notification. */
export interface Notice {
  title: string;
  body: string;
}

export interface ReminderNotice extends Notice {
  /** Shown without the system's sound: a reminder that came anyway while the person is busy. */
  silent?: boolean;
  /** The buttons' words, where the system shows buttons: Start, Snooze, Skip this break. */
  buttons: { start: string; snooze: string; skip: string };
}

/**
 * The words of a reminder, in the person's language: how long they sat, and what is on
 * offer. A gentle one came at the end of a wait while the person was still busy, so it asks
 * for nothing now and makes no sound.
 */
export function reminderNotice(
  t: Messages,
  reminder: Pick<EngineReminder, 'sittingMs' | 'count' | 'manner'>,
  snoozeMinutes: number,
): ReminderNotice {
  const sat = Math.max(MINUTE_MS, reminder.sittingMs);
  const buttons = {
    start: t.notify.start,
    snooze: t.notify.snoozeFor(snoozeMinutes),
    skip: t.notify.skip,
  };
  if (reminder.manner === 'gentle') {
    return { title: t.notify.gentleTitle, body: t.notify.gentleBody(sat), silent: true, buttons };
  }
  return {
    title: reminder.count > 1 ? t.notify.reminderAgainTitle : t.notify.reminderTitle,
    body: t.notify.reminderBody(sat),
    buttons,
  };
}
