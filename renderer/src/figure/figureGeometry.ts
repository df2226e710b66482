import type { Pose, Prop } from '../../../electron/shared/routineSchema';

/**
 * Turns a pose (hip position plus the direction of every bone) into placed parts: each part is
 * a capsule with a position, a rotation, a length and a squeeze. The figure draws each part as a
 * transformed shape, so animating it changes transforms only and never causes layout.
 */

export type View = 'side' | 'front';
type Limb = Pose['leftArm'];

/** Bone lengths in stage units (the stage is 100 × 100, the floor at y = 92). */
export const BONES = {
  spine: [9, 9, 8],
  neck: 3.5,
  headRadius: 6.2,
  upperArm: 13,
  forearm: 12,
  thigh: 19,
  shin: 19,
  /** Half the shoulder and hip widths, seen from the front. */
  shoulderHalf: 7.5,
  hipHalf: 4.5,
} as const;

export const FLOOR_Y = 92;

export interface Part {
  id: string;
  x: number;
  y: number;
  /** Degrees, 0 = pointing up, clockwise. */
  angle: number;
  length: number;
  width: number;
  /** Squeezes the part across its length: a chest turned away from the viewer looks narrower. */
  scaleX: number;
  /** Squeezes it along its length: a bone pointing at the viewer looks shorter. */
  scaleY: number;
  /** Far parts are drawn behind and lighter. */
  layer: 'far' | 'body' | 'near';
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  /** In drawing order, back to front. */
  parts: Part[];
  head: { x: number; y: number; angle: number; r: number };
  /** Where the face looks, as offsets of the eyes from the head's centre. */
  eyes: Point[];
  hands: { left: Point; right: Point };
}

const RAD = Math.PI / 180;

/** The point `length` away from `from` in `direction` (0 = up, 90 = right). */
function step(from: Point, direction: number, length: number): Point {
  return {
    x: from.x + Math.sin(direction * RAD) * length,
    y: from.y - Math.cos(direction * RAD) * length,
  };
}

const part = (
  id: string,
  at: Point,
  angle: number,
  length: number,
  width: number,
  layer: Part['layer'],
  squeeze: { scaleX?: number; scaleY?: number } = {},
): Part => ({
  id,
  x: at.x,
  y: at.y,
  angle,
  length,
  width,
  scaleX: squeeze.scaleX ?? 1,
  scaleY: squeeze.scaleY ?? 1,
  layer,
});

function limb(
  id: string,
  root: Point,
  bones: Limb,
  lengths: readonly [number, number],
  width: number,
  layer: Part['layer'],
) {
  const joint = step(root, bones.upper, lengths[0] * bones.foreshorten);
  const end = step(joint, bones.lower, lengths[1]);
  return {
    parts: [
      part(`${id}-upper`, root, bones.upper, lengths[0], width, layer, {
        scaleY: bones.foreshorten,
      }),
      part(`${id}-lower`, joint, bones.lower, lengths[1], width * 0.9, layer),
    ],
    end,
  };
}

export function layoutFigure(pose: Pose, view: View): Layout {
  const hip: Point = { x: pose.x, y: pose.y };
  const twist = pose.twist * RAD;
  const turnedAway = Math.abs(Math.cos(twist));

  // From the front the torso is as broad as the shoulders; from the side, as deep as a chest.
  // Only the chest turns in a twist; the hips stay square.
  const torsoWidths = view === 'front' ? [11, 13, 15.5] : [11, 10.3, 9.6];
  const chestSqueeze = [1, 0.5 + 0.5 * turnedAway, turnedAway];
  const spineParts: Part[] = [];
  let point = hip;
  pose.spine.forEach((direction, i) => {
    const length = BONES.spine[i]!;
    const scaleX = view === 'front' ? Math.max(0.55, chestSqueeze[i]!) : 1;
    spineParts.push(
      part(`spine-${i}`, point, direction, length, torsoWidths[i]!, 'body', { scaleX }),
    );
    point = step(point, direction, length);
  });
  const shoulder = point;
  const upperBack = pose.spine[2];
  const across = upperBack + 90;
  const neckEnd = step(shoulder, pose.head, BONES.neck);
  const headCentre = step(neckEnd, pose.head, BONES.headRadius * 0.9);
  const neck = part('neck', shoulder, pose.head, BONES.neck, 4.6, 'body');

  let leftShoulder: Point;
  let rightShoulder: Point;
  let leftHip: Point;
  let rightHip: Point;
  let eyes: Point[];
  if (view === 'front') {
    // Facing the viewer: the figure's right is on the viewer's left. A twist turns the shoulder
    // line away from the viewer, so it looks narrower.
    const half = BONES.shoulderHalf * turnedAway;
    rightShoulder = step(shoulder, across, -half);
    leftShoulder = step(shoulder, across, half);
    rightHip = step(hip, pose.spine[0] + 90, -BONES.hipHalf);
    leftHip = step(hip, pose.spine[0] + 90, BONES.hipHalf);
    const look = Math.sin(twist) * 2.2;
    eyes = [
      { x: -1.9 - look, y: -0.6 },
      { x: 1.9 - look, y: -0.6 },
    ];
  } else {
    // Seen from the right: both shoulders sit on the spine; a twist brings the far one forward
    // or back.
    const offset = Math.sin(twist) * BONES.shoulderHalf * 0.8;
    rightShoulder = step(shoulder, across, -offset * 0.3);
    leftShoulder = step(shoulder, across, offset);
    rightHip = hip;
    leftHip = hip;
    const face = pose.head + 90;
    eyes = [{ x: Math.sin(face * RAD) * 2.6, y: -Math.cos(face * RAD) * 2.6 - 0.8 }];
  }

  // Depth. In profile the right limbs are near and the left far. From the front, a twist turns
  // one shoulder away from the viewer: that arm goes behind the body, drawn lighter.
  const armLayer = (side: 'left' | 'right'): Part['layer'] => {
    if (view === 'side') return side === 'right' ? 'near' : 'far';
    if (Math.abs(pose.twist) < 8) return 'body';
    return side === (pose.twist > 0 ? 'right' : 'left') ? 'far' : 'near';
  };
  const legLayer = (side: 'left' | 'right'): Part['layer'] =>
    view === 'side' ? (side === 'right' ? 'near' : 'far') : 'body';
  const arms = [BONES.upperArm, BONES.forearm] as const;
  const legs = [BONES.thigh, BONES.shin] as const;
  const leftArm = limb('left-arm', leftShoulder, pose.leftArm, arms, 4.8, armLayer('left'));
  const rightArm = limb('right-arm', rightShoulder, pose.rightArm, arms, 4.8, armLayer('right'));
  const leftLeg = limb('left-leg', leftHip, pose.leftLeg, legs, 6.2, legLayer('left'));
  const rightLeg = limb('right-leg', rightHip, pose.rightLeg, legs, 6.2, legLayer('right'));

  let parts: Part[];
  if (view === 'side') {
    parts = [
      ...leftLeg.parts,
      ...leftArm.parts,
      ...spineParts,
      neck,
      ...rightLeg.parts,
      ...rightArm.parts,
    ];
  } else {
    // The middle of the chest slides toward the side it turns to, like a line down a turning
    // cylinder: from the front, that is what makes a twist read as a twist.
    const sternumTop = step(shoulder, across, -Math.sin(twist) * BONES.shoulderHalf * 0.75);
    const sternum = part(
      'sternum',
      step(sternumTop, upperBack, -BONES.spine[2] * 0.9),
      upperBack,
      BONES.spine[2] * 0.75,
      1.3,
      'far',
    );
    const behind = [leftArm, rightArm]
      .filter((arm) => arm.parts[0]!.layer === 'far')
      .flatMap((arm) => arm.parts);
    const inFront = [leftArm, rightArm]
      .filter((arm) => arm.parts[0]!.layer !== 'far')
      .flatMap((arm) => arm.parts);
    parts = [
      ...leftLeg.parts,
      ...rightLeg.parts,
      ...behind,
      ...spineParts,
      neck,
      sternum,
      ...inFront,
    ];
  }

  return {
    parts,
    head: { x: headCentre.x, y: headCentre.y, angle: pose.head, r: BONES.headRadius },
    eyes,
    hands: { left: leftArm.end, right: rightArm.end },
  };
}

/** The shortest way round from one direction to another, so a turn never spins the long way. */
function turn(from: number, to: number, t: number): number {
  const delta = ((((to - from) % 360) + 540) % 360) - 180;
  return from + delta * t;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

export function interpolatePose(from: Pose, to: Pose, t: number): Pose {
  const between = (a: Limb, b: Limb): Limb => ({
    upper: turn(a.upper, b.upper, t),
    lower: turn(a.lower, b.lower, t),
    foreshorten: lerp(a.foreshorten, b.foreshorten, t),
  });
  return {
    x: lerp(from.x, to.x, t),
    y: lerp(from.y, to.y, t),
    spine: [
      turn(from.spine[0], to.spine[0], t),
      turn(from.spine[1], to.spine[1], t),
      turn(from.spine[2], to.spine[2], t),
    ],
    head: turn(from.head, to.head, t),
    twist: lerp(from.twist, to.twist, t),
    leftArm: between(from.leftArm, to.leftArm),
    rightArm: between(from.rightArm, to.rightArm),
    leftLeg: between(from.leftLeg, to.leftLeg),
    rightLeg: between(from.rightLeg, to.rightLeg),
  };
}

/** Breath-like easing: slow at both ends, as a calm inhale or exhale is. */
export function easeBreath(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 0.5 - Math.cos(clamped * Math.PI) / 2;
}

export type { Pose, Prop };
