import { describe, expect, it } from 'vitest';
import { closingMeans, outcomeOf, unknownSegments } from '../../electron/main/core/breakOutcome';
import { planRoutine } from '../../electron/main/core/routinePlan';
import { exercise, routine } from '../support/contentFixtures';

const a = exercise({ id: 'a' });
const b = exercise({ id: 'b' });
// segments: 0 ready, 1 a (36 s), 2 ready, 3 b (36 s)
const plan = planRoutine(
  routine({ id: 'r', steps: [{ exercise: 'a' }, { exercise: 'b' }] }),
  new Map([a, b].map((e) => [e.id, e])),
);

describe('outcomeOf', () => {
  it('counts a break as taken from half of its exercise time', () => {
    expect(outcomeOf(plan, { done: [0, 1], skipped: [] })).toMatchObject({
      outcome: 'taken',
      exercisesDone: ['a'],
      stepsSkipped: 0,
    });
    expect(outcomeOf(plan, { done: [0, 1, 2], skipped: [3] })).toMatchObject({
      outcome: 'taken',
      stepsSkipped: 1,
    });
  });

  it('records a routine left before half as skipped', () => {
    expect(outcomeOf(plan, { done: [0, 2], skipped: [1] })).toMatchObject({
      outcome: 'skipped',
      exercisesDone: [],
      stepsSkipped: 1,
    });
    expect(outcomeOf(plan, { done: [], skipped: [] }).outcome).toBe('skipped');
  });

  it('finds segments the plan does not have', () => {
    expect(unknownSegments(plan, { done: [0, 9], skipped: [4] })).toEqual([9, 4]);
  });
});

describe('closingMeans', () => {
  it('records a routine under way, skips an unopened reminder, and otherwise means nothing', () => {
    expect(closingMeans({ started: true, recorded: false, trigger: 'manual' })).toBe('record');
    expect(closingMeans({ started: true, recorded: true, trigger: 'reminder' })).toBe('nothing');
    expect(closingMeans({ started: false, recorded: false, trigger: 'reminder' })).toBe(
      'skip-reminder',
    );
    expect(closingMeans({ started: false, recorded: false, trigger: 'manual' })).toBe('nothing');
  });
});
