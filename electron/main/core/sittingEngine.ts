import type { HistoryRecordOf } from '../../shared/historySchema';
import type { EngineStatus } from '../../shared/views';
import { engineSaving } from './engineSaving';
import { nextWakeAt, pauseEndsAt, workingHoursLookup, type ScheduleInput } from './engineSchedule';
import type { EngineState } from './engineSnapshot';
import { buildStatus, looksDifferent } from './engineStatus';
import {
  initialIdleSelection,
  readIdle,
  sittingEventOfReading,
  sourceChangeNote,
  withDeadline,
  type IdleSelection,
} from './idleSelection';
import { listeners } from './listeners';
import type { Cancel, PowerEvent } from './ports';
import { createReminderWait, type ReminderManner } from './reminderWait';
import {
  afterBreak,
  initialReminderState,
  isDueNow,
  paused,
  quietForRoutine,
  reminderHold,
  remindIfDue,
  resumed,
  skipped,
  snoozed,
  withGrace,
  withoutExpiredHolds,
  type ReminderContext,
  type ReminderState,
} from './reminderPolicy';
import {
  initialSittingState,
  isAbsent,
  observe,
  sittingEventOfPower,
  sittingMsAt,
  stretchRecord,
  worthRecording,
  type EndedStretch,
  type SittingEvent,
  type SittingState,
} from './sittingTracker';
import {
  busySettingsOf,
  type EngineReminder,
  type SittingEngine,
  type SittingEngineDeps,
} from './sittingEngineApi';
import { isWithinWorkingHours } from './workingHours';

/**
 * The sitting engine: the tracker, the reminder policy, working hours and idle selection
 * driven by the ports. It owns the state and one armed timer; when to wake is
 * `engineSchedule.ts`, what the person sees is `engineStatus.ts`, when the state is written
 * down is `engineSaving.ts`, and whether a due reminder waits for a call is `reminderWait.ts`.
 */

/** A timer this late means the process did not run: the computer slept or froze. */
const LATE_TIMER_MS = 60_000;
const LONGEST_SNOOZE_MINUTES = 24 * 60;

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
  const saving = engineSaving(store, log);
  const nextHoursChange = workingHoursLookup();
  const wait = createReminderWait({
    signals: deps.busySignals,
    settings: () => busySettingsOf(settings),
    clock,
  });

  const failed = (error: unknown) => log.error('A sitting-engine listener failed.', error);
  const statusChanged = listeners<EngineStatus>(failed);
  const reminded = listeners<EngineReminder>(failed);
  const withdrawn = listeners<undefined>(failed);
  const stretchesEnded = listeners<HistoryRecordOf<'stretch'>>(failed);

  // ------------------------------------------------------------ what the person would see

  function countingNow(): boolean {
    return sitting.phase === 'sitting' && !sitting.standing && !isAbsent(sitting);
  }

  function context(now: number, wall: number): ReminderContext {
    const change = settings.remindOutsideWorkingHours ? null : nextHoursChange(wall, settings);
    return {
      now,
      sittingMs: countingNow() ? sittingMsAt(sitting, now) : null,
      withinWorkingHours: isWithinWorkingHours(wall, settings),
      hoursChangeAt: change === null ? null : now + (change - wall),
    };
  }

  function statusAt(ctx: ReminderContext, wall: number): EngineStatus {
    const waiting = wait.view(ctx.now, wall);
    return buildStatus({ sitting, reminders, selection, settings, ctx, wall, waiting });
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
    withdrawn.emit(undefined);
  }

  // ------------------------------------------------------------ state changes

  function stretchEnded(ended: EndedStretch, now: number, wall: number): void {
    reminders = afterBreak(reminders);
    closeReminder();
    if (worthRecording(ended)) stretchesEnded.emit(stretchRecord(ended, now, wall));
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

  function schedule(ctx: ReminderContext): ScheduleInput {
    const busyCheckAt = wait.nextLookAt();
    return { sitting, reminders, selection, readers, settings, ctx, lastCheckAt, busyCheckAt };
  }

  function reschedule(now: number, ctx: ReminderContext): void {
    if (!running || reading) return;
    // A wake already overdue fires at once: lateness is measured from now, not from the past.
    const at = Math.max(now, nextWakeAt(schedule(ctx)));
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
    // A wait lasts only while its reminder is due: a break, pause, snooze, skip, standing,
    // a routine or the end of working hours ends it.
    if (!isDueNow(reminders, ctx, settings)) wait.drop();
    if (reminderOpen && !reminderStillApplies(ctx)) closeReminder();
    const status = statusAt(ctx, wall);
    if (lastShown === null || looksDifferent(lastShown, status)) {
      lastShown = status;
      statusChanged.emit(status);
    }
    if (running) saving.saveIfNeeded(engineState(), now, wall, settings);
    reschedule(now, ctx);
  }

  function handle(change: (now: number) => void): void {
    const now = clock.monotonic();
    if (running) noticeLateTimer(now);
    change(now);
    settle(now);
  }

  /** The person acted from the tray or a window: they are at the desk, and have answered. */
  function answered(change: (now: number) => ReminderState, { close = true } = {}): void {
    handle((now) => {
      apply({ type: 'input', at: now }, now);
      reminders = change(now);
      if (close) closeReminder();
    });
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

  async function check(): Promise<void> {
    if (reading || !running) return;
    const started = generation;
    reading = true;
    timer?.();
    timer = null;
    armedFor = null;
    const answer = await readIdle(selection, readers, clock.monotonic());
    reading = false;
    if (outlived(started)) return;
    const now = clock.monotonic();
    const wall = clock.now();
    lastCheckAt = now;
    const note = sourceChangeNote(selection, answer.selection);
    if (note !== null) log[answer.selection.source === null ? 'warn' : 'info'](note);
    selection = answer.selection;
    const observed = sittingEventOfReading(answer, sitting, now);
    if (observed) apply(observed, now);
    if (isDueNow(reminders, context(now, wall), settings)) {
      reading = true;
      const verdict = await wait.consider(now);
      reading = false;
      if (outlived(started)) return;
      if (verdict.action === 'remind') sendReminder(verdict.how);
    }
    settle(clock.monotonic());
  }

  /** A read begun before a stop (and perhaps a restart) is not applied; a restart checks anew. */
  function outlived(started: number): boolean {
    if (started === generation && running) return false;
    if (running) runCheck();
    return true;
  }

  /** The reminder may show: counted as sent, then told, with how it is to be shown. */
  function sendReminder(how: ReminderManner): void {
    const at = clock.monotonic();
    const ctx = context(at, clock.now());
    const result = remindIfDue(withoutExpiredHolds(reminders, at), ctx, settings);
    reminders = result.state;
    if (!result.reminder) return;
    reminderOpen = true;
    reminded.emit({ ...result.reminder, ...how });
  }

  // ------------------------------------------------------------ power events

  function onPower(event: PowerEvent): void {
    if (!running) return;
    handle((now) => {
      const observed = sittingEventOfPower(event, now);
      if (observed) apply(observed, now);
      // Back at the screen: what came due meanwhile waits a moment.
      if (event === 'resume' || event === 'unlock-screen') reminders = withGrace(reminders, now);
    });
    if (event === 'shutdown') {
      saving.save(engineState(), clock.monotonic(), clock.now());
    } else if (event === 'lock-screen') {
      // One reading right after the lock dates the absence from the last input before it,
      // so an auto-lock after a few idle minutes counts those minutes too.
      runCheck();
    }
  }

  // ------------------------------------------------------------ restore

  function restore(now: number, wall: number): void {
    const restored = saving.load(now, wall, settings);
    if (restored === null) return;
    sitting = restored.state.sitting;
    reminders = restored.state.reminders;
    selection = initialIdleSelection(readers, restored.state.primaryIdleSuspect);
    if (restored.ended) stretchEnded(restored.ended, now, wall);
    if (restored.continued) reminders = withGrace(reminders, now);
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
      saving.save(engineState(), clock.monotonic(), clock.now());
    },

    status() {
      const now = clock.monotonic();
      const wall = clock.now();
      return statusAt(context(now, wall), wall);
    },

    onStatus: statusChanged.add,
    onRemind: reminded.add,
    onWithdrawReminder: (listener) => withdrawn.add(() => listener()),
    onStretchEnded: stretchesEnded.add,

    applySettings(next) {
      settings = next;
      handle(() => undefined);
      // New busy settings answer a waiting reminder at once: one more look, not a wait.
      if (running && wait.lookAgainIfChanged(clock.monotonic())) runCheck();
    },

    snooze(minutes) {
      if (!Number.isFinite(minutes) || minutes <= 0) {
        log.warn('Ignored a snooze without a positive number of minutes.', minutes);
        return;
      }
      const length = Math.min(LONGEST_SNOOZE_MINUTES, Math.round(minutes) || 1);
      answered((now) => snoozed(reminders, now, length));
    },

    skip() {
      answered((now) => skipped(reminders, sittingMsAt(sitting, now)));
    },

    pause(choice) {
      const wall = clock.now();
      const end = pauseEndsAt(choice, wall, settings);
      if (end === null) {
        log.warn('Ignored an unknown pause choice.', choice);
        return;
      }
      answered((now) => paused(reminders, now + Math.max(0, end - wall)));
    },

    resume() {
      answered(() => resumed(reminders), { close: false });
    },

    setStanding(standing) {
      handle((now) => apply({ type: 'standing', at: now, standing }, now));
    },

    breakStarted() {
      answered((now) => quietForRoutine(reminders, now));
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
