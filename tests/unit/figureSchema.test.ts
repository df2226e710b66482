import { describe, expect, it } from 'vitest';
import { figureSchema } from '../../electron/shared/routineSchema';
import { exercise, standingPose } from '../support/contentFixtures';

const figure = exercise({ id: 'lift' }).figure;
const problems = (value: unknown) => {
  const parsed = figureSchema.safeParse(value);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the figure schema', () => {
  it('keeps a figure written before views, turns, hands and glows valid', () => {
    expect(problems(figure)).toEqual([]);
    const parsed = figureSchema.parse(figure);
    expect(parsed.works).toBeUndefined();
    expect(parsed.poses['tall']!.headTurn).toBeUndefined();
    expect(parsed.poses['tall']!.rightArm.end).toBeUndefined();
  });

  it('accepts every view, a turned head, a tucked neck, a shrug, hands, feet and a working part', () => {
    const lifted = {
      ...standingPose,
      headTurn: 60,
      neck: -10,
      shrug: 1,
      rightArm: { upper: 30, lower: 260, lowerForeshorten: 0.6, behind: true },
      rightLeg: { upper: 180, lower: 270, end: 268, endForeshorten: 0.5 },
    };
    for (const view of ['side', 'front', 'three-quarter', 'above', 'above-back'])
      expect(
        problems({
          ...figure,
          view,
          poses: { tall: standingPose, lift: lifted },
          works: { areas: ['upper-back', 'side'], phases: ['inhale'] },
        }),
      ).toEqual([]);
  });

  it('says which glow phase the cycle never breathes', () => {
    expect(
      problems({ ...figure, works: { areas: ['chest'], phases: ['inhale', 'hold'] } }),
    ).toEqual(['works.phases.1: The cycle has no hold move to glow during.']);
  });

  it('refuses a working part it does not know, and a glow with no part or phase', () => {
    expect(problems({ ...figure, works: { areas: ['elbow'], phases: ['inhale'] } })).toEqual([
      expect.stringMatching(/^works\.areas\.0: /),
    ]);
    expect(problems({ ...figure, works: { areas: [], phases: [] } })).toHaveLength(2);
    expect(problems({ ...figure, view: 'top' })).toEqual([expect.stringMatching(/^view: /)]);
  });

  it('refuses a turn past looking over the shoulder, a shrug past the ears and a hand shown less than a fifth', () => {
    const bad = {
      ...standingPose,
      headTurn: 150,
      shrug: 1.5,
      leftArm: { upper: 0, lower: 0, endForeshorten: 0.1 },
    };
    expect(problems({ ...figure, poses: { tall: standingPose, lift: bad } })).toEqual([
      expect.stringMatching(/^poses\.lift\.headTurn: /),
      expect.stringMatching(/^poses\.lift\.shrug: /),
      expect.stringMatching(/^poses\.lift\.leftArm\.endForeshorten: /),
    ]);
  });
});
