import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { buildLibrary, formatProblem } from '../../electron/main/core/routineLibrary';

/**
 * The bundled content, as shipped: it loads without a problem and covers what the product
 * promises. That every word of it is ours is checked in contentOriginality.test.ts.
 */

const read = readContentFolder(resolve('routines'), 'bundled', 'routines');
const library = buildLibrary(read.files);
const exercises = [...library.exercises.values()];
const routines = [...library.routines.values()];

describe('bundled content', () => {
  it('loads every file without a problem', () => {
    expect(read.unreadable).toEqual([]);
    expect(library.problems.map(formatProblem)).toEqual([]);
    expect(library.safetyNote?.points.length).toBeGreaterThanOrEqual(3);
  });

  it('has at least 20 exercises across chair, standing and floor', () => {
    const at = (place: string) => exercises.filter((e) => e.place === place).length;
    expect(exercises.length).toBeGreaterThanOrEqual(20);
    expect(at('chair')).toBeGreaterThanOrEqual(7);
    expect(at('standing')).toBeGreaterThanOrEqual(6);
    expect(at('floor')).toBeGreaterThanOrEqual(7);
  });

  it('covers the exercises the reference recommends', () => {
    const ids = new Set(library.exercises.keys());
    for (const id of [
      'cat-cow',
      'thread-the-needle',
      'childs-pose',
      'seated-twist',
      'wall-angels',
      'seated-scapular-squeeze',
      'doorway-chest-opener',
      'corner-chest-stretch',
      'seated-back-breathing',
      'lying-twist',
      'bridge',
      'cobra',
      'prayer-stretch',
      'lateral-prayer-stretch',
      'kneeling-thoracic-twist',
      'towel-backbend',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('has routines from one to ten minutes for chair, standing and floor', () => {
    expect(routines.length).toBeGreaterThanOrEqual(10);
    const lengths = routines.map((r) => r.minutes);
    for (const [low, high] of [
      [0.75, 1.5],
      [1.5, 2.5],
      [2.5, 3.5],
      [4.5, 5.5],
      [8, 10],
    ]) {
      expect(
        lengths.some((m) => m >= low! && m <= high!),
        `${low}–${high} min`,
      ).toBe(true);
    }
    const only = (place: string) =>
      routines.filter((r) => r.places.length === 1 && r.places[0] === place).length;
    expect(only('chair')).toBeGreaterThanOrEqual(4);
    expect(only('standing')).toBeGreaterThanOrEqual(2);
    expect(routines.filter((r) => r.places.includes('floor')).length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(10);
  });

  it('never names a side in a one-sided exercise’s cues, because the left side is the mirror', () => {
    for (const exercise of exercises.filter((e) => e.perSide)) {
      for (const move of exercise.figure.cycle)
        expect(move.cue, exercise.id).not.toMatch(/\b(left|right)\b/i);
    }
  });
});
