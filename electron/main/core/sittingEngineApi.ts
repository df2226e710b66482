import type { HistoryRecordOf } from '../../shared/historySchema';
import type { PauseChoice } from '../../shared/settingsLimits';
import type { Settings } from '../../shared/settingsSchema';
import type { EngineStatus } from '../../shared/views';
import type {
  Cancel,
  Clock,
  IdleReader,
  Logger,
  PowerEvents,
  SnapshotStore,
  Timers,
} from './ports';
import type { BusySettings } from './busyPolicy';
import type { BusySignals } from './busySignals';
import type { Reminder } from './reminderPolicy';
import type { ReminderManner } from './reminderWait';

/** What the sitting engine needs, and what it offers the rest of the app. */

export type EngineReminder = Reminder & ReminderManner;

export type EngineSettings = Pick<
  Settings,
  | 'reminderIntervalMinutes'
  | 'snoozeMinutes'
  | 'maxReminders'
  | 'naturalBreakMinutes'
  | 'workingHours'
  | 'remindOutsideWorkingHours'
  | BusySettingKey
>;

type BusySettingKey = 'busySignals' | 'busyApps' | 'busyLimitMinutes';

/** The part of the settings the engine works from. */
export function engineSettingsOf(settings: Settings): EngineSettings {
  return {
    reminderIntervalMinutes: settings.reminderIntervalMinutes,
    snoozeMinutes: settings.snoozeMinutes,
    maxReminders: settings.maxReminders,
    naturalBreakMinutes: settings.naturalBreakMinutes,
    workingHours: settings.workingHours,
    remindOutsideWorkingHours: settings.remindOutsideWorkingHours,
    busySignals: settings.busySignals,
    busyApps: settings.busyApps,
    busyLimitMinutes: settings.busyLimitMinutes,
  };
}

/** What counts as busy, and for how long a reminder waits, in the busy policy's terms. */
export function busySettingsOf(settings: Pick<Settings, BusySettingKey>): BusySettings {
  return {
    signals: settings.busySignals,
    frontApps: settings.busyApps,
    limitMinutes: settings.busyLimitMinutes,
  };
}

export interface SittingEngineDeps {
  clock: Clock;
  timers: Timers;
  /** [electron, mutter, xprintidle, loginctl] on Linux, [electron] elsewhere; first is primary. */
  idleReaders: IdleReader[];
  power: PowerEvents;
  /** Read only when a reminder is due or while one waits for the person to be free. */
  busySignals: BusySignals;
  store: SnapshotStore;
  settings: EngineSettings;
  log: Logger;
}

export interface SittingEngine {
  /** Restores the snapshot (restart rule), subscribes to power events, reads idle, arms the timer. */
  start(): Promise<void>;
  /** Cancels the timer and subscriptions and saves the snapshot. */
  stop(): void;
  status(): EngineStatus;
  /** Fires when something a person would see changes, never on a tick. */
  onStatus(listener: (status: EngineStatus) => void): Cancel;
  /** A reminder may show now, and how: after a wait for the person to be free, gently. */
  onRemind(listener: (reminder: EngineReminder) => void): Cancel;
  /** The open reminder no longer applies (break, pause, standing, answered): close it. */
  onWithdrawReminder(listener: () => void): Cancel;
  onStretchEnded(listener: (stretch: HistoryRecordOf<'stretch'>) => void): Cancel;
  /** Takes effect at once. */
  applySettings(settings: EngineSettings): void;
  snooze(minutes: number): void;
  /** Dismisses this reminder; not a break: the next comes after another full interval. */
  skip(): void;
  pause(choice: PauseChoice): void;
  resume(): void;
  setStanding(standing: boolean): void;
  /** A routine began: no reminders until it is done (at most ROUTINE_QUIET_MS). */
  breakStarted(): void;
  /**
   * A finished routine is a break: the sitting clock starts over. `routineMs`, how long the
   * routine ran, places the stretch's end where the routine began.
   */
  breakTaken(routineMs?: number): void;
}
