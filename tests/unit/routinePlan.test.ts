import { describe, expect, it } from 'vitest';
import {
  BETWEEN_SETS_MS,
  GET_READY_MS,
  SWITCH_SIDES_MS,
  cycleMs,
  planRoutine,
} from '../../electron/main/core/routinePlan';
import { exercise, routine } from '../support/contentFixtures';

const reps = exercise({ id: 'lift' });
const hold = exercise({
  id: 'twist',
  perSide: true,
  dose: {
    kind: 'hold',
    seconds: { min: 10, max: 40, default: 20 },
    sets: { min: 1, max: 3, default: 1 },
  },
});
const breaths = exercise({
  id: 'breathe',
  dose: { kind: 'breaths', breaths: { min: 3, max: 12, default: 5 } },
});
const library = new Map([reps, hold, breaths].map((e) => [e.id, e]));

describe('planRoutine', () => {
  it('times a rep as one breath cycle', () => {
    expect(cycleMs(reps)).toBe(6_000);
    const plan = planRoutine(routine({ id: 'r', steps: [{ exercise: 'lift', reps: 5 }] }), library);
    expect(plan.segments.map((s) => [s.kind, s.durationMs])).toEqual([
      ['ready', GET_READY_MS],
      ['reps', 30_000],
    ]);
    expect(plan.totalMs).toBe(GET_READY_MS + 30_000);
  });

  it('plays the right side, a switch, then the left side, set by set', () => {
    const plan = planRoutine(
      routine({ id: 'r', steps: [{ exercise: 'twist', seconds: 25, sets: 2 }] }),
      library,
    );
    expect(plan.segments.map((s) => `${s.kind}:${s.side}:${s.set}:${s.durationMs}`)).toEqual([
      `ready:right:1:${GET_READY_MS}`,
      'hold:right:1:25000',
      `ready:right:2:${BETWEEN_SETS_MS}`,
      'hold:right:2:25000',
      `ready:left:1:${SWITCH_SIDES_MS}`,
      'hold:left:1:25000',
      `ready:left:2:${BETWEEN_SETS_MS}`,
      'hold:left:2:25000',
    ]);
  });

  it('lays segments end to end and lists each exercise once in order', () => {
    const plan = planRoutine(
      routine({
        id: 'r',
        steps: [{ exercise: 'breathe' }, { exercise: 'lift' }, { exercise: 'breathe', breaths: 3 }],
      }),
      library,
    );
    plan.segments.forEach((segment, i) => {
      expect(segment.index).toBe(i);
      if (i > 0)
        expect(segment.startMs).toBe(
          plan.segments[i - 1]!.startMs + plan.segments[i - 1]!.durationMs,
        );
    });
    expect(plan.order).toEqual(['breathe', 'lift']);
    expect(plan.segments.at(-1)!.count).toBe(3);
    expect(plan.places).toEqual(['chair']);
  });

  it('refuses a routine naming an exercise it was not given', () => {
    expect(() => planRoutine(routine({ id: 'r', steps: [{ exercise: 'nope' }] }), library)).toThrow(
      /unknown exercise "nope"/,
    );
  });
});
