import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreSnapshot, toSnapshot } from '../../../electron/main/core/engineSnapshot';
import { initialReminderState } from '../../../electron/main/core/reminderPolicy';
import {
  initialSittingState,
  observe,
  sittingMsAt,
  type EndedStretch,
  type SittingEvent,
  type SittingState,
} from '../../../electron/main/core/sittingTracker';
import {
  isWithinWorkingHours,
  startOfNextWorkingDay,
} from '../../../electron/main/core/workingHours';
import type { EngineSettings } from '../../../electron/main/core/sittingEngineApi';
import { defaultSettings } from '../../../electron/shared/settingsSchema';
import { FakeClock, mondayMorning } from '../../support/fakeClock';
import { silent, stuckAtZero, type FakePerson } from '../../support/fakePerson';
import {
  ALWAYS,
  DAY,
  HOUR,
  MINUTE,
  startHarness,
  type EngineHarness,
} from '../../support/engineHarness';
import { inTimeZone } from '../../support/timeZone';

/**
 * Random streams of activity, idle, sleep, lock, clock jumps and user actions, with the
 * invariants the engine must keep whatever happens, in a zone with DST.
 */
inTimeZone('Europe/Berlin');

// ------------------------------------------------------------ the tracker alone

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const trackerEvent = fc.oneof(
  fc.record({
    type: fc.constant('idle' as const),
    gap: fc.integer({ min: 0, max: 3 * HOUR }),
    idleMs: fc.integer({ min: 0, max: 2 * HOUR }),
  }),
  fc.record({
    type: fc.constantFrom('input', 'lock', 'unlock', 'suspend', 'resume'),
    gap: fc.integer({ min: 0, max: 3 * HOUR }),
  }),
  fc.record({
    type: fc.constant('gap' as const),
    gap: fc.integer({ min: 0, max: 10 * HOUR }),
    cause: fc.constantFrom('sleep' as const, 'app-closed' as const),
  }),
  fc.record({
    type: fc.constant('standing' as const),
    gap: fc.integer({ min: 0, max: HOUR }),
    standing: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('routine' as const),
    gap: fc.integer({ min: 0, max: HOUR }),
    ran: fc.integer({ min: 0, max: 15 * MINUTE }),
  }),
);

/** Turns generated steps into events at increasing times starting from `start`. */
function timeline(start: number, steps: ValueOf<typeof trackerEvent>[]): SittingEvent[] {
  let at = start;
  return steps.map((step) => {
    const from = at;
    at += step.gap;
    switch (step.type) {
      case 'idle':
        return { type: 'idle', at, idleMs: step.idleMs };
      case 'gap':
        return { type: 'gap', from, to: at, cause: step.cause };
      case 'standing':
        return { type: 'standing', at, standing: step.standing };
      case 'routine':
        return { type: 'routine', at, startedAt: at - step.ran };
      default:
        return { type: step.type, at };
    }
  });
}

const timeOf = (event: SittingEvent) => (event.type === 'gap' ? event.to : event.at);

function checkShape(state: SittingState): void {
  expect(state.phase === 'sitting').toBe(state.stretchStart !== null);
  expect(state.locked || state.suspended).toBe(state.absentSince !== null);
  if (state.countingSince !== null) expect(state.standing).toBe(false);
}

describe('the sitting tracker under random event streams', () => {
  it('never has negative sitting, nor more than the time since the last break', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(trackerEvent, { maxLength: 120 }),
        (naturalBreakMinutes, steps) => {
          const settings = { naturalBreakMinutes };
          const start = 1_000_000;
          let state = initialSittingState();
          // Before the first break seen, the person may have been sitting for any time.
          let lastBreakEnd = -Infinity;
          let previous: EndedStretch | null = null;
          for (const event of timeline(start, steps)) {
            const transition = observe(state, event, settings);
            state = transition.state;
            const now = timeOf(event);
            if (transition.ended) {
              const ended = transition.ended;
              expect(ended.end).toBeGreaterThanOrEqual(ended.start);
              expect(ended.sittingMs).toBeGreaterThanOrEqual(0);
              expect(ended.sittingMs).toBeLessThanOrEqual(ended.end - ended.start);
              if (previous) expect(ended.start).toBeGreaterThanOrEqual(previous.end);
              previous = ended;
              lastBreakEnd = ended.end;
            }
            checkShape(state);
            if (state.stretchStart !== null)
              expect(state.stretchStart).toBeGreaterThanOrEqual(lastBreakEnd);
            for (const later of [now, now + MINUTE, now + HOUR]) {
              const sitting = sittingMsAt(state, later);
              expect(sitting).toBeGreaterThanOrEqual(0);
              expect(sitting).toBeLessThanOrEqual(later - lastBreakEnd);
              if (state.stretchStart !== null)
                expect(sitting).toBeLessThanOrEqual(later - state.stretchStart);
              else expect(sitting).toBe(0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives a snapshot save and restore unchanged, whatever state it is in', () => {
    fc.assert(
      fc.property(
        fc.array(trackerEvent, { maxLength: 60 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.record({
          sent: fc.integer({ min: 0, max: 10 }),
          baselineMs: fc.integer({ min: 0, max: 5 * HOUR }),
          pausedIn: fc.option(fc.integer({ min: -HOUR, max: 7 * DAY })),
          snoozedIn: fc.option(fc.integer({ min: -HOUR, max: HOUR })),
        }),
        fc.boolean(),
        (steps, wall, reminderBits, suspect) => {
          const settings = { naturalBreakMinutes: 5 };
          const start = 5_000_000;
          const events = timeline(start, steps);
          const sitting = events.reduce(
            (state, event) => observe(state, event, settings).state,
            initialSittingState(),
          );
          const now = events.length ? timeOf(events.at(-1)!) : start;
          const state = {
            sitting,
            reminders: {
              ...initialReminderState(),
              sent: reminderBits.sent,
              baselineMs: reminderBits.baselineMs,
              lastSentAt: reminderBits.sent > 0 ? now - MINUTE : null,
              pausedUntil: reminderBits.pausedIn === null ? null : now + reminderBits.pausedIn,
              snoozedUntil: reminderBits.snoozedIn === null ? null : now + reminderBits.snoozedIn,
            },
            primaryIdleSuspect: suspect,
          };
          const stored = JSON.parse(JSON.stringify(toSnapshot(state, now, wall))) as unknown;
          const restored = restoreSnapshot(stored, now, wall, settings);
          expect(restored.ok).toBe(true);
          expect(restored.ok && restored.state).toEqual(state);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ------------------------------------------------------------ the whole engine over days

const sessionStep = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('work' as const),
      minutes: fc.integer({ min: 1, max: 150 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('away' as const),
      minutes: fc.integer({ min: 1, max: 120 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('glance' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('lock' as const),
      minutes: fc.integer({ min: 1, max: 90 }),
      unlock: fc.boolean(),
      twice: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sleep' as const),
      minutes: fc.integer({ min: 1, max: 14 * 60 }),
      reported: fc.boolean(),
      twice: fc.boolean(),
      resumeAnyway: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('jump' as const),
      minutes: fc.integer({ min: -180, max: 180 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('snooze' as const),
      minutes: fc.constantFrom(5, 10, 30),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('skip' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('pause' as const),
      choice: fc.constantFrom('30m' as const, '1h' as const, 'tomorrow' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resume' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('standing' as const), standing: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('routine' as const),
      minutes: fc.integer({ min: 1, max: 10 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('restart' as const),
      minutes: fc.integer({ min: 0, max: 40 }),
    }),
  },
);
type SessionStep = ValueOf<typeof sessionStep>;

/** Where idle readings come from: a working reader, Wayland with Mutter, or nothing at all. */
const IDLE_SETUPS = {
  electron: (person: FakePerson) => [person.reader('electron')],
  'wayland-mutter': (person: FakePerson) => [
    stuckAtZero('electron'),
    person.reader('mutter'),
    silent('xprintidle'),
    silent('loginctl'),
  ],
  limited: () => [
    stuckAtZero('electron'),
    silent('mutter'),
    silent('xprintidle'),
    silent('loginctl'),
  ],
};

const engineSettingsArb = fc.record({
  reminderIntervalMinutes: fc.integer({ min: 10, max: 120 }),
  snoozeMinutes: fc.integer({ min: 1, max: 60 }),
  maxReminders: fc.integer({ min: 1, max: 10 }),
  naturalBreakMinutes: fc.integer({ min: 1, max: 30 }),
  remindOutsideWorkingHours: fc.boolean(),
  workingHours: fc.constantFrom(defaultSettings().workingHours, ALWAYS),
});

/** What the script knows for sure, to hold the engine to. */
interface Model {
  pausedUntil: number | null;
  standing: boolean;
  /** The screen is locked (or the computer asleep) and the person has not shown themselves since. */
  away: boolean;
  /**
   * A lock event was sent and neither an unlock nor a use of the app has told the engine it
   * ended (a reading may tell it, but the script cannot know when).
   */
  maybeLocked: boolean;
  /** When the person last left the desk; null while they are at it. */
  leftAt: number | null;
  /** `earliest` as it was when they left: a break while away can only lower it to this. */
  earliestWhenLeaving: number;
  /**
   * Reminders may not come before this: the last snooze, skip or routine said so (the latest
   * replaces the one before); a possible break can lower it, resumes and unlocks raise it.
   */
  earliest: number;
  /** A break the script made certain ended no later than this. */
  certainBreakEnd: number;
  checked: number;
}

const GRACE = MINUTE;
/** The fake person's readings wobble by up to 8 s, so a return can be placed that much early. */
const RETURN_SLACK = 10_000;

function checkReminders(h: EngineHarness, settings: EngineSettings, model: Model): void {
  for (let i = model.checked; i < h.reminders.length; i++) {
    const reminder = h.reminders[i]!;
    const previous = h.reminders[i - 1];
    expect(reminder.count).toBeGreaterThanOrEqual(1);
    expect(reminder.count).toBeLessThanOrEqual(settings.maxReminders);
    expect(reminder.sittingMs).toBeGreaterThanOrEqual(settings.reminderIntervalMinutes * MINUTE);
    expect(reminder.at).toBeGreaterThanOrEqual(model.earliest);
    if (model.pausedUntil !== null) expect(reminder.at).toBeGreaterThanOrEqual(model.pausedUntil);
    expect(model.standing).toBe(false);
    expect(model.away).toBe(false);
    if (!settings.remindOutsideWorkingHours) {
      expect(isWithinWorkingHours(reminder.wall, settings)).toBe(true);
    }
    if (previous) {
      expect(reminder.at - previous.at).toBeGreaterThanOrEqual(MINUTE);
      // A follow-up to an ignored reminder: at most one per snooze window.
      if (reminder.count > 1) {
        expect(reminder.count).toBe(previous.count + 1);
        expect(reminder.at - previous.at).toBeGreaterThanOrEqual(settings.snoozeMinutes * MINUTE);
      }
    }
  }
  model.checked = h.reminders.length;
}

function checkStatus(h: EngineHarness, model: Model): void {
  const now = h.clock.monotonic();
  const status = h.status();
  expect(status.sittingMs).toBeGreaterThanOrEqual(0);
  expect(status.sittingMs).toBeLessThanOrEqual(now - model.certainBreakEnd + RETURN_SLACK);
  if (status.activity === 'sitting') {
    expect(Math.abs(h.clock.now() - status.sittingSince! - status.sittingMs)).toBeLessThanOrEqual(
      1_000,
    );
  }
  const paused = model.pausedUntil !== null && now < model.pausedUntil;
  expect(status.hold === 'paused').toBe(paused);
  if (status.activity === 'standing') expect(model.standing).toBe(true);
  for (const stretch of h.stretches) {
    expect(stretch.sittingMs).toBeGreaterThanOrEqual(0);
    expect(stretch.sittingMs).toBeLessThanOrEqual(stretch.end - stretch.start + 1);
  }
}

async function play(
  h: EngineHarness,
  settings: EngineSettings,
  model: Model,
  step: SessionStep,
): Promise<void> {
  const breakMs = settings.naturalBreakMinutes * MINUTE;
  const interval = settings.reminderIntervalMinutes * MINUTE;
  const mono = () => h.clock.monotonic();
  /** Away for a threshold or more may have been a break: the next stretch starts after now. */
  const noteAbsence = () => {
    if (model.leftAt !== null && mono() - model.leftAt >= breakMs) {
      model.earliest = Math.min(model.earliestWhenLeaving, mono() + interval - RETURN_SLACK);
    }
  };
  const leave = () => {
    if (model.leftAt === null) {
      model.leftAt = mono();
      model.earliestWhenLeaving = model.earliest;
    }
    h.person.leave();
  };
  /** The person is at the desk, so whatever was locked is not any more. */
  const arrive = () => {
    noteAbsence();
    model.leftAt = null;
    model.away = false;
    h.person.arrive();
  };
  switch (step.kind) {
    case 'work':
      arrive();
      await h.advance(step.minutes * MINUTE);
      break;
    case 'away':
      leave();
      await h.advance(step.minutes * MINUTE);
      break;
    case 'glance':
      // A touch in passing: the idle starts over from here, and a lock is no longer certain.
      noteAbsence();
      if (model.leftAt !== null) model.leftAt = mono();
      model.away = false;
      h.person.touch();
      break;
    case 'lock':
      leave();
      model.away = true;
      model.maybeLocked = true;
      for (let i = 0; i < (step.twice ? 2 : 1); i++) h.power.emit('lock-screen');
      await h.advance(step.minutes * MINUTE);
      if (step.unlock) {
        for (let i = 0; i < (step.twice ? 2 : 1); i++) h.power.emit('unlock-screen');
        if (step.minutes * MINUTE >= breakMs) model.certainBreakEnd = mono();
        model.maybeLocked = false;
        arrive();
        model.earliest = Math.max(model.earliest, mono() + GRACE);
      }
      break;
    case 'sleep': {
      const locked = model.maybeLocked;
      leave();
      for (let i = 0; i < (step.reported ? (step.twice ? 2 : 1) : 0); i++) h.power.emit('suspend');
      h.clock.sleep(step.minutes * MINUTE);
      if (step.reported && !locked && step.minutes * MINUTE >= breakMs) {
        // A reported sleep ends at the resume. An unreported one is found only when the
        // engine's next timer fires late, and dated from that timer, so it is no certainty.
        model.certainBreakEnd = mono();
      }
      if (step.reported || step.resumeAnyway) {
        for (let i = 0; i < (step.twice ? 2 : 1); i++) h.power.emit('resume');
        noteAbsence();
        model.earliest = Math.max(model.earliest, mono() + GRACE);
      }
      break;
    }
    case 'jump':
      h.clock.jumpWall(step.minutes * MINUTE);
      break;
    case 'snooze':
      arrive();
      model.maybeLocked = false;
      h.engine.snooze(step.minutes);
      model.earliest = mono() + step.minutes * MINUTE;
      break;
    case 'skip':
      arrive();
      model.maybeLocked = false;
      h.engine.skip();
      model.earliest = mono() + interval;
      break;
    case 'pause': {
      arrive();
      model.maybeLocked = false;
      const wall = h.clock.now();
      const length =
        step.choice === '30m'
          ? 30 * MINUTE
          : step.choice === '1h'
            ? HOUR
            : startOfNextWorkingDay(wall, settings) - wall;
      h.engine.pause(step.choice);
      model.pausedUntil = mono() + length;
      break;
    }
    case 'resume':
      arrive();
      model.maybeLocked = false;
      h.engine.resume();
      model.pausedUntil = null;
      break;
    case 'standing':
      arrive();
      model.maybeLocked = false;
      h.engine.setStanding(step.standing);
      model.standing = step.standing;
      break;
    case 'routine':
      arrive();
      model.maybeLocked = false;
      h.engine.breakStarted();
      await h.advance(step.minutes * MINUTE);
      h.engine.breakTaken(step.minutes * MINUTE);
      model.certainBreakEnd = mono();
      // A break starts everything over, an earlier snooze included.
      model.earliest = mono() + interval;
      break;
    case 'restart': {
      const before = model.earliest;
      await h.restart(step.minutes * MINUTE);
      if (step.minutes * MINUTE >= breakMs) {
        model.certainBreakEnd = mono() - RETURN_SLACK;
        model.earliest = Math.min(before, mono() + interval - RETURN_SLACK);
      }
      break;
    }
  }
  noteAbsence();
  if (model.pausedUntil !== null && mono() >= model.pausedUntil) model.pausedUntil = null;
}

describe('the sitting engine under random sessions across simulated days', () => {
  it('keeps every promise: sitting time bounded, no reminder while held, at most one per snooze window, no bursts', async () => {
    await fc.assert(
      fc.asyncProperty(
        engineSettingsArb,
        fc.constantFrom(...(Object.keys(IDLE_SETUPS) as (keyof typeof IDLE_SETUPS)[])),
        fc.integer({ min: 0, max: 6 * DAY }),
        fc.array(sessionStep, { minLength: 1, maxLength: 70 }),
        async (settings, idleSetup, startOffset, steps) => {
          const clock = new FakeClock(mondayMorning() + startOffset);
          const h = await startHarness({ clock, settings, readers: IDLE_SETUPS[idleSetup] });
          const model: Model = {
            pausedUntil: null,
            standing: false,
            away: false,
            leftAt: null,
            earliestWhenLeaving: 0,
            maybeLocked: false,
            earliest: 0,
            certainBreakEnd: clock.monotonic(),
            checked: 0,
          };
          for (const step of steps) {
            await play(h, h.settings, model, step);
            checkReminders(h, h.settings, model);
            checkStatus(h, model);
            expect(h.clock.pendingTimers().length).toBeLessThanOrEqual(1);
          }
          h.engine.stop();
          const saved = h.store.load();
          const restored = restoreSnapshot(saved, clock.monotonic(), clock.now(), h.settings);
          expect(restored.ok).toBe(true);
          if (restored.ok) {
            expect(toSnapshot(restored.state, clock.monotonic(), clock.now())).toEqual(saved);
          }
        },
      ),
      { numRuns: 300 },
    );
    // Three hundred simulated sessions of up to a week: seconds of real time, more on a slow machine.
  }, 60_000);
});
