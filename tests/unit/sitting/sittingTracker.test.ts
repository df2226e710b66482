import { describe, expect, it } from 'vitest';
import {
  initialSittingState,
  observe,
  sittingMsAt,
  type SittingEvent,
  type SittingState,
  type Transition,
} from '../../../electron/main/core/sittingTracker';

const MIN = 60_000;
const settings = { naturalBreakMinutes: 5 };

/** Runs events in order from a state, collecting every stretch that ended. */
function run(events: SittingEvent[], from: SittingState = initialSittingState()) {
  let state = from;
  const ended: NonNullable<Transition['ended']>[] = [];
  let interrupted = false;
  for (const event of events) {
    const transition = observe(state, event, settings);
    state = transition.state;
    if (transition.ended) ended.push(transition.ended);
    interrupted ||= transition.interrupted;
  }
  return { state, ended, interrupted };
}

const idle = (at: number, idleMs: number): SittingEvent => ({ type: 'idle', at, idleMs });
/** Someone who has been sitting since minute 0 and last touched the keyboard just now. */
const sittingSinceZero = () => run([idle(0, 0), idle(10 * MIN, 0)]).state;

describe('the sitting clock', () => {
  it('starts at the first input after a break, not when the app started', () => {
    const { state } = run([idle(10 * MIN, 3 * MIN)]);
    expect(state.phase).toBe('sitting');
    expect(state.stretchStart).toBe(7 * MIN);
    expect(sittingMsAt(state, 10 * MIN)).toBe(3 * MIN);
  });

  it('stays away when the first reading already shows a break', () => {
    const { state, ended } = run([idle(10 * MIN, 8 * MIN)]);
    expect(state).toMatchObject({ phase: 'away', awaySince: 2 * MIN });
    expect(ended).toEqual([]);
  });

  it('keeps counting through short idles', () => {
    const { state } = run([idle(0, 0), idle(20 * MIN, 4 * MIN), idle(30 * MIN, 0)]);
    expect(state.phase).toBe('sitting');
    expect(sittingMsAt(state, 30 * MIN)).toBe(30 * MIN);
  });

  it('ends the stretch where the idle began, however late the reading comes', () => {
    const { state, ended } = run([idle(0, 0), idle(60 * MIN, 25 * MIN)]);
    expect(ended).toEqual([{ start: 0, end: 35 * MIN, sittingMs: 35 * MIN, endedBy: 'idle' }]);
    expect(state).toMatchObject({ phase: 'away', awaySince: 35 * MIN });
    expect(sittingMsAt(state, 60 * MIN)).toBe(0);
  });

  it('places the return at the input a reading reveals, ignoring a second of reader rounding', () => {
    const away = run([idle(0, 0), idle(40 * MIN, 10 * MIN)]).state;
    expect(run([idle(41 * MIN, 11 * MIN - 1_000)], away).state.phase).toBe('away');
    const back = run([idle(41 * MIN, 20_000)], away).state;
    expect(back).toMatchObject({ phase: 'sitting', stretchStart: 41 * MIN - 20_000 });
  });

  it('treats a touch in passing followed by more idle as part of the break', () => {
    const away = run([idle(0, 0), idle(40 * MIN, 10 * MIN)]).state;
    const { state, ended } = run([idle(60 * MIN, 6 * MIN)], away);
    expect(state).toMatchObject({ phase: 'away', awaySince: 54 * MIN });
    expect(ended).toEqual([]);
  });

  it('takes the app being used as input, which also bounds what a reading can claim', () => {
    const start = sittingSinceZero();
    const { state, ended } = run([{ type: 'input', at: 12 * MIN }, idle(15 * MIN, 9 * MIN)], start);
    expect(ended).toEqual([]);
    expect(state.phase).toBe('sitting');
  });
});

describe('lock and sleep', () => {
  it('a lock shorter than the threshold is not a break: the stretch runs through it', () => {
    const { state, ended, interrupted } = run(
      [
        { type: 'lock', at: 20 * MIN },
        { type: 'unlock', at: 24 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(ended).toEqual([]);
    expect(interrupted).toBe(true);
    expect(sittingMsAt(state, 30 * MIN)).toBe(30 * MIN);
  });

  it('a lock of the threshold or longer is a break that began at the lock', () => {
    const { state, ended } = run(
      [
        { type: 'lock', at: 20 * MIN },
        { type: 'unlock', at: 25 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(ended).toEqual([{ start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'lock' }]);
    expect(state).toMatchObject({ phase: 'sitting', stretchStart: 25 * MIN, locked: false });
  });

  it('counts the idle minutes before an auto-lock from a reading taken during the lock', () => {
    const { ended } = run(
      [
        { type: 'lock', at: 20 * MIN },
        idle(20 * MIN + 1_000, 3 * MIN + 1_000),
        { type: 'unlock', at: 23 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(ended).toEqual([{ start: 0, end: 17 * MIN, sittingMs: 17 * MIN, endedBy: 'lock' }]);
  });

  it('a sleep of the threshold or longer is a break; a lock that became a sleep is a sleep', () => {
    const slept = run(
      [
        { type: 'suspend', at: 20 * MIN },
        { type: 'resume', at: 90 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(slept.ended).toEqual([
      { start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'sleep' },
    ]);
    const lockedThenSlept = run(
      [
        { type: 'lock', at: 20 * MIN },
        { type: 'suspend', at: 21 * MIN },
        { type: 'resume', at: 90 * MIN },
        { type: 'unlock', at: 91 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(lockedThenSlept.ended).toEqual([
      { start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'sleep' },
    ]);
    expect(lockedThenSlept.state.stretchStart).toBe(91 * MIN);
  });

  it('keeps the absence open after a resume that wakes to the lock screen', () => {
    const { state, ended } = run(
      [
        { type: 'lock', at: 20 * MIN },
        { type: 'suspend', at: 21 * MIN },
        { type: 'resume', at: 90 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(ended).toEqual([]);
    expect(state).toMatchObject({ locked: true, suspended: false, absentSince: 20 * MIN });
  });

  it('ignores duplicate locks and suspends, keeping the earliest start', () => {
    const { state, ended } = run(
      [
        { type: 'lock', at: 20 * MIN },
        { type: 'lock', at: 22 * MIN },
        { type: 'suspend', at: 23 * MIN },
        { type: 'suspend', at: 24 * MIN },
        { type: 'resume', at: 30 * MIN },
        { type: 'resume', at: 30 * MIN },
        { type: 'unlock', at: 31 * MIN },
        { type: 'unlock', at: 31 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(ended).toEqual([{ start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'sleep' }]);
    expect(state).toMatchObject({ phase: 'sitting', stretchStart: 31 * MIN, absentSince: null });
  });

  it('takes an unlock without a lock as the person typing, and a resume without a suspend as nothing', () => {
    const away = run([idle(0, 0), idle(40 * MIN, 10 * MIN)]).state;
    expect(run([{ type: 'unlock', at: 50 * MIN }], away).state).toMatchObject({
      phase: 'sitting',
      stretchStart: 50 * MIN,
    });
    const sitting = sittingSinceZero();
    expect(run([{ type: 'resume', at: 12 * MIN }], sitting).state).toEqual(sitting);
  });

  it('ends a lock whose unlock was lost when a reading shows input after it began', () => {
    const { state, ended } = run(
      [{ type: 'lock', at: 20 * MIN }, idle(70 * MIN, 30_000)],
      sittingSinceZero(),
    );
    expect(ended).toEqual([{ start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'lock' }]);
    expect(state).toMatchObject({
      locked: false,
      phase: 'sitting',
      stretchStart: 70 * MIN - 30_000,
    });
  });

  it('does not take a reading of exactly 0 during a lock for an unlock: a stuck reader says that', () => {
    const { state, ended } = run(
      [{ type: 'lock', at: 20 * MIN }, idle(22 * MIN, 0)],
      sittingSinceZero(),
    );
    expect(ended).toEqual([]);
    expect(state).toMatchObject({ locked: true, absentSince: 20 * MIN, phase: 'sitting' });
  });

  it('re-locks when a lost unlock is revealed but the screen was locked again after that input', () => {
    const { state, ended } = run(
      [
        { type: 'lock', at: 20 * MIN },
        { type: 'lock', at: 40 * MIN },
        idle(40 * MIN + 1_000, 2 * MIN + 1_000),
        { type: 'unlock', at: 50 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(ended).toEqual([
      { start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'lock' },
      { start: 38 * MIN, end: 38 * MIN, sittingMs: 0, endedBy: 'lock' },
    ]);
    expect(state).toMatchObject({ locked: false, phase: 'sitting', stretchStart: 50 * MIN });
  });

  it('ends the stretch during a lock once a reading shows the lock already lasted the threshold', () => {
    const { state, ended } = run(
      [{ type: 'lock', at: 20 * MIN }, idle(65 * MIN, 45 * MIN)],
      sittingSinceZero(),
    );
    expect(ended).toEqual([{ start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'lock' }]);
    expect(state).toMatchObject({ phase: 'away', locked: true });
    const back = run([{ type: 'unlock', at: 70 * MIN }], state);
    expect(back.ended).toEqual([]);
    expect(back.state).toMatchObject({ phase: 'sitting', stretchStart: 70 * MIN });
  });

  it('ends a lock or sleep when the person uses the app: they cannot while it lasts', () => {
    const { state } = run(
      [
        { type: 'suspend', at: 20 * MIN },
        { type: 'input', at: 22 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(state).toMatchObject({ suspended: false, absentSince: null, phase: 'sitting' });
  });
});

describe('gaps the app did not see', () => {
  it('an unreported sleep of the threshold or longer is a break, and the person counts as away', () => {
    const { state, ended } = run(
      [{ type: 'gap', from: 20 * MIN, to: 80 * MIN, cause: 'sleep' }],
      sittingSinceZero(),
    );
    expect(ended).toEqual([{ start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'sleep' }]);
    expect(state).toMatchObject({ phase: 'away', awaySince: 20 * MIN });
  });

  it('a short gap is not a break but interrupts', () => {
    const { ended, interrupted } = run(
      [{ type: 'gap', from: 20 * MIN, to: 22 * MIN, cause: 'sleep' }],
      sittingSinceZero(),
    );
    expect(ended).toEqual([]);
    expect(interrupted).toBe(true);
  });

  it('a gap inside a reported lock changes nothing', () => {
    const locked = run([{ type: 'lock', at: 20 * MIN }], sittingSinceZero()).state;
    const { state, ended } = run(
      [{ type: 'gap', from: 30 * MIN, to: 90 * MIN, cause: 'sleep' }],
      locked,
    );
    expect(ended).toEqual([]);
    expect(state).toEqual(locked);
  });

  it('a long closing of the app across a lock is a break, and the lock lasts until it is seen to end', () => {
    const locked = run([{ type: 'lock', at: 20 * MIN }], sittingSinceZero()).state;
    const { state, ended } = run(
      [{ type: 'gap', from: 21 * MIN, to: 90 * MIN, cause: 'app-closed' }],
      locked,
    );
    expect(ended).toEqual([{ start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'lock' }]);
    expect(state).toMatchObject({ phase: 'away', locked: true, absentSince: 20 * MIN });
    const unlocked = run([{ type: 'unlock', at: 95 * MIN }], state);
    expect(unlocked.ended).toEqual([]);
    expect(unlocked.state).toMatchObject({
      phase: 'sitting',
      stretchStart: 95 * MIN,
      locked: false,
    });
  });

  it('a long closing of the app across a sleep ends the sleep: the app runs again', () => {
    const asleep = run([{ type: 'suspend', at: 20 * MIN }], sittingSinceZero()).state;
    const { state, ended } = run(
      [{ type: 'gap', from: 21 * MIN, to: 90 * MIN, cause: 'app-closed' }],
      asleep,
    );
    expect(ended).toEqual([{ start: 0, end: 20 * MIN, sittingMs: 20 * MIN, endedBy: 'sleep' }]);
    expect(state).toMatchObject({ phase: 'away', suspended: false, absentSince: null });
  });

  it('a short restart during a lock keeps the lock, waiting for its unlock', () => {
    const locked = run([{ type: 'lock', at: 20 * MIN }], sittingSinceZero()).state;
    const { state, ended } = run(
      [{ type: 'gap', from: 21 * MIN, to: 22 * MIN, cause: 'app-closed' }],
      locked,
    );
    expect(ended).toEqual([]);
    expect(state).toEqual(locked);
  });
});

describe('standing', () => {
  it('freezes the clock and resumes it where it was', () => {
    const { state } = run(
      [
        { type: 'standing', at: 10 * MIN, standing: true },
        { type: 'standing', at: 40 * MIN, standing: false },
      ],
      sittingSinceZero(),
    );
    expect(sittingMsAt(state, 40 * MIN)).toBe(10 * MIN);
    expect(sittingMsAt(state, 50 * MIN)).toBe(20 * MIN);
  });

  it('still ends the stretch with a long lock, keeping only the sitting part', () => {
    const { state, ended } = run(
      [
        { type: 'standing', at: 10 * MIN, standing: true },
        { type: 'lock', at: 30 * MIN },
        { type: 'unlock', at: 40 * MIN },
      ],
      sittingSinceZero(),
    );
    expect(ended).toEqual([{ start: 0, end: 30 * MIN, sittingMs: 10 * MIN, endedBy: 'lock' }]);
    expect(state).toMatchObject({ standing: true, phase: 'sitting', countingSince: null });
    expect(sittingMsAt(state, 60 * MIN)).toBe(0);
  });
});

describe('a finished routine', () => {
  it('ends the stretch where the routine began and starts a new one at its end', () => {
    const { state, ended } = run(
      [{ type: 'routine', at: 33 * MIN, startedAt: 30 * MIN }],
      sittingSinceZero(),
    );
    expect(ended).toEqual([{ start: 0, end: 30 * MIN, sittingMs: 30 * MIN, endedBy: 'routine' }]);
    expect(state).toMatchObject({ phase: 'sitting', stretchStart: 33 * MIN });
    expect(sittingMsAt(state, 33 * MIN)).toBe(0);
  });
});
