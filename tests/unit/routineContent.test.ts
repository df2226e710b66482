import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import {
  buildLibrary,
  formatProblem,
  missingBundledTexts,
} from '../../electron/main/core/routineLibrary';

/**
 * The bundled content, as shipped: it loads without a problem and covers what the product
 * promises. That every word of it is ours is checked in contentOriginality.test.ts.
 */

const read = readContentFolder(resolve('routines'), 'bundled', 'routines');
const library = buildLibrary(read.files);
const exercises = [...library.exercises.values()];
const routines = [...library.routines.values()];

describe('bundled content', () => {
  it('is complete in every language Backbreak ships', () => {
    expect(missingBundledTexts(library)).toEqual({ de: [], es: [] });
  });

  it('loads every file without a problem', () => {
    expect(read.unreadable).toEqual([]);
    expect(library.problems.map(formatProblem)).toEqual([]);
    expect(library.safetyNote?.points.length).toBeGreaterThanOrEqual(3);
    expect(library.worseNote?.redFlags.points.length).toBeGreaterThanOrEqual(2);
  });

  it('has at least 36 exercises: 12 for a chair, 10 standing and 11 on the floor', () => {
    const at = (place: string) => exercises.filter((e) => e.place === place).length;
    expect(exercises.length).toBeGreaterThanOrEqual(36);
    expect(at('chair')).toBeGreaterThanOrEqual(12);
    expect(at('standing')).toBeGreaterThanOrEqual(10);
    expect(at('floor')).toBeGreaterThanOrEqual(11);
  });

  it('offers an easier or a harder version of at least 80% of the exercises', () => {
    const linked = exercises.filter((e) => e.easier || e.harder);
    expect(linked.length / exercises.length).toBeGreaterThanOrEqual(0.8);
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
      // Chair and desk versions of the floor moves, and the companions the same people need.
      'desk-open-book',
      'desk-prayer-stretch',
      'seated-y-t-w',
      'wall-twist',
      'shoulder-rolls',
      'chin-tucks',
      'neck-side-stretch',
      'distance-gaze',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('has at least 22 routines from one to ten minutes for chair, standing and floor', () => {
    expect(routines.length).toBeGreaterThanOrEqual(22);
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

  it('has a one- and a two-minute routine for each place that needs nothing but that place', () => {
    for (const place of ['chair', 'standing', 'floor']) {
      for (const minutes of [1, 2]) {
        const found = routines.filter(
          (r) =>
            r.minutes === minutes &&
            r.equipment.length === 0 &&
            r.places.length === 1 &&
            r.places[0] === place,
        );
        expect(found.length, `${minutes} min, ${place}`).toBeGreaterThan(0);
      }
    }
  });

  it('never names a side in a one-sided exercise’s cues, because the left side is the mirror', () => {
    for (const exercise of exercises.filter((e) => e.perSide)) {
      for (const move of exercise.figure.cycle)
        expect(`${move.cue} ${move.laterCue ?? ''}`, exercise.id).not.toMatch(/\b(left|right)\b/i);
    }
  });
});

describe('the words', () => {
  const cues = exercises.flatMap((e) =>
    e.figure.cycle.flatMap((move) => [
      { id: e.id, phase: move.phase, text: move.cue },
      ...(move.laterCue ? [{ id: e.id, phase: move.phase, text: move.laterCue }] : []),
    ]),
  );

  it('names a held phase for the body and says to keep breathing, so it never reads as holding the breath', () => {
    for (const cue of cues.filter((c) => c.phase === 'hold'))
      expect(cue.text, cue.id).toMatch(/breath/i);
  });

  it('nudges deeper once in a hold, then stays', () => {
    const nudge = /\b(further|more|higher|deeper|wider|heavier|lower)\b/i;
    for (const exercise of exercises.filter((e) => e.dose.kind !== 'reps')) {
      for (const move of exercise.figure.cycle.filter((m) => nudge.test(m.cue))) {
        expect(move.laterCue, `${exercise.id}: "${move.cue}"`).toBeDefined();
        expect(move.laterCue, exercise.id).not.toMatch(nudge);
      }
    }
  });

  it('asks for one action per cue', () => {
    // "Breathe in, lift your chest and widen across your collarbones" is three at once.
    for (const cue of cues) expect(cue.text, cue.id).not.toMatch(/^Breathe (in|out), .+ and /);
  });

  it('says what a move does rather than what it will undo', () => {
    const promises = [
      ...exercises.map((e) => ({ id: e.id, text: e.summary })),
      ...routines.flatMap((r) => [r.title, r.purpose].map((text) => ({ id: r.id, text }))),
    ];
    for (const { id, text } of promises)
      expect(text, id).not.toMatch(/\b(undo|undoes|fix|fixes|correct|cure|hunch|slouch)/i);
  });

  it('checks the chair is steady before any move that leans your weight far forward or back on it', () => {
    const upright = (angle: number) => Math.abs(((angle + 540) % 360) - 180);
    for (const exercise of exercises.filter(
      (e) => e.place === 'chair' && e.figure.view === 'side',
    )) {
      const lean = Math.max(
        ...Object.values(exercise.figure.poses).map((pose) => upright(pose.spine[2])),
      );
      if (lean > 45) expect(exercise.setup.join(' '), exercise.id).toMatch(/steady/);
    }
  });
});

describe('care for the people who need it', () => {
  it('says in the safety note what to do when pregnant, after an injury or operation, and with osteoporosis', () => {
    const note = library.safetyNote!.points;
    for (const who of [/pregnan/, /injury or operation/, /osteoporosis/]) {
      const point = note.find((line) => who.test(line));
      expect(point, String(who)).toBeDefined();
      // Each says what to do, not only who should care.
      expect(point, String(who)).toMatch(/\b(skip|choose|ask|keep|start)\b/);
    }
  });

  const cautions = (e: (typeof exercises)[number]) => e.caution.join(' ');
  const poses = (e: (typeof exercises)[number]) => Object.values(e.figure.poses);
  /** Hips near the floor: lying down, face up or face down. */
  const lying = (e: (typeof exercises)[number]) => poses(e).some((pose) => pose.y >= 84);

  it('tells a pregnant person what to do instead of lying on the front or back', () => {
    const lyingDown = exercises.filter(lying);
    expect(lyingDown.length).toBeGreaterThanOrEqual(5);
    for (const exercise of lyingDown) expect(cautions(exercise), exercise.id).toMatch(/pregnan/);
  });

  it('tells a person with osteoporosis how to twist and fold forward', () => {
    const twists = exercises.filter((e) => poses(e).some((pose) => Math.abs(pose.twist) >= 40));
    // Sitting, standing or kneeling (never lying) with the upper back pointing below
    // horizontal: a forward fold with the body's weight on it.
    const folds = exercises.filter(
      (e) => !lying(e) && poses(e).some((pose) => Math.cos((pose.spine[2] * Math.PI) / 180) < 0),
    );
    expect(twists.length).toBeGreaterThanOrEqual(5);
    expect(folds.length).toBeGreaterThanOrEqual(4);
    for (const exercise of [...twists, ...folds])
      expect(cautions(exercise), exercise.id).toMatch(/osteoporosis/);
  });

  it('offers a way to spare the wrists wherever the hands bear weight', () => {
    const onHands = exercises.filter((e) =>
      e.setup.some((line) => /hands and knees|hands flat/.test(line)),
    );
    expect(onHands.length).toBeGreaterThanOrEqual(5);
    for (const exercise of onHands) {
      const words = [...exercise.setup, ...exercise.skipIf, ...exercise.caution].join(' ');
      expect(words, exercise.id).toMatch(/forearm/);
    }
  });
});
