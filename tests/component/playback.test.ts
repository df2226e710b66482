import { describe, expect, it } from 'vitest';
import { planRoutine } from '../../electron/main/core/routinePlan';
import {
  advance,
  back,
  durationOf,
  initialPlayback,
  momentOf,
  next,
  nextChangeAt,
  pause,
  restart,
  resume,
  start,
  type Playback,
} from '../../renderer/src/routine/playback';
import { exercise, routine } from '../support/contentFixtures';

const lift = exercise({ id: 'lift' });
const twist = exercise({
  id: 'twist',
  perSide: true,
  dose: {
    kind: 'hold',
    seconds: { min: 10, max: 60, default: 20 },
    sets: { min: 1, max: 2, default: 1 },
  },
});
twist.figure.cycle = [
  { pose: 'tall', phase: 'inhale', cue: 'Breathe in and grow tall.' },
  {
    pose: 'lift',
    phase: 'exhale',
    cue: 'Breathe out and turn a little further.',
    laterCue: 'Breathe out and stay here.',
  },
];
const exercises = new Map([lift, twist].map((e) => [e.id, e]));
// ready 5 s, lift 4 reps × 6 s, ready 5 s, twist right 20 s, switch 4 s, twist left 20 s = 78 s
const plan = planRoutine(
  routine({ id: 'r', steps: [{ exercise: 'lift', reps: 4 }, { exercise: 'twist' }] }),
  exercises,
);

const T0 = 1_000;
const begin = () => start(plan, initialPlayback(), T0);

describe('playback', () => {
  it('walks the segments by timestamps and finishes exactly at the planned end', () => {
    expect(plan.totalMs).toBe(78_000);
    let state = begin();
    // Callbacks arrive late and irregularly, as they do in a throttled window.
    for (const at of [T0 + 4_999, T0 + 5_000, T0 + 31_234, T0 + 60_000, T0 + 61_500, T0 + 90_000]) {
      state = advance(plan, state, at);
    }
    expect(state.status).toBe('finished');
    expect(state.finishedAt).toBe(T0 + plan.totalMs);
    expect(durationOf(state, T0 + 999_999)).toBe(plan.totalMs);
    expect(state.done).toEqual(plan.segments.map((s) => s.index));
    expect(state.skipped).toEqual([]);
  });

  it('ends a ten-minute routine on time however late the last callback is', () => {
    const long = planRoutine(
      routine({
        id: 'long',
        steps: Array.from({ length: 8 }, () => ({ exercise: 'twist', seconds: 30 })),
      }),
      exercises,
    );
    let state = start(long, initialPlayback(), 0);
    for (let at = 0; state.status !== 'finished'; at += 61_000) state = advance(long, state, at);
    expect(state.finishedAt).toBe(long.totalMs);
  });

  it('pauses time: a pause adds to the real duration, not to the routine', () => {
    let state = pause(plan, advance(plan, begin(), T0 + 10_000), T0 + 10_000);
    expect(momentOf(plan, state, T0 + 500_000).elapsedMs).toBe(5_000);
    state = resume(state, T0 + 70_000);
    state = advance(plan, state, T0 + 60_000 + plan.totalMs);
    expect(state.status).toBe('finished');
    expect(durationOf(state, 0)).toBe(plan.totalMs + 60_000);
  });

  it('marks exercise time skipped with Next, but not a get-ready', () => {
    let state = next(plan, begin(), T0 + 1_000);
    expect(state.index).toBe(1);
    expect(state.skipped).toEqual([]);
    state = next(plan, state, T0 + 2_000);
    expect(state.index).toBe(2);
    expect(state.skipped).toEqual([1]);
    expect(momentOf(plan, state, T0 + 2_000).elapsedMs).toBe(0);
  });

  it('goes back to the start of the exercise through its get-ready', () => {
    let state = advance(plan, begin(), T0 + 10_000);
    expect(state.index).toBe(1);
    state = back(plan, state, T0 + 10_000);
    expect(state.index).toBe(0);
    state = advance(plan, begin(), T0 + 5_000 + 24_000 + 5_000 + 500);
    expect(state.index).toBe(3);
    state = back(plan, state, T0 + 34_500);
    expect(state.index).toBe(0);
    expect(state.done).toEqual([]);
  });

  it('restarts from the top but keeps the real start time', () => {
    const state = restart(advance(plan, begin(), T0 + 40_000), T0 + 40_000);
    expect(state).toMatchObject({
      status: 'running',
      index: 0,
      done: [],
      skipped: [],
      startedAt: T0,
      segmentStart: T0 + 40_000,
    });
  });

  it('counts reps from the breath cycle and moves the figure between key poses', () => {
    const state = advance(plan, begin(), T0 + 5_000 + 6_000 + 4_500);
    const moment = momentOf(plan, state, T0 + 15_500);
    expect(moment.segment.kind).toBe('reps');
    expect(moment.count).toBe(2);
    expect(moment.move.phase).toBe('exhale');
    expect(moment.fromPose).toBe('lift');
    expect(moment.toPose).toBe('tall');
    expect(moment.moveFraction).toBeCloseTo(0.5);
  });

  it('says a nudge deeper on the first breath of a hold only, then stays there', () => {
    // The right side's hold starts at 34 s: breaths of 3 s in and 3 s out.
    const cueAt = (ms: number) => {
      const at = T0 + ms;
      return momentOf(plan, advance(plan, begin(), at), at).move.cue;
    };
    expect(cueAt(34_000 + 4_000)).toBe('Breathe out and turn a little further.');
    expect(cueAt(34_000 + 7_000)).toBe('Breathe in and grow tall.');
    expect(cueAt(34_000 + 10_000)).toBe('Breathe out and stay here.');
    expect(cueAt(34_000 + 16_000)).toBe('Breathe out and stay here.');
    // The left side starts over with the nudge.
    expect(cueAt(58_000 + 4_000)).toBe('Breathe out and turn a little further.');
  });

  it('mirrors nothing itself but knows the side of each hold', () => {
    const state: Playback = advance(plan, begin(), T0 + 34_000 + 20_000 + 4_000 + 1_000);
    expect(momentOf(plan, state, T0 + 59_000).segment.side).toBe('left');
  });

  it('wakes for the next visible change, not on a fixed tick', () => {
    const state = begin();
    expect(nextChangeAt(plan, state, T0 + 200)).toBe(T0 + 1_000);
    expect(nextChangeAt(plan, pause(plan, state, T0), T0)).toBeNull();
    expect(nextChangeAt(plan, initialPlayback(), T0)).toBeNull();
  });
});
