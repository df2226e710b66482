import type { Pose, Prop } from '../../../electron/shared/routineSchema';

/**
 * Turns a pose (hip position plus the direction of every bone) into placed parts: each part is
 * a capsule with a position, a rotation and a length. The figure draws each part as a
 * transformed shape, so animating it changes transforms only and never causes layout.
 */

export type View = 'side' | 'front';

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
  /** Far limbs are drawn behind and lighter. */
  layer: 'far' | 'body' | 'near';
}

export interface Layout {
  parts: Part[];
  head: { x: number; y: number; angle: number; r: number };
  /** Where the face looks, as an offset of the eye from the head's centre. */
  eyes: { x: number; y: number }[];
  hands: { left: Point; right: Point };
}

export interface Point {
  x: number;
  y: number;
}

const RAD = Math.PI / 180;

/** The point `length` away from `from` in `direction` (0 = up, 90 = right). */
function step(from: Point, direction: number, length: number): Point {
  return {
    x: from.x + Math.sin(direction * RAD) * length,
    y: from.y - Math.cos(direction * RAD) * length,
  };
}

function limb(
  id: string,
  root: Point,
  upper: number,
  lower: number,
  lengths: [number, number],
  width: number,
  layer: Part['layer'],
): { parts: Part[]; end: Point } {
  const joint = step(root, upper, lengths[0]);
  const end = step(joint, lower, lengths[1]);
  return {
    parts: [
      {
        id: `${id}-upper`,
        x: root.x,
        y: root.y,
        angle: upper,
        length: lengths[0],
        width,
        scaleX: 1,
        layer,
      },
      {
        id: `${id}-lower`,
        x: joint.x,
        y: joint.y,
        angle: lower,
        length: lengths[1],
        width: width * 0.9,
        scaleX: 1,
        layer,
      },
    ],
    end,
  };
}

export function layoutFigure(pose: Pose, view: View): Layout {
  const hip: Point = { x: pose.x, y: pose.y };
  const spineParts: Part[] = [];
  // From the front the torso is as broad as the shoulders; from the side, as deep as a chest.
  const torsoWidths = view === 'front' ? [11, 13, 15.5] : [11, 10.3, 9.6];
  // Only the chest turns in a twist; the hips stay square.
  const turnSqueeze = [
    1,
    0.5 + 0.5 * Math.abs(Math.cos(pose.twist * RAD)),
    Math.abs(Math.cos(pose.twist * RAD)),
  ];
  let point = hip;
  pose.spine.forEach((direction, i) => {
    const length = BONES.spine[i]!;
    const scaleX = view === 'front' ? Math.max(0.55, turnSqueeze[i]!) : 1;
    spineParts.push({
      id: `spine-${i}`,
      x: point.x,
      y: point.y,
      angle: direction,
      length,
      width: torsoWidths[i]!,
      scaleX,
      layer: 'body',
    });
    point = step(point, direction, length);
  });
  const shoulder = point;
  const upperBack = pose.spine[2];
  const neckEnd = step(shoulder, pose.head, BONES.neck);
  const headCentre = step(neckEnd, pose.head, BONES.headRadius * 0.9);
  const neck: Part = {
    id: 'neck',
    x: shoulder.x,
    y: shoulder.y,
    angle: pose.head,
    length: BONES.neck,
    width: 4.6,
    scaleX: 1,
    layer: 'body',
  };

  const twist = pose.twist * RAD;
  const across = upperBack + 90;
  let leftShoulder: Point;
  let rightShoulder: Point;
  let leftHip: Point;
  let rightHip: Point;
  let eyes: Point[];
  if (view === 'front') {
    // Facing the viewer: the figure's right is on the viewer's left. A twist turns the shoulder
    // line away from the viewer, so it looks narrower.
    const half = BONES.shoulderHalf * Math.cos(twist);
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
    // Seen from the right: both shoulders sit on the spine; a twist shows the far shoulder
    // coming forward or back.
    const offset = Math.sin(twist) * BONES.shoulderHalf * 0.8;
    rightShoulder = step(shoulder, across, -offset * 0.3);
    leftShoulder = step(shoulder, across, offset);
    rightHip = hip;
    leftHip = hip;
    const face = pose.head + 90;
    eyes = [{ x: Math.sin(face * RAD) * 2.6, y: -Math.cos(face * RAD) * 2.6 - 0.8 }];
  }

  const farLayer: Part['layer'] = view === 'side' ? 'far' : 'body';
  const nearLayer: Part['layer'] = view === 'side' ? 'near' : 'body';
  const arms: [number, number] = [BONES.upperArm, BONES.forearm];
  const legs: [number, number] = [BONES.thigh, BONES.shin];
  const leftArm = limb(
    'left-arm',
    leftShoulder,
    pose.leftArm.upper,
    pose.leftArm.lower,
    arms,
    4.8,
    farLayer,
  );
  const rightArm = limb(
    'right-arm',
    rightShoulder,
    pose.rightArm.upper,
    pose.rightArm.lower,
    arms,
    4.8,
    nearLayer,
  );
  const leftLeg = limb(
    'left-leg',
    leftHip,
    pose.leftLeg.upper,
    pose.leftLeg.lower,
    legs,
    6.2,
    farLayer,
  );
  const rightLeg = limb(
    'right-leg',
    rightHip,
    pose.rightLeg.upper,
    pose.rightLeg.lower,
    legs,
    6.2,
    nearLayer,
  );

  return {
    parts: [
      ...leftLeg.parts,
      ...leftArm.parts,
      ...spineParts,
      neck,
      ...rightLeg.parts,
      ...rightArm.parts,
    ],
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
  const limbBetween = (a: Pose['leftArm'], b: Pose['leftArm']) => ({
    upper: turn(a.upper, b.upper, t),
    lower: turn(a.lower, b.lower, t),
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
    leftArm: limbBetween(from.leftArm, to.leftArm),
    rightArm: limbBetween(from.rightArm, to.rightArm),
    leftLeg: limbBetween(from.leftLeg, to.leftLeg),
    rightLeg: limbBetween(from.rightLeg, to.rightLeg),
  };
}

/** Breath-like easing: slow at both ends, as a calm inhale or exhale is. */
export function easeBreath(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 0.5 - Math.cos(clamped * Math.PI) / 2;
}

export type { Pose, Prop };
