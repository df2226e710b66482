import { describe, expect, it } from 'vitest';
import {
  canDo,
  playedVersion,
  rememberVersion,
  routineWithVersions,
  stepWith,
  versionOffer,
  type VersionContext,
} from '../../electron/main/core/exerciseVersions';
import {
  easeOffFrom,
  goingEasyOn,
  GOING_EASY_MS,
  stopEasing,
} from '../../electron/main/core/goingEasy';
import type { Exercise } from '../../electron/shared/routineSchema';
import { defaultSettings, settingsSchema } from '../../electron/shared/settingsSchema';
import { exercise, routine } from '../support/contentFixtures';

// A ladder: seated (chair) → forearms (floor) → full (floor) → loaded (floor, needs a band).
const seated = exercise({ id: 'seated', name: 'Seated', place: 'chair', harder: 'forearms' });
const forearms = exercise({
  id: 'forearms',
  name: 'On forearms',
  place: 'floor',
  easier: 'seated',
  harder: 'full',
});
const full = exercise({
  id: 'full',
  name: 'Full',
  place: 'floor',
  easier: 'forearms',
  harder: 'loaded',
  dose: {
    kind: 'reps',
    reps: { min: 8, max: 12, default: 10 },
    sets: { min: 1, max: 2, default: 1 },
  },
});
const loaded = exercise({
  id: 'loaded',
  name: 'With a band',
  place: 'floor',
  equipment: ['band'],
  easier: 'full',
  dose: {
    kind: 'hold',
    seconds: { min: 10, max: 30, default: 20 },
    sets: { min: 1, max: 2, default: 1 },
  },
});
const exercises = new Map<string, Exercise>([seated, forearms, full, loaded].map((e) => [e.id, e]));
const everywhere: VersionContext = {
  exercises,
  places: ['chair', 'standing', 'floor'],
  equipment: ['band'],
  excluded: [],
};

describe('exercise versions', () => {
  it('offers the next version each way that the person can do where they are', () => {
    expect(versionOffer('full', everywhere)).toEqual({
      easier: { id: 'forearms', name: 'On forearms' },
      harder: { id: 'loaded', name: 'With a band' },
    });
    // No band: nothing harder. Forearms left out: easier skips to the seated version.
    const noBand = { ...everywhere, equipment: [], excluded: ['forearms'] };
    expect(versionOffer('full', noBand)).toEqual({
      easier: { id: 'seated', name: 'Seated' },
      harder: null,
    });
    // Floor only: the chair version is not offered.
    expect(versionOffer('forearms', { ...everywhere, places: ['floor'] }).easier).toBeNull();
    expect(canDo('loaded', noBand)).toBe(false);
  });

  it('plays the version the person chose, while they can still do it', () => {
    expect(playedVersion('full', everywhere, { full: 'forearms' }, new Set())).toBe('forearms');
    expect(playedVersion('full', everywhere, {}, new Set())).toBe('full');
    const forearmsOut = { ...everywhere, excluded: ['forearms'] };
    expect(playedVersion('full', forearmsOut, { full: 'forearms' }, new Set())).toBe('full');
  });

  it('plays the easiest version it can while going easy on an exercise', () => {
    expect(playedVersion('full', everywhere, { full: 'loaded' }, new Set(['full']))).toBe('seated');
    expect(playedVersion('full', { ...everywhere, places: ['floor'] }, {}, new Set(['full']))).toBe(
      'forearms',
    );
  });

  it('keeps a step’s amount within the new version’s range, and drops one of another kind', () => {
    expect(stepWith({ exercise: 'full', reps: 15, sets: 2 }, full)).toEqual({
      exercise: 'full',
      reps: 12,
      sets: 2,
    });
    expect(stepWith({ exercise: 'full', reps: 10 }, loaded)).toEqual({ exercise: 'loaded' });
    const written = routine({
      id: 'r',
      steps: [{ exercise: 'full', reps: 9 }, { exercise: 'seated' }],
    });
    expect(
      routineWithVersions(written, exercises, (_i, id) => (id === 'full' ? 'loaded' : id)).steps,
    ).toEqual([{ exercise: 'loaded' }, { exercise: 'seated' }]);
  });
});

describe('going easy', () => {
  it('eases exercises for two weeks, renews them, and stops one on request', () => {
    const now = 1_000_000;
    const list = easeOffFrom([], ['full', 'seated', 'full'], now);
    expect(list).toEqual([
      { exercise: 'full', until: now + GOING_EASY_MS },
      { exercise: 'seated', until: now + GOING_EASY_MS },
    ]);
    expect(goingEasyOn(list, now + GOING_EASY_MS - 1)).toEqual(new Set(['full', 'seated']));
    expect(goingEasyOn(list, now + GOING_EASY_MS)).toEqual(new Set());
    const later = now + 1000;
    expect(easeOffFrom(list, ['full'], later)).toEqual([
      { exercise: 'seated', until: now + GOING_EASY_MS },
      { exercise: 'full', until: later + GOING_EASY_MS },
    ]);
    expect(stopEasing(list, 'full', later)).toEqual([
      { exercise: 'seated', until: now + GOING_EASY_MS },
    ]);
  });
});

describe('what is remembered stays within the settings file’s limits', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `exercise-${i}`);

  it('remembers the newest choice, forgets a version chosen back, and lets the oldest go past the limit', () => {
    let versions: Record<string, string> = {};
    for (const id of ids(250)) versions = rememberVersion(versions, id, `${id}-easier`);
    expect(Object.keys(versions)).toHaveLength(200);
    expect(versions['exercise-249']).toBe('exercise-249-easier');
    expect(versions['exercise-49']).toBeUndefined();
    expect(
      rememberVersion(versions, 'exercise-249', 'exercise-249')['exercise-249'],
    ).toBeUndefined();
    expect(
      settingsSchema.safeParse({ ...defaultSettings(), exerciseVersions: versions }).success,
    ).toBe(true);
  });

  it('goes easy on the newest exercises named when more than the limit are named', () => {
    const list = easeOffFrom([], ids(250), 0);
    expect(list).toHaveLength(200);
    expect(list.at(-1)!.exercise).toBe('exercise-249');
    expect(settingsSchema.safeParse({ ...defaultSettings(), easeOff: list }).success).toBe(true);
  });
});
