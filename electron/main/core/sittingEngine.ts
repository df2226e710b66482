import type { HistoryRecordOf } from '../../shared/historySchema';
import type { PauseChoice } from '../../shared/settingsLimits';
import type { Settings } from '../../shared/settingsSchema';
import type { EngineStatus } from '../../shared/views';
import { restoreSnapshot, toSnapshot, type EngineState } from './engineSnapshot';
import {
  idleDetection,
  initialIdleSelection,
  isProvingPrimary,
  PROVING_CHECK_MS,
  readIdle,
  type IdleSelection,
} from './idleSelection';
import type {
  Cancel,
  Clock,
  IdleReader,
  Logger,
  PowerEvent,
  PowerEvents,
  SnapshotStore,
  Timers,
} from './ports';
import {
  afterBreak,
  initialReminderState,
  isPaused,
  paused,
  quietForRoutine,
  reminderDueAt,
  reminderHold,
  remindIfDue,
  resumed,
  skipped,
  snoozed,
  withGrace,
  withoutExpiredHolds,
  type Reminder,
  type ReminderContext,
  type ReminderState,
} from './reminderPolicy';
import {
  initialSittingState,
  isAbsent,
  naturalBreakMs,
  observe,
  sittingMsAt,
  type EndedStretch,
  type SittingEvent,
  type SittingState,
} from './sittingTracker';
import {
  isWithinWorkingHours,
  nextWorkingHoursChange,
  startOfNextWorkingDay,
} from './workingHours';

/**
 * The sitting engine: the tracker, the reminder policy, working hours and idle selection
 * driven by the ports. It keeps one timer armed for the next moment anything can change:
 *
 * - sitting: the next idle check waits until idle could first reach the break threshold
 *   (last input + threshold), because the reading dates a break's start exactly however late
 *   it comes; about 12 checks an hour with the default 5 minutes;
 * - away: a check a minute, to place the return within a minute;
 * - paused, standing or outside working hours (reminders off): a slow check every 45 minutes,
 *   so a break is still seen, plus the moment the hold ends;
 * - locked or asleep: only a slow watchdog check in case the unlock or resume event is lost;
 * - and the moment a reminder comes due.
 */

export type EngineSettings = Pick<
  Settings,
  | 'reminderIntervalMinutes'
  | 'snoozeMinutes'
  | 'maxReminders'
  | 'naturalBreakMinutes'
  | 'workingHours'
  | 'remindOutsideWorkingHours'
>;

/** The part of the settings the engine works from. */
export function engineSettingsOf(settings: Settings): EngineSettings {
  return {
    reminderIntervalMinutes: settings.reminderIntervalMinutes,
    snoozeMinutes: settings.snoozeMinutes,
    maxReminders: settings.maxReminders,
    naturalBreakMinutes: settings.naturalBreakMinutes,
    workingHours: settings.workingHours,
    remindOutsideWorkingHours: settings.remindOutsideWorkingHours,
  };
}

export type { Reminder } from './reminderPolicy';

export interface SittingEngineDeps {
  clock: Clock;
  timers: Timers;
  /** [electron, mutter, xprintidle, loginctl] on Linux, [electron] elsewhere; first is primary. */
  idleReaders: IdleReader[];
  power: PowerEvents;
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
  onRemind(listener: (reminder: Reminder) => void): Cancel;
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

/** Never check sooner than this after a reading, however close idle is to the threshold. */
const SITTING_CHECK_FLOOR_MS = 30_000;
const AWAY_CHECK_MS = 60_000;
/** Slow checks while reminders are held or the screen is locked: under 2 wakeups an hour. */
const HELD_CHECK_MS = 45 * 60_000;
/** Two checks never closer than this, so nothing can spin the timer. */
const MIN_CHECK_GAP_MS = 1_000;
/** A timer this late means the process did not run: the computer slept or froze. */
const LATE_TIMER_MS = 60_000;
/** A reader that has not answered by then counts as not answering. */
const READ_DEADLINE_MS = 5_000;
/** Stretches shorter than this (a glance at the screen on the way past) stay out of history. */
const MIN_STRETCH_FOR_HISTORY_MS = 60_000;
/** The history schema's longest duration. */
const LONGEST_RECORDED_MS = 7 * 24 * 3600_000;
/** Wall times derived from monotonic ones wobble by a few ms; only a real move is a change. */
const STATUS_TOLERANCE_MS = 1_000;
const PAUSE_MS: Record<Exclude<PauseChoice, 'tomorrow'>, number> = {
  '30m': 30 * 60_000,
  '1h': 60 * 60_000,
};
const LONGEST_SNOOZE_MINUTES = 24 * 60;
const HOURS_CACHE_MS = 3600_000;

/** A reader that hangs must not stop the engine: after the deadline it counts as silent. */
function withDeadline(reader: IdleReader, timers: Timers): IdleReader {
  return {
    name: reader.name,
    read: () =>
      new Promise<number | null>((resolve) => {
        const cancel = timers.setTimeout(() => resolve(null), READ_DEADLINE_MS);
        Promise.resolve()
          .then(() => reader.read())
          .then(resolve, () => resolve(null))
          .finally(cancel);
      }),
  };
}

function differs(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a !== b : Math.abs(a - b) > STATUS_TOLERANCE_MS;
}

/** Whether a person would notice the difference between two statuses. */
function looksDifferent(a: EngineStatus, b: EngineStatus): boolean {
  return (
    a.activity !== b.activity ||
    a.hold !== b.hold ||
    a.remindersSent !== b.remindersSent ||
    a.withinWorkingHours !== b.withinWorkingHours ||
    a.idleDetection.state !== b.idleDetection.state ||
    a.idleDetection.source !== b.idleDetection.source ||
    differs(a.pausedUntil, b.pausedUntil) ||
    differs(a.snoozedUntil, b.snoozedUntil) ||
    differs(a.nextReminderAt, b.nextReminderAt) ||
    // Standing freezes the count, so its start moves with the clock; the count itself is what shows.
    (a.activity === 'standing'
      ? differs(a.sittingMs, b.sittingMs)
      : differs(a.sittingSince, b.sittingSince))
  );
}

export function createSittingEngine(deps: SittingEngineDeps): SittingEngine {
  const { clock, timers, power, store, log } = deps;
  const readers = deps.idleReaders.map((reader) => withDeadline(reader, timers));
  let settings = deps.settings;
  let sitting: SittingState = initialSittingState();
  let reminders: ReminderState = initialReminderState();
  let selection: IdleSelection = initialIdleSelection(readers);

  let running = false;
  /** Bumped by each start, so a reading begun before a stop is not applied after a restart. */
  let generation = 0;
  let unsubscribe: Cancel | null = null;
  let timer: Cancel | null = null;
  let armedFor: number | null = null;
  let reading = false;
  let lastCheckAt: number | null = null;
  let reminderOpen = false;
  let lastShown: EngineStatus | null = null;
  let lastSavedKey: string | null = null;
  let lastSavedAt: number | null = null;
  let saveFailing = false;

  const statusListeners = new Set<(status: EngineStatus) => void>();
  const remindListeners = new Set<(reminder: Reminder) => void>();
  const withdrawListeners = new Set<() => void>();
  const stretchListeners = new Set<(stretch: HistoryRecordOf<'stretch'>) => void>();

  function emit<T>(listeners: Set<(value: T) => void>, value: T): void {
    for (const listener of [...listeners]) {
      try {
        listener(value);
      } catch (error) {
        log.error('A sitting-engine listener failed.', error);
      }
    }
  }

  function subscribe<T>(listeners: Set<T>, listener: T): Cancel {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  // ------------------------------------------------------------ what the person would see

  function countingNow(): boolean {
    return sitting.phase === 'sitting' && !sitting.standing && !isAbsent(sitting);
  }

  /**
   * The next working-hours change, remembered while the wall clock stays between the moment it
   * was worked out and that change (nothing changes in between), for at most an hour so a new
   * time zone is noticed. It is asked on every check and status.
   */
  let hoursCache: { settings: EngineSettings; from: number; change: number | null } | null = null;
  function nextHoursChange(wall: number): number | null {
    const cached = hoursCache;
    if (
      cached !== null &&
      cached.settings === settings &&
      wall >= cached.from &&
      wall < cached.from + HOURS_CACHE_MS &&
      (cached.change === null || wall < cached.change)
    ) {
      return cached.change;
    }
    const change = nextWorkingHoursChange(wall, settings);
    hoursCache = { settings, from: wall, change };
    return change;
  }

  function context(now: number, wall: number): ReminderContext {
    const change = settings.remindOutsideWorkingHours ? null : nextHoursChange(wall);
    return {
      now,
      sittingMs: countingNow() ? sittingMsAt(sitting, now) : null,
      withinWorkingHours: isWithinWorkingHours(wall, settings),
      hoursChangeAt: change === null ? null : now + (change - wall),
    };
  }

  function buildStatus(now: number, wall: number, ctx: ReminderContext): EngineStatus {
    const sittingMs = Math.round(sittingMsAt(sitting, now));
    const toWall = (time: number | null) =>
      time === null ? null : Math.round(wall + (time - now));
    const snoozedUntil =
      reminders.snoozedUntil !== null && reminders.snoozedUntil > now
        ? reminders.snoozedUntil
        : null;
    return {
      activity: sitting.phase === 'away' ? 'away' : sitting.standing ? 'standing' : 'sitting',
      sittingMs,
      sittingSince: sitting.phase === 'sitting' ? Math.round(wall - sittingMs) : null,
      hold: reminderHold(reminders, ctx, settings),
      pausedUntil: isPaused(reminders, now) ? toWall(reminders.pausedUntil) : null,
      snoozedUntil: toWall(snoozedUntil),
      nextReminderAt: toWall(reminderDueAt(reminders, ctx, settings)),
      remindersSent: reminders.sent,
      withinWorkingHours: ctx.withinWorkingHours,
      idleDetection: idleDetection(selection),
    };
  }

  function reminderStillApplies(ctx: ReminderContext): boolean {
    const hold = reminderHold(reminders, ctx, settings);
    return (
      sitting.phase === 'sitting' &&
      !sitting.standing &&
      hold !== 'paused' &&
      hold !== 'outside-hours'
    );
  }

  function closeReminder(): void {
    if (!reminderOpen) return;
    reminderOpen = false;
    emit(withdrawListeners, undefined);
  }

  // ------------------------------------------------------------ state changes

  function stretchRecord(
    ended: EndedStretch,
    now: number,
    wall: number,
  ): HistoryRecordOf<'stretch'> {
    const end = Math.max(0, Math.round(wall - (now - ended.end)));
    return {
      type: 'stretch',
      start: Math.max(0, end - Math.round(ended.end - ended.start)),
      end,
      sittingMs: Math.min(LONGEST_RECORDED_MS, Math.round(ended.sittingMs)),
      endedBy: ended.endedBy,
    };
  }

  function stretchEnded(ended: EndedStretch, now: number, wall: number): void {
    reminders = afterBreak(reminders);
    closeReminder();
    if (ended.sittingMs >= MIN_STRETCH_FOR_HISTORY_MS) {
      emit(stretchListeners, stretchRecord(ended, now, wall));
    }
  }

  function apply(event: SittingEvent, now: number): void {
    const transition = observe(sitting, event, settings);
    sitting = transition.state;
    if (transition.ended) stretchEnded(transition.ended, now, clock.now());
    if (transition.interrupted) reminders = withGrace(reminders, now);
  }

  /** A timer that fires (or an event that arrives) long after the timer was due: unreported sleep. */
  function noticeLateTimer(now: number): void {
    if (armedFor === null || now - armedFor < LATE_TIMER_MS) return;
    const from = armedFor;
    armedFor = null;
    log.info('The app did not run for a while: counting it as sleep.', { ms: now - from });
    apply({ type: 'gap', from, to: now, cause: 'sleep' }, now);
  }

  function engineState(): EngineState {
    return { sitting, reminders, primaryIdleSuspect: selection.primarySuspect };
  }

  /** Everything worth a write: the state without the last input time, which moves every check. */
  function meaningfulKey(): string {
    return JSON.stringify([{ ...sitting, lastInputAt: null }, reminders, selection.primarySuspect]);
  }

  function save(now: number, wall: number, key: string): void {
    try {
      store.save(toSnapshot(engineState(), now, wall));
      lastSavedKey = key;
      lastSavedAt = now;
      saveFailing = false;
    } catch (error) {
      if (!saveFailing) log.warn('Could not save the sitting state.', error);
      saveFailing = true;
    }
  }

  /**
   * Saves on a meaningful change, and while sitting at least every half threshold, so that a
   * crash and quick restart is not mistaken for a break by the restart rule.
   */
  function saveIfNeeded(now: number, wall: number): void {
    const key = meaningfulKey();
    const stale =
      sitting.phase === 'sitting' &&
      (lastSavedAt === null || now - lastSavedAt >= naturalBreakMs(settings) / 2);
    if (key !== lastSavedKey || stale) save(now, wall, key);
  }

  function held(now: number, ctx: ReminderContext): boolean {
    return (
      sitting.standing ||
      isPaused(reminders, now) ||
      (!settings.remindOutsideWorkingHours && !ctx.withinWorkingHours)
    );
  }

  function nextCheckAt(now: number, ctx: ReminderContext): number {
    const last = lastCheckAt ?? now;
    if (isAbsent(sitting) || held(now, ctx)) return last + HELD_CHECK_MS;
    if (sitting.phase === 'away') return last + AWAY_CHECK_MS;
    const breakMs = naturalBreakMs(settings);
    if (selection.source === null) return last + breakMs;
    const lastInput = Math.max(sitting.lastInputAt ?? last, sitting.stretchStart ?? last);
    const earliestBreak = Math.max(lastInput + breakMs, last + SITTING_CHECK_FLOOR_MS);
    return isProvingPrimary(selection, readers)
      ? Math.min(earliestBreak, last + PROVING_CHECK_MS)
      : earliestBreak;
  }

  function nextWakeAt(now: number, ctx: ReminderContext): number {
    let wake = nextCheckAt(now, ctx);
    const due = reminderDueAt(reminders, ctx, settings);
    if (due !== null) wake = Math.min(wake, due);
    if (reminders.pausedUntil !== null) wake = Math.min(wake, reminders.pausedUntil);
    if (ctx.hoursChangeAt !== null) wake = Math.min(wake, ctx.hoursChangeAt);
    return Math.max(wake, (lastCheckAt ?? now) + MIN_CHECK_GAP_MS);
  }

  function reschedule(now: number, ctx: ReminderContext): void {
    if (!running || reading) return;
    // A wake already overdue fires at once: lateness is measured from now, not from the past.
    const at = Math.max(now, nextWakeAt(now, ctx));
    if (timer !== null && armedFor === at) return;
    timer?.();
    armedFor = at;
    timer = timers.setTimeout(onTimer, at - now);
  }

  /** After every change: forget spent holds, close a stale reminder, tell, save, re-arm. */
  function settle(now: number): void {
    const wall = clock.now();
    reminders = withoutExpiredHolds(reminders, now);
    const ctx = context(now, wall);
    if (reminderOpen && !reminderStillApplies(ctx)) closeReminder();
    const status = buildStatus(now, wall, ctx);
    if (lastShown === null || looksDifferent(lastShown, status)) {
      lastShown = status;
      emit(statusListeners, status);
    }
    if (running) saveIfNeeded(now, wall);
    reschedule(now, ctx);
  }

  function handle(change: (now: number) => void): void {
    const now = clock.monotonic();
    if (running) noticeLateTimer(now);
    change(now);
    settle(now);
  }

  // ------------------------------------------------------------ checks

  function onTimer(): void {
    timer = null;
    if (!running) return;
    noticeLateTimer(clock.monotonic());
    armedFor = null;
    runCheck();
  }

  /** A check that throws must not leave the engine without its timer. */
  function runCheck(): void {
    check().catch((error: unknown) => {
      reading = false;
      log.error('A sitting-engine check failed.', error);
      // Counting the failed check as a check keeps the retry at the normal cadence.
      lastCheckAt = clock.monotonic();
      settle(lastCheckAt);
    });
  }

  function noteSourceChange(before: IdleSelection): void {
    if (before.source === selection.source) return;
    if (selection.source === null) {
      log.warn('No idle reader gives usable readings: counting breaks from sleep and lock only.');
    } else {
      log.info(`Idle readings now come from ${selection.source}.`);
    }
  }

  async function check(): Promise<void> {
    if (reading || !running) return;
    const started = generation;
    reading = true;
    timer?.();
    timer = null;
    armedFor = null;
    const answer = await readIdle(selection, readers, clock.monotonic());
    reading = false;
    if (started !== generation || !running) {
      if (running) runCheck();
      return;
    }
    const now = clock.monotonic();
    const wall = clock.now();
    lastCheckAt = now;
    const before = selection;
    selection = answer.selection;
    noteSourceChange(before);
    if (answer.idleMs !== null) {
      apply({ type: 'idle', at: now, idleMs: answer.idleMs }, now);
    } else if (sitting.suspended) {
      // The timer ran, so the computer is awake even if the resume event never came.
      apply({ type: 'resume', at: now }, now);
    } else if (sitting.phase === 'away' && !isAbsent(sitting) && selection.source === null) {
      // Without idle readings only sleep and lock end a stretch, so the person is presumed
      // back once the computer runs again.
      apply({ type: 'input', at: now }, now);
    }
    const result = remindIfDue(withoutExpiredHolds(reminders, now), context(now, wall), settings);
    reminders = result.state;
    if (result.reminder) {
      reminderOpen = true;
      emit(remindListeners, result.reminder);
    }
    settle(now);
  }

  // ------------------------------------------------------------ power events

  function onPower(event: PowerEvent): void {
    if (!running) return;
    handle((now) => {
      switch (event) {
        case 'suspend':
          apply({ type: 'suspend', at: now }, now);
          break;
        case 'resume':
          apply({ type: 'resume', at: now }, now);
          reminders = withGrace(reminders, now);
          break;
        case 'lock-screen':
          apply({ type: 'lock', at: now }, now);
          break;
        case 'unlock-screen':
          apply({ type: 'unlock', at: now }, now);
          reminders = withGrace(reminders, now);
          break;
        case 'shutdown':
          break;
      }
    });
    if (event === 'shutdown') {
      save(clock.monotonic(), clock.now(), meaningfulKey());
    } else if (event === 'lock-screen') {
      // One reading right after the lock dates the absence from the last input before it,
      // so an auto-lock after a few idle minutes counts those minutes too.
      runCheck();
    }
  }

  // ------------------------------------------------------------ restore

  function restore(now: number, wall: number): void {
    let raw: unknown;
    try {
      raw = store.load();
    } catch (error) {
      log.warn('Could not read the saved sitting state; starting fresh.', error);
      return;
    }
    if (raw === undefined || raw === null) return;
    const restored = restoreSnapshot(raw, now, wall, settings);
    if (!restored.ok) {
      log.warn('Ignored a saved sitting state that is not valid.', restored.error);
      return;
    }
    sitting = restored.state.sitting;
    reminders = restored.state.reminders;
    selection = initialIdleSelection(readers, restored.state.primaryIdleSuspect);
    if (restored.ended) stretchEnded(restored.ended, now, wall);
    if (restored.continued) reminders = withGrace(reminders, now);
    log.info('Restored the sitting state.', { closedMs: restored.closedMs });
  }

  function pauseEnd(choice: PauseChoice, now: number): number {
    if (choice === 'tomorrow') {
      const wall = clock.now();
      return now + Math.max(0, startOfNextWorkingDay(wall, settings) - wall);
    }
    return now + PAUSE_MS[choice];
  }

  return {
    async start() {
      if (running) return;
      generation += 1;
      const now = clock.monotonic();
      restore(now, clock.now());
      running = true;
      armedFor = null;
      lastCheckAt = null;
      unsubscribe = power.subscribe(onPower);
      await check();
    },

    stop() {
      if (!running) return;
      running = false;
      timer?.();
      timer = null;
      armedFor = null;
      unsubscribe?.();
      unsubscribe = null;
      save(clock.monotonic(), clock.now(), meaningfulKey());
    },

    status() {
      const now = clock.monotonic();
      const wall = clock.now();
      return buildStatus(now, wall, context(now, wall));
    },

    onStatus: (listener) => subscribe(statusListeners, listener),
    onRemind: (listener) => subscribe(remindListeners, listener),
    onWithdrawReminder: (listener) => subscribe(withdrawListeners, listener),
    onStretchEnded: (listener) => subscribe(stretchListeners, listener),

    applySettings(next) {
      settings = next;
      handle(() => undefined);
    },

    snooze(minutes) {
      if (!Number.isFinite(minutes) || minutes <= 0) {
        log.warn('Ignored a snooze without a positive number of minutes.', minutes);
        return;
      }
      const length = Math.min(LONGEST_SNOOZE_MINUTES, Math.round(minutes) || 1);
      handle((now) => {
        apply({ type: 'input', at: now }, now);
        reminders = snoozed(reminders, now, length);
        closeReminder();
      });
    },

    skip() {
      handle((now) => {
        apply({ type: 'input', at: now }, now);
        reminders = skipped(reminders, sittingMsAt(sitting, now));
        closeReminder();
      });
    },

    pause(choice) {
      if (choice !== 'tomorrow' && !(choice in PAUSE_MS)) {
        log.warn('Ignored an unknown pause choice.', choice);
        return;
      }
      handle((now) => {
        apply({ type: 'input', at: now }, now);
        reminders = paused(reminders, pauseEnd(choice, now));
        closeReminder();
      });
    },

    resume() {
      handle((now) => {
        apply({ type: 'input', at: now }, now);
        reminders = resumed(reminders);
      });
    },

    setStanding(standing) {
      handle((now) => apply({ type: 'standing', at: now, standing }, now));
    },

    breakStarted() {
      handle((now) => {
        apply({ type: 'input', at: now }, now);
        reminders = quietForRoutine(reminders, now);
        closeReminder();
      });
    },

    breakTaken(routineMs = 0) {
      const ran = Number.isFinite(routineMs) ? Math.max(0, routineMs) : 0;
      handle((now) => {
        apply({ type: 'routine', at: now, startedAt: now - ran }, now);
        reminders = afterBreak(reminders);
        closeReminder();
      });
    },
  };
}
