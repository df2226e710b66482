import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AVOID_RECENT,
  chooseRoutine,
  choiceWords,
  preferredMinutes,
  type Choice,
  type ChooserInput,
} from '../../electron/main/core/chooseRoutine';
import { messagesFor } from '../../electron/shared/i18n/messages';
import type { LibraryRoutine } from '../../electron/main/core/routineLibrary';
import {
  EQUIPMENT,
  PLACES,
  type Equipment,
  type Place,
} from '../../electron/shared/settingsLimits';

const make = (
  id: string,
  minutes: number,
  places: Place[],
  equipment: Equipment[] = [],
  exerciseIds = [`${id}-move`],
): LibraryRoutine => ({
  id,
  title: id,
  purpose: 'For tests.',
  minutes,
  steps: [],
  source: 'bundled',
  file: `${id}.json`,
  places,
  equipment,
  exerciseIds,
  plannedMs: minutes * 60_000,
});

const desk = make('desk', 2, ['chair']);
const wall = make('wall', 3, ['standing'], ['wall']);
const floor = make('floor', 8, ['floor']);
const mixed = make('mixed', 5, ['chair', 'standing'], [], ['desk-move', 'twist']);

const NAMES = new Map([
  ['desk-move', 'Desk move'],
  ['twist', 'Seated twist'],
]);
/** Why, and what had to give, as a person reads them in English (and in German). */
const said = (choice: Choice, locale: 'en' | 'de' = 'en') =>
  choiceWords(choice, messagesFor(locale), (id) => NAMES.get(id) ?? id);

const input = (overrides: Partial<ChooserInput> = {}): ChooserInput => ({
  routines: [desk, wall, floor, mixed],
  maxMinutes: 5,
  places: ['chair', 'standing'],
  equipment: ['wall'],
  excludedExercises: [],
  favourites: [],
  goingEasyOn: [],
  sittingMinutes: 45,
  recent: [],
  doneToday: [],
  seed: 1,
  ...overrides,
});

describe('chooseRoutine', () => {
  it('only offers what fits the places, equipment, exclusions and length', () => {
    const ids = new Set(
      Array.from(
        { length: 60 },
        (_, seed) => chooseRoutine(input({ seed, equipment: [] }))!.routine.id,
      ),
    );
    expect([...ids].sort()).toEqual(['desk', 'mixed']);
    const noTwist = new Set(
      Array.from(
        { length: 60 },
        (_, seed) => chooseRoutine(input({ seed, excludedExercises: ['twist'] }))!.routine.id,
      ),
    );
    expect([...noTwist].sort()).toEqual(['desk', 'wall']);
  });

  it('says why, in words a person reads', () => {
    const choice = chooseRoutine(
      input({ places: ['chair'], favourites: ['desk'], doneToday: ['desk'] }),
    )!;
    expect(choice.routine.id).toBe('desk');
    expect(said(choice)).toEqual({
      reasons: ['2 min', 'chair only', 'a favourite', 'done earlier today'],
      relaxed: [],
    });
  });

  it('offers the nearest routine and what was relaxed when nothing fits', () => {
    const choice = chooseRoutine(input({ places: ['floor'], maxMinutes: 2 }))!;
    expect(choice.routine.id).toBe('floor');
    expect(said(choice).relaxed).toEqual(['6 min longer than you asked for']);
    const needsWall = chooseRoutine(input({ routines: [wall], equipment: [] }))!;
    expect(said(needsWall).relaxed).toEqual(['needs a wall']);
  });

  it('avoids the last three routines while another fits', () => {
    const choice = chooseRoutine(input({ recent: ['desk', 'mixed', 'floor'] }))!;
    expect(choice.routine.id).toBe('wall');
    // With nothing else fitting, a repeat is better than no break.
    expect(chooseRoutine(input({ routines: [desk], recent: ['desk'] }))!.routine.id).toBe('desk');
  });

  it('gives "another routine" from the same rules', () => {
    expect(
      chooseRoutine(input({ places: ['chair'], instead: 'desk', routines: [desk, mixed] }))!.routine
        .id,
    ).toBe('mixed');
  });

  it('prefers a length that suits the stretch just sat', () => {
    expect(preferredMinutes(20, 10)).toBe(1);
    expect(preferredMinutes(45, 10)).toBe(3);
    expect(preferredMinutes(150, 5)).toBe(5);
  });

  it('offers routines with an exercise it is going easy on less often, not never', () => {
    const picks = (goingEasyOn: string[]) =>
      Array.from(
        { length: 400 },
        (_, seed) =>
          chooseRoutine(input({ seed, routines: [desk, mixed], goingEasyOn }))!.routine.id,
      ).filter((id) => id === 'mixed').length;
    const usual = picks([]);
    const easing = picks(['twist']);
    expect(easing).toBeGreaterThan(0);
    expect(easing).toBeLessThan(usual / 2);
  });

  it('names what had to give in the person’s words, never by id', () => {
    const choice = chooseRoutine(
      input({ routines: [mixed], places: ['chair', 'standing'], excludedExercises: ['twist'] }),
    )!;
    expect(said(choice).relaxed).toEqual(['includes Seated twist, which you left out']);
  });

  it('returns null only for an empty library', () => {
    expect(chooseRoutine(input({ routines: [] }))).toBeNull();
  });
});

// ---------------------------------------------------------------- properties

const routineArb = fc.record({
  id: fc.stringMatching(/^[a-z]{1,6}$/),
  minutes: fc.integer({ min: 1, max: 10 }),
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 3 }),
  equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT), { maxLength: 2 }),
  exerciseIds: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), {
    minLength: 1,
    maxLength: 4,
  }),
});

const inputArb = fc.record({
  routines: fc.uniqueArray(routineArb, { minLength: 1, maxLength: 12, selector: (r) => r.id }),
  maxMinutes: fc.integer({ min: 1, max: 10 }),
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 3 }),
  equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT), { maxLength: 4 }),
  excludedExercises: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), {
    maxLength: 3,
  }),
  recentCount: fc.integer({ min: 0, max: 5 }),
  sittingMinutes: fc.integer({ min: 0, max: 240 }),
  seed: fc.integer(),
});

type RawInput = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

const build = (raw: RawInput) => {
  const routines = raw.routines.map((r) =>
    make(r.id, r.minutes, r.places, r.equipment, r.exerciseIds),
  );
  return input({
    routines,
    maxMinutes: raw.maxMinutes,
    places: raw.places,
    equipment: raw.equipment,
    excludedExercises: raw.excludedExercises,
    recent: routines.slice(0, raw.recentCount).map((r) => r.id),
    sittingMinutes: raw.sittingMinutes,
    seed: raw.seed,
  });
};

const fitsAll = (routine: LibraryRoutine, i: ChooserInput) =>
  routine.places.every((p) => i.places.includes(p)) &&
  routine.equipment.every((e) => i.equipment.includes(e)) &&
  routine.exerciseIds.every((e) => !i.excludedExercises.includes(e)) &&
  routine.minutes <= i.maxMinutes;

describe('chooseRoutine properties', () => {
  it('respects place, equipment, exclusions and length whenever something fits', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const i = build(raw);
        const choice = chooseRoutine(i)!;
        const anyFits = i.routines.some((r) => fitsAll(r, i));
        if (anyFits) {
          expect(fitsAll(choice.routine, i)).toBe(true);
          expect(said(choice).relaxed).toEqual([]);
        } else {
          expect(said(choice).relaxed.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never repeats one of the last three when another routine fits', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const i = build(raw);
        const choice = chooseRoutine(i)!;
        const freshFit = i.routines.some(
          (r) => fitsAll(r, i) && !i.recent.slice(0, AVOID_RECENT).includes(r.id),
        );
        if (freshFit) expect(i.recent.slice(0, AVOID_RECENT)).not.toContain(choice.routine.id);
      }),
    );
  });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const i = build(raw);
        expect(chooseRoutine(i)!.routine.id).toBe(chooseRoutine({ ...i })!.routine.id);
      }),
    );
  });
});
