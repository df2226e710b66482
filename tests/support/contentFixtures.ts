import type { Exercise, Pose, Routine } from '../../electron/shared/routineSchema';

/** Small, valid content for tests that need a library without depending on the bundled files. */

const limb = (upper: number, lower: number) => ({ upper, lower, foreshorten: 1 });

export const standingPose: Pose = {
  x: 50,
  y: 54,
  spine: [0, 0, 0],
  head: 0,
  twist: 0,
  leftArm: limb(180, 180),
  rightArm: limb(180, 180),
  leftLeg: limb(180, 180),
  rightLeg: limb(180, 180),
};

export function exercise(overrides: Partial<Exercise> & Pick<Exercise, 'id'>): Exercise {
  return {
    name: `Exercise ${overrides.id}`,
    place: 'chair',
    equipment: [],
    focus: ['mobility'],
    opensChest: true,
    summary: 'Moves the upper back gently.',
    setup: ['Sit tall near the front of your chair.'],
    steps: ['Lift your chest as you breathe in.', 'Soften as you breathe out.'],
    breath: { inhale: 3, exhale: 3, hold: 0 },
    dose: {
      kind: 'reps',
      reps: { min: 4, max: 12, default: 6 },
      sets: { min: 1, max: 2, default: 1 },
    },
    perSide: false,
    avoid: ['Do not force the movement.'],
    skipIf: ['Skip it if it causes sharp pain.'],
    caution: [],
    figure: {
      view: 'side',
      props: [],
      poses: { tall: standingPose, lift: { ...standingPose, spine: [0, -5, -10], head: -10 } },
      start: 'tall',
      cycle: [
        { pose: 'lift', phase: 'inhale', cue: 'Breathe in and lift your chest.' },
        { pose: 'tall', phase: 'exhale', cue: 'Breathe out and settle.' },
      ],
    },
    ...overrides,
  };
}

export function routine(overrides: Partial<Routine> & Pick<Routine, 'id'>): Routine {
  return {
    title: `Routine ${overrides.id}`,
    purpose: 'A short test routine.',
    minutes: 1,
    steps: [{ exercise: 'lift' }],
    ...overrides,
  };
}

/** A content file as the library reads it (`ContentFileText` in core/routineLibrary.ts). */
export function file(name: string, content: object, source: 'bundled' | 'user' = 'bundled') {
  const type =
    'steps' in content && 'title' in content
      ? 'routine'
      : 'points' in content
        ? 'safety-note'
        : 'redFlags' in content
          ? 'worse-note'
          : 'exercise';
  return { file: name, text: JSON.stringify({ type, ...content }), source };
}

export const safetyNote = {
  title: 'Before you start',
  points: ['Stop if anything hurts sharply.', 'Move gently.'],
};

export const worseNote = {
  title: 'That felt worse',
  helpNow: { heading: 'What may help now', points: ['Rest in a position that feels easy.'] },
  seeSomeone: { heading: 'When to see someone', points: ['See a doctor if it lasts a week.'] },
  redFlags: { heading: 'Get help now', points: ['Get help now if you have chest pain.'] },
};
