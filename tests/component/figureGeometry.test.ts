import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../electron/shared/routineSchema';
import {
  BONES,
  easeBreath,
  FLOOR_Y,
  frameOf,
  fromAbove,
  fullPose,
  interpolatePose,
  layoutFigure,
  type Part,
  type Pose,
} from '../../renderer/src/figure/figureGeometry';
import { standingPose } from '../support/contentFixtures';

const RAD = Math.PI / 180;
const tip = (part: Part) => ({
  x: part.x + Math.sin(part.angle * RAD) * part.length * part.scaleY,
  y: part.y - Math.cos(part.angle * RAD) * part.length * part.scaleY,
});
const byId = (layout: ReturnType<typeof layoutFigure>, id: string) => {
  const found = layout.parts.find((p) => p.id === id);
  if (!found) throw new Error(`no part ${id}`);
  return found;
};
const order = (layout: ReturnType<typeof layoutFigure>) => layout.parts.map((p) => p.id);
const limb = (upper: number, lower: number, more: Partial<Pose['leftArm']> = {}) => ({
  upper,
  lower,
  foreshorten: 1,
  ...more,
});

describe('figure geometry: bones', () => {
  it('hangs every bone off the one before without stretching it', () => {
    const pose = { ...standingPose, rightArm: limb(120, 60) };
    const layout = layoutFigure(pose, 'side');
    const upper = byId(layout, 'right-arm-upper');
    const lower = byId(layout, 'right-arm-lower');
    const hand = byId(layout, 'right-hand');
    expect(tip(upper).x).toBeCloseTo(lower.x);
    expect(tip(upper).y).toBeCloseTo(lower.y);
    expect(Math.hypot(tip(lower).x - lower.x, tip(lower).y - lower.y)).toBeCloseTo(BONES.forearm);
    expect(hand.x).toBeCloseTo(tip(lower).x);
    expect(hand.y).toBeCloseTo(tip(lower).y);
  });

  it('stands a standing figure on the floor', () => {
    const layout = layoutFigure(standingPose, 'front');
    expect(tip(byId(layout, 'left-leg-lower')).y).toBeCloseTo(54 + BONES.thigh + BONES.shin);
  });

  it('shortens a bone that points at the viewer, upper or lower', () => {
    const pose = {
      ...standingPose,
      leftLeg: limb(180, 180, { foreshorten: 0.3 }),
      rightArm: limb(180, 90, { lowerForeshorten: 0.25 }),
    };
    const layout = layoutFigure(pose, 'front');
    expect(byId(layout, 'left-leg-lower').y).toBeCloseTo(54 + BONES.thigh * 0.3);
    expect(byId(layout, 'left-leg-upper').scaleY).toBe(0.3);
    const forearm = byId(layout, 'right-arm-lower');
    expect(forearm.scaleY).toBe(0.25);
    expect(byId(layout, 'right-hand').x).toBeCloseTo(forearm.x + BONES.forearm * 0.25);
  });

  it('moves the head on its own neck when the neck is given', () => {
    const nodding = layoutFigure({ ...standingPose, head: 30 }, 'side');
    const tucked = layoutFigure({ ...standingPose, head: 30, neck: -10 }, 'side');
    expect(byId(tucked, 'neck').angle).toBe(-10);
    expect(byId(nodding, 'neck').angle).toBe(30);
    // A chin tuck glides the head back over the shoulders.
    expect(byId(tucked, 'head').x).toBeLessThan(byId(nodding, 'head').x);
  });

  it('lifts the shoulders and the arms with them in a shrug, leaving the neck and head', () => {
    const resting = layoutFigure(standingPose, 'front', ['shoulders']);
    const shrugged = layoutFigure({ ...standingPose, shrug: 1 }, 'front', ['shoulders']);
    for (const id of ['left-arm-upper', 'right-arm-upper', 'left-hand', 'glow-shoulders']) {
      expect(byId(shrugged, id).y, id).toBeCloseTo(byId(resting, id).y - BONES.shrug);
      expect(byId(shrugged, id).x, id).toBeCloseTo(byId(resting, id).x);
    }
    expect(byId(shrugged, 'neck')).toEqual(byId(resting, 'neck'));
    expect(byId(shrugged, 'head')).toEqual(byId(resting, 'head'));
    // Half-way through a breath the shoulders are half-way up.
    const half = interpolatePose(standingPose, { ...standingPose, shrug: 1 }, 0.5, 'front');
    expect(half.shrug).toBeCloseTo(0.5);
  });
});

describe('figure geometry: hands and feet', () => {
  it('carries a hand on from its forearm unless the pose turns it', () => {
    const straight = layoutFigure({ ...standingPose, rightArm: limb(180, 150) }, 'side');
    expect(byId(straight, 'right-hand').angle).toBe(150);
    const flat = layoutFigure({ ...standingPose, rightArm: limb(180, 180, { end: 90 }) }, 'side');
    expect(byId(flat, 'right-hand').angle).toBe(90);
    expect(flat.hands.right.x).toBeGreaterThan(byId(flat, 'right-hand').x);
  });

  it('points a foot forward, square to the shin, as each view sees it', () => {
    const side = byId(layoutFigure(standingPose, 'side'), 'right-foot');
    expect(side.angle).toBe(90);
    expect(side.scaleY).toBe(1);
    // From the front a foot points at the viewer: a short shape under the ankle.
    const front = byId(layoutFigure(standingPose, 'front'), 'right-foot');
    expect(front.angle).toBe(180);
    expect(front.scaleY).toBeLessThan(0.5);
    const turned = byId(layoutFigure(standingPose, 'three-quarter'), 'right-foot');
    expect(turned.angle).toBe(90);
    expect(turned.scaleY).toBeCloseTo(Math.SQRT1_2);
    // Kneeling with the tops of the feet down, the pose says so.
    const kneeling = { ...standingPose, rightLeg: limb(180, 270, { end: 270 }) };
    expect(byId(layoutFigure(kneeling, 'side'), 'right-foot').angle).toBe(270);
  });
});

describe('figure geometry: views', () => {
  it('draws the far limbs behind the body in profile, and the near ones in front', () => {
    const layout = layoutFigure(standingPose, 'side');
    const ids = order(layout);
    expect(byId(layout, 'left-leg-upper').layer).toBe('far');
    expect(byId(layout, 'right-arm-upper').layer).toBe('near');
    expect(ids.indexOf('left-arm-upper')).toBeLessThan(ids.indexOf('spine-0'));
    expect(ids.indexOf('right-arm-upper')).toBeGreaterThan(ids.indexOf('head'));
    expect(ids.at(-1)).toBe('right-hand');
  });

  it('spreads the shoulders from the front, stacks them in profile, and half-way between', () => {
    const shoulders = (view: 'front' | 'side' | 'three-quarter') => {
      const layout = layoutFigure(standingPose, view);
      return [byId(layout, 'right-arm-upper').x, byId(layout, 'left-arm-upper').x];
    };
    // Facing the viewer, the figure's right is on the viewer's left.
    expect(shoulders('front')).toEqual([50 - BONES.shoulderHalf, 50 + BONES.shoulderHalf]);
    expect(shoulders('side')[0]).toBeCloseTo(shoulders('side')[1]!);
    const [right, left] = shoulders('three-quarter');
    expect(left! - right!).toBeCloseTo(2 * BONES.shoulderHalf * Math.SQRT1_2);
    const threeQuarter = layoutFigure(standingPose, 'three-quarter');
    expect(byId(threeQuarter, 'right-leg-upper').layer).toBe('near');
    expect(byId(threeQuarter, 'left-arm-upper').layer).toBe('far');
  });

  it('sees a person lying face up from above as it sees a standing one from the front', () => {
    const lying = { ...standingPose, spine: [270, 270, 270] as Pose['spine'], head: 270 };
    const above = layoutFigure(lying, 'above');
    const front = layoutFigure(lying, 'front');
    expect(above.parts).toEqual(front.parts);
    // The figure's right shoulder is below its spine when the head points left.
    expect(byId(above, 'right-arm-upper').y).toBeGreaterThan(byId(above, 'spine-2').y);
  });

  it('sees the back from above the back: the right on the right and the hair over the face', () => {
    const layout = layoutFigure(standingPose, 'above-back');
    expect(byId(layout, 'right-arm-upper').x).toBeGreaterThan(50);
    const ids = order(layout);
    expect(ids.indexOf('hair')).toBeGreaterThan(ids.indexOf('head'));
    expect(byId(layout, 'eye-0').scaleX).toBe(0);
    expect(byId(layout, 'eye-1').scaleX).toBe(0);
  });

  it('shows a twist from the front: the chest narrows and the arm turning away goes behind', () => {
    const square = layoutFigure(standingPose, 'front');
    const turned = layoutFigure({ ...standingPose, twist: 45 }, 'front');
    expect(byId(turned, 'spine-2').scaleX).toBeLessThan(byId(square, 'spine-2').scaleX);
    expect(byId(turned, 'spine-0').scaleX).toBe(byId(square, 'spine-0').scaleX);
    expect(byId(turned, 'right-arm-upper').layer).toBe('far');
    expect(byId(turned, 'left-arm-upper').layer).toBe('near');
    const ids = order(turned);
    expect(ids.indexOf('right-arm-upper')).toBeLessThan(ids.indexOf('spine-0'));
    expect(ids.indexOf('left-arm-upper')).toBeGreaterThan(ids.indexOf('spine-2'));
    expect(byId(turned, 'sternum').x).toBeLessThan(byId(square, 'sternum').x);
  });

  it('lifts the shoulder a twist opens, whichever way the body lies', () => {
    // On hands and knees seen from the side, opening the chest to the right raises the right
    // shoulder toward the ceiling and lowers the left.
    const table: Pose = {
      ...standingPose,
      spine: [80, 80, 80],
      head: 100,
      leftArm: limb(180, 180),
      rightArm: limb(180, 180),
    };
    const open = layoutFigure({ ...table, twist: 60 }, 'side');
    const flat = layoutFigure(table, 'side');
    expect(byId(open, 'right-arm-upper').y).toBeLessThan(byId(flat, 'right-arm-upper').y - 4);
    expect(byId(open, 'left-arm-upper').y).toBeGreaterThan(byId(flat, 'left-arm-upper').y + 4);
  });

  it('draws an arm whose hand is behind the head behind the body, in its own shade', () => {
    const pose = { ...standingPose, rightArm: limb(30, 260, { behind: true }) };
    const layout = layoutFigure(pose, 'side');
    const ids = order(layout);
    expect(ids.indexOf('right-arm-upper')).toBeLessThan(ids.indexOf('spine-0'));
    expect(ids.indexOf('right-hand')).toBeLessThan(ids.indexOf('head'));
    expect(byId(layout, 'right-arm-upper').layer).toBe('near');
  });
});

describe('figure geometry: the head', () => {
  const eyes = (layout: ReturnType<typeof layoutFigure>) =>
    [byId(layout, 'eye-0'), byId(layout, 'eye-1')].filter((eye) => eye.scaleX > 0);

  it('looks at the viewer from the front and ahead in profile', () => {
    const front = layoutFigure(standingPose, 'front');
    const head = byId(front, 'head');
    const [a, b] = eyes(front);
    expect((a!.x + b!.x) / 2).toBeCloseTo(head.x);
    expect(a!.y).toBeCloseTo(b!.y);
    const side = layoutFigure(standingPose, 'side');
    expect(eyes(side)).toHaveLength(1);
    expect(eyes(side)[0]!.x).toBeGreaterThan(byId(side, 'head').x);
    expect(byId(side, 'hair').x).toBeLessThan(byId(side, 'head').x);
  });

  it('turns: the face slides toward where it looks and the nose shows in profile', () => {
    const ahead = layoutFigure(standingPose, 'front');
    const turned = layoutFigure({ ...standingPose, headTurn: 80 }, 'front');
    const head = byId(turned, 'head');
    // Turned to the figure's right, which is the viewer's left.
    for (const eye of eyes(turned)) expect(eye.x).toBeLessThan(head.x);
    expect(byId(turned, 'hair').x).toBeGreaterThan(head.x);
    const nose = byId(turned, 'nose');
    expect(tip(nose).x - nose.width / 2).toBeLessThan(head.x - BONES.headRadius);
    expect(byId(ahead, 'nose').scaleY).toBeCloseTo(0);
  });

  it('turns with the chest unless told otherwise', () => {
    const withChest = layoutFigure({ ...standingPose, twist: 40 }, 'front');
    const told = layoutFigure({ ...standingPose, twist: 40, headTurn: 40 }, 'front');
    const still = layoutFigure({ ...standingPose, twist: 40, headTurn: 0 }, 'front');
    expect(byId(withChest, 'eye-0')).toEqual(byId(told, 'eye-0'));
    expect(byId(still, 'eye-0').x).not.toBeCloseTo(byId(told, 'eye-0').x);
  });

  it('tilts: the head leans off the neck and the face tips with it', () => {
    const layout = layoutFigure({ ...standingPose, head: 30 }, 'front');
    const head = byId(layout, 'head');
    expect(head.x).toBeGreaterThan(50);
    expect(head.angle).toBe(30);
    const [a, b] = eyes(layout);
    // The line between the eyes turns with the head: the one on the viewer's left sits higher.
    const [left, right] = a!.x < b!.x ? [a!, b!] : [b!, a!];
    expect(left.y).toBeLessThan(right.y);
    expect(Math.atan2(right.y - left.y, right.x - left.x) / RAD).toBeCloseTo(30);
  });
});

describe('figure geometry: the working part', () => {
  it('glows on the back in profile and on the chest in front of it', () => {
    const layout = layoutFigure(standingPose, 'side', ['mid-back', 'chest']);
    const spine = byId(layout, 'spine-1');
    expect(byId(layout, 'glow-mid-back').x).toBeLessThan(spine.x);
    expect(byId(layout, 'glow-chest').x).toBeGreaterThan(spine.x);
    expect(byId(layout, 'glow-mid-back').layer).toBe('body');
  });

  it('glows from behind the body when the back faces away', () => {
    const layout = layoutFigure(standingPose, 'front', ['upper-back', 'side']);
    const ids = order(layout);
    expect(byId(layout, 'glow-upper-back').layer).toBe('far');
    expect(ids.indexOf('glow-upper-back')).toBeLessThan(ids.indexOf('spine-0'));
    // The figure's right flank is on the viewer's left, in front of the body.
    expect(byId(layout, 'glow-side').x).toBeLessThan(50);
    expect(ids.indexOf('glow-side')).toBeGreaterThan(ids.indexOf('spine-2'));
  });

  it('draws no glow for an exercise that names no working part', () => {
    expect(layoutFigure(standingPose, 'side').parts.some((p) => p.kind === 'glow')).toBe(false);
  });
});

describe('figure geometry: movement and framing', () => {
  it('turns the short way round between key poses', () => {
    const a = { ...standingPose, head: 350 };
    const b = { ...standingPose, head: 10 };
    expect(interpolatePose(a, b, 0.5, 'side').head).toBeCloseTo(360);
    expect(interpolatePose(a, b, 0, 'side').head).toBe(350);
    expect(easeBreath(0)).toBe(0);
    expect(easeBreath(0.5)).toBeCloseTo(0.5);
    expect(easeBreath(2)).toBe(1);
  });

  it('blends what a pose leaves to its defaults with what the next one spells out', () => {
    const from = { ...standingPose, rightArm: limb(180, 180) };
    const to = {
      ...standingPose,
      headTurn: 60,
      rightArm: limb(180, 180, { end: 90, behind: true }),
    };
    const half = interpolatePose(from, to, 0.5, 'side');
    expect(half.headTurn).toBeCloseTo(30);
    expect(half.rightArm.end).toBeCloseTo(135);
    expect(interpolatePose(from, to, 0.4, 'side').rightArm.behind).toBe(false);
    expect(interpolatePose(from, to, 0.6, 'side').rightArm.behind).toBe(true);
    // A filled-in pose is filled in the same way again.
    expect(fullPose(half, 'side')).toEqual(half);
  });

  it('frames every pose of an exercise, the ways between them, its chair and its floor', () => {
    const reach = { ...standingPose, rightArm: limb(0, 0), leftArm: limb(30, 10) };
    const figure = {
      view: 'side' as const,
      props: [{ kind: 'chair' as const, x: 30, y: 74 }],
      poses: { stand: standingPose, reach },
      start: 'stand',
      cycle: [{ pose: 'reach', phase: 'inhale' as const, cue: 'Reach up.' }],
    };
    const frame = frameOf(figure);
    for (const pose of [standingPose, reach, interpolatePose(standingPose, reach, 0.5, 'side')]) {
      for (const part of layoutFigure(pose, 'side').parts) {
        for (const point of [part, tip(part)]) {
          expect(point.x).toBeGreaterThanOrEqual(frame.x);
          expect(point.x).toBeLessThanOrEqual(frame.x + frame.width);
          expect(point.y).toBeGreaterThanOrEqual(frame.y);
          expect(point.y).toBeLessThanOrEqual(frame.y + frame.height);
        }
      }
    }
    expect(frame.x).toBeLessThanOrEqual(30 - 12);
    expect(frame.y + frame.height).toBeGreaterThan(92);
    // Narrower than the whole stage: the player zooms in on it.
    expect(frame.width).toBeLessThan(80);
  });
});

describe('the bundled figures', () => {
  // Bundled by Vite, as the app bundles them; each checked by the schema the app uses.
  const files = import.meta.glob<{ type: string }>('../../routines/exercises/*.json', {
    eager: true,
    import: 'default',
  });
  const exercises = Object.values(files).map(({ type: _type, ...exercise }) =>
    exerciseSchema.parse(exercise),
  );

  /** Every key pose and the ways between them, as the player shows them. */
  const framesOf = (figure: (typeof exercises)[number]['figure']) => {
    const path = [figure.start, ...figure.cycle.map((move) => move.pose)];
    return path.flatMap((name, i) => {
      const from = figure.poses[name]!;
      const to = figure.poses[path[(i + 1) % path.length]!]!;
      return [0, 0.25, 0.5, 0.75].map((t) => interpolatePose(from, to, t, figure.view));
    });
  };

  it('keeps every part the same size in every frame, so moving never lays the figure out', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(20);
    for (const { id, figure } of exercises) {
      const sizes = new Map<string, string>();
      for (const pose of framesOf(figure)) {
        for (const part of layoutFigure(pose, figure.view, figure.works?.areas).parts) {
          const size = `${part.width}×${part.length}`;
          expect(sizes.get(part.id) ?? size, `${id}: ${part.id}`).toBe(size);
          sizes.set(part.id, size);
        }
      }
    }
  });

  it('never puts a hand, foot or head through the floor', () => {
    for (const { id, figure } of exercises.filter((e) => !fromAbove(e.figure.view))) {
      for (const [name, pose] of Object.entries(figure.poses)) {
        for (const part of layoutFigure(pose, figure.view).parts) {
          if (part.kind === 'hair') continue;
          expect(Math.max(part.y, tip(part).y), `${id} ${name}: ${part.id}`).toBeLessThan(
            FLOOR_Y + 1,
          );
        }
      }
    }
  });
});
