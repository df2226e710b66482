import { describe, expect, it } from 'vitest';
import { planRoutine } from '../../electron/main/core/routinePlan';
import { messagesFor } from '../../electron/shared/i18n/messages';
import type { PlannedSegment } from '../../electron/shared/views';
import { stepDoses } from '../../renderer/src/routine/stepDoses';
import { readyCue, stepLabel } from '../../renderer/src/routine/words';
import { exercise, routine } from '../support/contentFixtures';

/**
 * The routine window's counted words in English (the component tests speak en-GB): a dose, a
 * screen-reader line and a count each take the form their number needs.
 */

const reps = exercise({ id: 'reps', name: 'Chest lift' });
const hold = exercise({
  id: 'hold',
  name: 'Seated twist',
  perSide: true,
  dose: {
    kind: 'hold',
    seconds: { min: 1, max: 60, default: 20 },
    sets: { min: 1, max: 3, default: 1 },
  },
});
const breaths = exercise({
  id: 'breaths',
  name: 'Belly breathing',
  dose: { kind: 'breaths', breaths: { min: 1, max: 10, default: 5 } },
});
const content = new Map([reps, hold, breaths].map((e) => [e.id, e]));
const dosesOf = (steps: Parameters<typeof routine>[0]['steps']) =>
  stepDoses(planRoutine(routine({ id: 'r', steps }), content)).map((step) => step.dose);

const segment = (overrides: Partial<PlannedSegment>): PlannedSegment => ({
  index: 0,
  kind: 'reps',
  stepIndex: 0,
  exerciseId: 'reps',
  side: null,
  set: 1,
  sets: 1,
  startMs: 0,
  durationMs: 1_000,
  count: 1,
  pause: null,
  ...overrides,
});

describe('routine words in English', () => {
  it('doses each step with the plural its number needs', () => {
    expect(
      dosesOf([
        { exercise: 'reps', reps: 1 },
        { exercise: 'reps', reps: 5 },
        { exercise: 'breaths', breaths: 1 },
        { exercise: 'breaths', breaths: 6 },
        { exercise: 'hold', seconds: 1 },
        { exercise: 'hold', seconds: 25 },
      ]),
    ).toEqual(['1 rep', '5 reps', '1 breath', '6 breaths', '1 sec each side', '25 secs each side']);
    expect(
      dosesOf([
        { exercise: 'reps', reps: 10, sets: 2 },
        { exercise: 'hold', seconds: 90, sets: 3 },
      ]),
    ).toEqual(['2 × 10 reps', '3 × 1 min 30 secs each side']);
  });

  it('tells a screen reader what begins, counted', () => {
    const begin = (kind: PlannedSegment['kind'], count: number) =>
      stepLabel(segment({ kind, count }), 'Chest lift', 3);
    expect(begin('reps', 1)).toBe('Begin: 1 rep.');
    expect(begin('reps', 8)).toBe('Begin: 8 reps.');
    expect(begin('breaths', 1)).toBe('Begin: 1 breath.');
    expect(begin('breaths', 5)).toBe('Begin: 5 breaths.');
    expect(begin('hold', 1)).toBe('Begin: hold for 1 second.');
    expect(begin('hold', 30)).toBe('Begin: hold for 30 seconds.');
  });

  it('tells a screen reader each pause, with the side where there is one', () => {
    const ready = (overrides: Partial<PlannedSegment>) =>
      stepLabel(segment({ kind: 'ready', count: 0, ...overrides }), 'Seated twist', 3);
    expect(ready({ pause: 'get-ready', stepIndex: 1, side: 'right' })).toBe(
      'Step 2 of 3: Seated twist, right side. Get ready.',
    );
    expect(ready({ pause: 'get-ready' })).toBe('Step 1 of 3: Seated twist. Get ready.');
    expect(ready({ pause: 'switch-sides', side: 'left' })).toBe(
      'Switch sides: Seated twist, left side.',
    );
    expect(ready({ pause: 'rest', set: 2, sets: 3 })).toBe('Rest, then set 2 of 3.');
    expect(readyCue('switch-sides', 'Sit tall.')).toBe(
      'Come back to the start, then change sides.',
    );
    expect(readyCue('get-ready', 'Sit tall.')).toBe('Sit tall.');
  });

  it('counts skipped steps and the timer ring’s captions', () => {
    const words = messagesFor('en', 'en-GB').routine;
    expect(words.done.stepsSkipped(1)).toBe('1 step skipped.');
    expect(words.done.stepsSkipped(2)).toBe('2 steps skipped.');
    expect([words.player.ring.seconds(1), words.player.ring.seconds(9)]).toEqual([
      'second',
      'seconds',
    ]);
    expect([words.player.ring.reps(1), words.player.ring.breaths(4)]).toEqual(['rep', 'breaths']);
    expect(words.preview.notNowHint(1)).toBe('“Not now” reminds you again in 1 minute.');
    expect(words.preview.notNowHint(10)).toBe('“Not now” reminds you again in 10 minutes.');
  });
});
