import type { Messages } from '../../shared/i18n/en/index';
import { addLocalDays, localWeekday, startOfLocalDay } from '../../shared/localDays';
import { MINUTE_MS } from '../../shared/units';
import type { EngineStatus } from '../../shared/views';

/**
 * What the tray shows for an engine status: the icon's look, the words, and the menu. Pure, so
 * the adapter only draws it. The view changes in whole minutes only, which lets the app arm one
 * timer for `nextTrayChangeAt` instead of redrawing on a tick.
 *
 * `status` must describe the moment `now`: at each change the app asks the engine for a fresh
 * status and calls `trayView` again.
 */

export type TrayAction =
  | 'start'
  | 'skip'
  | 'snooze-5'
  | 'snooze-10'
  | 'snooze-30'
  | 'pause-30m'
  | 'pause-1h'
  | 'pause-tomorrow'
  | 'resume'
  | 'standing'
  | 'sitting'
  | 'settings'
  | 'history'
  | 'quit';

export type TrayLook =
  'normal' | 'paused' | 'standing' | 'outside-hours' | 'overdue' | 'waiting' | 'limited' | 'away';

export interface TrayIconView {
  look: TrayLook;
  /** Whole minutes of sitting, shown as digits; 0 for looks that do not count. */
  minutes: number;
  /** 0..1 of the way to the next reminder. */
  progress: number;
}

export interface TrayChoice {
  label: string;
  action: TrayAction;
}

export type TrayMenuItem =
  /** A line the person reads but cannot click. */
  | { kind: 'status'; label: string }
  | { kind: 'action'; label: string; action: TrayAction }
  | { kind: 'submenu'; label: string; items: TrayChoice[] }
  | { kind: 'separator' };

export interface TrayView {
  tooltip: string;
  /** Text beside the icon in the macOS menu bar; empty when there is nothing to count. */
  title: string;
  statusLine: string;
  icon: TrayIconView;
  menu: TrayMenuItem[];
}

/** `t` is the person's language: the tray speaks it, and changes when the setting does. */
export function trayView(status: EngineStatus, now: number, t: Messages): TrayView {
  const look = lookOf(status);
  const counting = isCounting(status, look);
  const minutes = counting ? Math.floor(status.sittingMs / MINUTE_MS) : 0;
  const untilReminder =
    counting && !reminderHeldBack(look) ? minutesUntilReminder(status, now) : null;
  const statusLine = statusLineOf(status, look, untilReminder, now, t);
  const limited = status.idleDetection.state === 'limited';

  return {
    tooltip: [t.appName, statusLine, ...(limited ? [t.tray.idleLimited] : [])].join('\n'),
    title: counting ? t.tray.minutesTitle(minutes) : '',
    statusLine,
    icon: { look, minutes, progress: progressOf(look, minutes, untilReminder) },
    menu: menuOf(status, statusLine, limited, now, t),
  };
}

/**
 * The next moment `trayView` would return something different without any new status: a
 * sitting minute ticking over, the "next reminder in" count dropping, a pause ending, or
 * midnight turning "tomorrow" into "today". Null when only a status change can alter the view.
 */
export function nextTrayChangeAt(status: EngineStatus, now: number): number | null {
  const look = lookOf(status);
  const moments: number[] = [];
  if (look === 'paused' && status.pausedUntil !== null) {
    moments.push(status.pausedUntil);
    const midnight = addLocalDays(now, 1);
    if (midnight < status.pausedUntil) moments.push(midnight);
  }
  if (isCounting(status, look)) {
    moments.push(now + (MINUTE_MS - (status.sittingMs % MINUTE_MS)));
    const left =
      !reminderHeldBack(look) && status.nextReminderAt !== null ? status.nextReminderAt - now : 0;
    // The ceiling of the minutes left drops when `left` reaches the next lower whole minute.
    if (left > 0) moments.push(now + left - (Math.ceil(left / MINUTE_MS) - 1) * MINUTE_MS);
  }
  const future = moments.filter((moment) => moment > now);
  return future.length > 0 ? Math.min(...future) : null;
}

function lookOf(status: EngineStatus): TrayLook {
  if (status.hold === 'paused') return 'paused';
  if (status.activity === 'standing') return 'standing';
  if (status.hold === 'outside-hours') return 'outside-hours';
  if (status.hold === 'overdue') return 'overdue';
  if (status.hold === 'waiting') return 'waiting';
  if (status.idleDetection.state === 'limited') return 'limited';
  if (status.activity === 'away') return 'away';
  return 'normal';
}

/**
 * Whether the icon shows live sitting minutes. Outside working hours the engine still keeps
 * time for the history, but the tray stays still so the app can sleep until the hours begin.
 */
function isCounting(status: EngineStatus, look: TrayLook): boolean {
  return (
    status.activity === 'sitting' &&
    (look === 'normal' || look === 'limited' || look === 'overdue' || look === 'waiting')
  );
}

/** The reminder is due already (waiting for the person, or gone quiet): no countdown to show. */
function reminderHeldBack(look: TrayLook): boolean {
  return look === 'overdue' || look === 'waiting';
}

function minutesUntilReminder(status: EngineStatus, now: number): number | null {
  if (status.nextReminderAt === null) return null;
  return Math.max(0, Math.ceil((status.nextReminderAt - now) / MINUTE_MS));
}

/** Measured in whole minutes, like the digits beside it, so the ring moves when they do. */
function progressOf(look: TrayLook, minutes: number, untilReminder: number | null): number {
  if (reminderHeldBack(look)) return 1;
  if (untilReminder === null) return 0;
  const whole = minutes + untilReminder;
  return whole === 0 ? 1 : minutes / whole;
}

function statusLineOf(
  status: EngineStatus,
  look: TrayLook,
  untilReminder: number | null,
  now: number,
  t: Messages,
): string {
  const words = t.tray;
  switch (look) {
    case 'paused':
      return status.pausedUntil === null ? words.paused : pausedUntil(status.pausedUntil, now, t);
    case 'standing':
      return words.standing;
    case 'outside-hours':
      return words.outsideHours;
    case 'overdue':
      return words.overdue(status.sittingMs);
    case 'waiting':
      return words.waiting(t.busy.reasons(status.waiting?.reasons ?? []), status.sittingMs);
    case 'away':
      return words.away;
    case 'normal':
    case 'limited': {
      if (status.activity === 'away') return words.away;
      if (untilReminder === null) return words.sitting(status.sittingMs);
      if (untilReminder === 0) return words.sittingAndDue(status.sittingMs);
      return words.sittingAndNext(status.sittingMs, untilReminder);
    }
  }
}

function menuOf(
  status: EngineStatus,
  statusLine: string,
  limited: boolean,
  now: number,
  t: Messages,
): TrayMenuItem[] {
  const words = t.tray.menu;
  const menu: TrayMenuItem[] = [{ kind: 'status', label: statusLine }];
  if (limited) menu.push({ kind: 'status', label: t.tray.idleLimited });
  menu.push({ kind: 'separator' }, { kind: 'action', label: words.start, action: 'start' });
  // A snoozed reminder can still be skipped, or snoozed for another length.
  if (reminderIsOut(status, now) || (status.activity === 'sitting' && status.hold === 'snoozed')) {
    menu.push(
      {
        kind: 'submenu',
        label: words.snooze,
        items: [
          { label: words.snoozeFor(5), action: 'snooze-5' },
          { label: words.snoozeFor(10), action: 'snooze-10' },
          { label: words.snoozeFor(30), action: 'snooze-30' },
        ],
      },
      { kind: 'action', label: words.skip, action: 'skip' },
    );
  }
  if (status.hold === 'paused') {
    menu.push({ kind: 'action', label: words.resume, action: 'resume' });
  } else {
    menu.push({
      kind: 'submenu',
      label: words.pause,
      items: [
        { label: words.pause30m, action: 'pause-30m' },
        { label: words.pause1h, action: 'pause-1h' },
        { label: words.pauseUntilWorkday, action: 'pause-tomorrow' },
      ],
    });
  }
  menu.push(
    status.activity === 'standing'
      ? { kind: 'action', label: words.sitting, action: 'sitting' }
      : { kind: 'action', label: words.standing, action: 'standing' },
    { kind: 'separator' },
    { kind: 'action', label: words.settings, action: 'settings' },
    { kind: 'action', label: words.history, action: 'history' },
    { kind: 'separator' },
    { kind: 'action', label: words.quit, action: 'quit' },
  );
  return menu;
}

/**
 * Whether a reminder is out for the person to answer: shown (and perhaps followed up), due
 * now, waiting for them to be free, or gone quiet as overdue. Snooze and skip answer it; the
 * keyboard shortcut snoozes it, and starts a routine when there is none.
 */
export function reminderIsOut(status: EngineStatus, now: number): boolean {
  if (
    status.activity !== 'sitting' ||
    status.hold === 'paused' ||
    status.hold === 'outside-hours' ||
    status.hold === 'snoozed'
  ) {
    return false;
  }
  return (
    status.hold === 'waiting' ||
    status.hold === 'overdue' ||
    status.remindersSent > 0 ||
    (status.nextReminderAt !== null && status.nextReminderAt <= now)
  );
}

/** "Paused until 14:30" today, "… tomorrow 09:00", or "… Wed 09:00" further out. */
function pausedUntil(at: number, now: number, t: Messages): string {
  const day = startOfLocalDay(at);
  const today = startOfLocalDay(now);
  if (day <= today) return t.tray.pausedUntilToday(at);
  if (day === addLocalDays(today, 1)) return t.tray.pausedUntilTomorrow(at);
  return t.tray.pausedUntilDay(at, localWeekday(at));
}
