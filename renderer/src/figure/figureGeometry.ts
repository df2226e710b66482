import type {
  BodyArea,
  Figure,
  FigureView,
  Pose,
  Prop,
} from '../../../electron/shared/routineSchema';

/**
 * Turns a pose (hip position plus the direction of every bone) into placed parts: each part is
 * a capsule with a position, a rotation, a length and a squeeze. The figure draws each part as a
 * transformed shape, so animating it changes transforms only and never causes layout.
 *
 * Bones are drawn as the pose gives them on the stage. What the view decides is everything a
 * pose does not spell out: how broad the chest looks as it turns, where the shoulders and hips
 * sit, which limbs are near and far, and where the face, hands and feet point. For that the
 * figure is a body turned `twist` degrees at the chest, seen by a viewer standing `CAMERA`
 * degrees round from its front toward its right.
 */

export type View = FigureView;
type Limb = Pose['leftArm'];

/** Bone lengths in stage units (the stage is 100 × 100, the floor at y = 92). */
export const BONES = {
  spine: [9, 9, 8],
  neck: 3.5,
  headRadius: 6.2,
  upperArm: 13,
  forearm: 12,
  hand: 3.4,
  thigh: 19,
  shin: 19,
  foot: 5.4,
  /** How far a full shrug lifts the shoulders toward the ears. */
  shrug: 4.5,
  /** Half the shoulder and hip widths, seen from the front. */
  shoulderHalf: 7.5,
  hipHalf: 4.5,
} as const;

/** The torso's width seen from the front and its depth seen from the side, per spine segment. */
const TORSO = { width: [11, 13, 15.5], depth: [11, 10.3, 9.6] } as const;

/**
 * Where the viewer stands, degrees round from the figure's front toward its right. Seen from
 * above, a person lying face up shows their front, and one kneeling folded forward their back.
 */
export const CAMERA: Record<View, number> = {
  front: 0,
  above: 0,
  'three-quarter': 45,
  side: 90,
  'above-back': 180,
};

/** Views looking down at the floor: it is a mat under the figure, not a line below it. */
export const fromAbove = (view: View) => view === 'above' || view === 'above-back';

export const FLOOR_Y = 92;

/** Half a doorway's width as seen from each view: its posts are either side of the person. */
export const DOORWAY_HALF: Record<View, number> = {
  side: 0,
  'three-quarter': 14.5,
  front: 20.5,
  above: 20.5,
  'above-back': 20.5,
};

export type PartKind =
  'limb' | 'hand' | 'foot' | 'torso' | 'neck' | 'head' | 'hair' | 'eye' | 'nose' | 'line' | 'glow';

export interface Part {
  id: string;
  kind: PartKind;
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
  /** Far parts are drawn lighter. */
  layer: 'far' | 'body' | 'near';
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  /** In drawing order, back to front. */
  parts: Part[];
  /** The middle of each hand, where a band is held. */
  hands: { left: Point; right: Point };
}

/** A pose with every default filled in for a view, ready to blend with another. */
export interface FullLimb {
  upper: number;
  lower: number;
  foreshorten: number;
  lowerForeshorten: number;
  end: number;
  endForeshorten: number;
  behind: boolean;
}
export interface FullPose {
  x: number;
  y: number;
  spine: [number, number, number];
  neck: number;
  head: number;
  twist: number;
  headTurn: number;
  shrug: number;
  leftArm: FullLimb;
  rightArm: FullLimb;
  leftLeg: FullLimb;
  rightLeg: FullLimb;
}

const RAD = Math.PI / 180;
const sin = (degrees: number) => Math.sin(degrees * RAD);
const cos = (degrees: number) => Math.cos(degrees * RAD);

/** The point `length` away from `from` in `direction` (0 = up, 90 = right). */
function step(from: Point, direction: number, length: number): Point {
  return { x: from.x + sin(direction) * length, y: from.y - cos(direction) * length };
}

// ---------------------------------------------------------------- defaults

function fullLimb(limb: Limb | FullLimb, kind: 'arm' | 'leg', view: View): FullLimb {
  let end = limb.end;
  let endForeshorten = limb.endForeshorten;
  if (end === undefined) {
    if (kind === 'arm') end = limb.lower;
    else {
      // A foot points forward, square to the shin: across the stage in profile, partly toward
      // the viewer from three-quarters, and straight at the viewer from the front.
      const camera = CAMERA[view];
      const facingViewer = cos(camera) > 0.9 || cos(camera) < -0.9;
      end = facingViewer ? limb.lower : limb.lower - 90;
      endForeshorten ??= facingViewer ? 0.35 : Math.abs(sin(camera));
    }
  }
  return {
    upper: limb.upper,
    lower: limb.lower,
    foreshorten: limb.foreshorten,
    lowerForeshorten: limb.lowerForeshorten ?? 1,
    end,
    endForeshorten: endForeshorten ?? 1,
    behind: limb.behind ?? false,
  };
}

/** Fills in what a pose leaves to its defaults; a full pose comes back unchanged. */
export function fullPose(pose: Pose | FullPose, view: View): FullPose {
  return {
    x: pose.x,
    y: pose.y,
    spine: pose.spine,
    neck: pose.neck ?? pose.head,
    head: pose.head,
    twist: pose.twist,
    headTurn: pose.headTurn ?? pose.twist,
    shrug: pose.shrug ?? 0,
    leftArm: fullLimb(pose.leftArm, 'arm', view),
    rightArm: fullLimb(pose.rightArm, 'arm', view),
    leftLeg: fullLimb(pose.leftLeg, 'leg', view),
    rightLeg: fullLimb(pose.rightLeg, 'leg', view),
  };
}

// ---------------------------------------------------------------- layout

const part = (
  id: string,
  kind: PartKind,
  at: Point,
  angle: number,
  length: number,
  width: number,
  layer: Part['layer'],
  squeeze: { scaleX?: number; scaleY?: number } = {},
): Part => ({
  id,
  kind,
  x: at.x,
  y: at.y,
  angle,
  length,
  width,
  scaleX: squeeze.scaleX ?? 1,
  scaleY: squeeze.scaleY ?? 1,
  layer,
});

/** How near the viewer a point is decides its shade; in between is the body's own. */
const layerOf = (depth: number): Part['layer'] =>
  depth > 1.5 ? 'near' : depth < -1.5 ? 'far' : 'body';

/**
 * A point `half` from the middle of a body part on the figure's right (`side` 1) or left (-1),
 * with the part facing `facing` degrees away from the viewer: where it shows on the stage and
 * how much nearer the viewer it is than the middle.
 */
function sidePoint(centre: Point, direction: number, facing: number, half: number, side: 1 | -1) {
  return {
    point: step(centre, direction + 90, -side * cos(facing) * half),
    depth: side * sin(facing) * half,
  };
}

interface PlacedLimb {
  parts: Part[];
  /** The middle of the hand or foot. */
  end: Point;
  layer: Part['layer'];
  behind: boolean;
}

function placeLimb(
  id: string,
  kind: 'arm' | 'leg',
  root: Point,
  limb: FullLimb,
  layer: Part['layer'],
): PlacedLimb {
  const [first, second, endLength, width] =
    kind === 'arm'
      ? [BONES.upperArm, BONES.forearm, BONES.hand, 4.6]
      : [BONES.thigh, BONES.shin, BONES.foot, 6.2];
  const joint = step(root, limb.upper, first * limb.foreshorten);
  const wrist = step(joint, limb.lower, second * limb.lowerForeshorten);
  const bones = [
    part(`${id}-upper`, 'limb', root, limb.upper, first, width, layer, {
      scaleY: limb.foreshorten,
    }),
    part(`${id}-lower`, 'limb', joint, limb.lower, second, width * 0.88, layer, {
      scaleY: limb.lowerForeshorten,
    }),
  ];
  const side = id.startsWith('left') ? 'left' : 'right';
  let end: Part;
  let middle: Point;
  if (kind === 'arm') {
    end = part(`${side}-hand`, 'hand', wrist, limb.end, endLength, 3.5, layer, {
      scaleY: limb.endForeshorten,
    });
    middle = step(wrist, limb.end, (endLength * limb.endForeshorten) / 2 + 1);
  } else {
    // The heel sits a little behind the ankle.
    const heel = step(wrist, limb.end + 180, 1.2 * limb.endForeshorten);
    end = part(`${side}-foot`, 'foot', heel, limb.end, endLength, 3.3, layer, {
      scaleY: limb.endForeshorten,
    });
    middle = step(heel, limb.end, (endLength * limb.endForeshorten) / 2);
  }
  return { parts: [...bones, end], end: middle, layer, behind: limb.behind };
}

/** The face on a head of radius r turned `facing` degrees from the viewer, tipped `tilt`. */
function placeHead(centre: Point, r: number, tilt: number, facing: number): Part[] {
  // Local offsets: `across` to the head's right on the stage, `up` toward its crown.
  const at = (across: number, up: number) => step(step(centre, tilt + 90, across), tilt, up);
  const shows = (f: number) => Math.min(1, Math.max(0, cos(f) * 1.4));
  const eyes = [-32, 32].map((offset, i) =>
    part(`eye-${i}`, 'eye', at(0.74 * r * sin(facing + offset), 0.08 * r), tilt, 0, 1.5, 'body', {
      scaleX: shows(facing + offset),
    }),
  );
  // The nose sticks out past the face's edge as it turns toward profile. Its size never
  // changes (that would lay the figure out again); its squeeze does.
  const profile = sin(facing);
  const nose = part(
    'nose',
    'nose',
    at(0.78 * r * profile, -0.12 * r),
    tilt + (profile >= 0 ? 90 : -90),
    1.8,
    2,
    'body',
    { scaleX: cos(facing) > -0.3 ? 1 : 0, scaleY: Math.abs(profile) },
  );
  // Hair is a disc behind the head, nudged toward the crown and the back of the head: what
  // shows is a crescent on the side the face is turned from. Turned away, the head shows its
  // hair, with a sliver of neck below.
  const hair = part('hair', 'hair', at(-0.3 * r * profile, 0.2 * r), tilt, 0, r * 2, 'body');
  const head = part('head', 'head', centre, tilt, 0, r * 2, 'body');
  return cos(facing) < -0.5 ? [head, hair, nose, ...eyes] : [hair, head, nose, ...eyes];
}

/**
 * The soft glow over the part that works, placed on the side of the body it lies on. A part
 * facing away from the viewer (the back, seen from the front) glows from behind the body, so
 * the light shows around its edges rather than on its front.
 */
function placeGlow(
  area: BodyArea,
  spine: { start: Point; direction: number; facing: number }[],
  neck: { start: Point; direction: number },
  shoulders: { width: number; lift: number },
  camera: number,
): Part {
  // Seen from the front, the back's glow comes from behind the body, so it is broader than the
  // body to show round it. It depends on the view alone: a part never changes size as it moves.
  const across = 11 + 8 * Math.abs(cos(camera));
  // `facesViewer`: 1 when the surface faces the viewer, -1 when it faces straight away.
  const glow = (
    at: Point,
    direction: number,
    length: number,
    width: number,
    facesViewer: number,
    scaleX = 1,
  ) =>
    part(
      `glow-${area}`,
      'glow',
      at,
      direction,
      length,
      width,
      facesViewer < -0.3 ? 'far' : 'body',
      {
        scaleX,
      },
    );
  const onSurface = (i: number, toward: 1 | -1) => {
    const segment = spine[i]!;
    const offset = toward * sin(segment.facing) * TORSO.depth[i]! * 0.5;
    return step(segment.start, segment.direction + 90, offset);
  };
  const segmentGlow = (i: number, toward: 1 | -1) =>
    glow(
      onSurface(i, toward),
      spine[i]!.direction,
      BONES.spine[i]!,
      across,
      toward * cos(spine[i]!.facing),
    );
  switch (area) {
    case 'lower-back':
      return segmentGlow(0, -1);
    case 'mid-back':
      return segmentGlow(1, -1);
    case 'upper-back':
      return segmentGlow(2, -1);
    case 'chest':
      return segmentGlow(2, 1);
    case 'shoulders': {
      const top = spine[2]!;
      const at = step(onSurface(2, -1), top.direction, BONES.spine[2]! * 0.55 + shoulders.lift);
      const span = 2 * BONES.shoulderHalf + 5;
      return glow(at, top.direction, 3, span, -cos(top.facing), (shoulders.width + 5) / span);
    }
    case 'neck':
      return glow(neck.start, neck.direction, BONES.neck + 1, across / 2, -cos(spine[2]!.facing));
    case 'side': {
      // The figure's right flank: the side a one-sided exercise stretches first.
      const middle = spine[1]!;
      const half = (TORSO.width[1] + TORSO.width[2]) / 4;
      const flank = step(middle.start, middle.direction + 90, -cos(middle.facing) * half);
      return glow(
        flank,
        middle.direction,
        BONES.spine[1]! + BONES.spine[2]!,
        8,
        sin(middle.facing),
      );
    }
  }
}

export function layoutFigure(input: Pose | FullPose, view: View, works: readonly BodyArea[] = []) {
  const pose = fullPose(input, view);
  const camera = CAMERA[view];
  const hip: Point = { x: pose.x, y: pose.y };

  // The hips stay square to the viewer; a twist turns the chest, half of it at the waist.
  const facings = [camera, camera - pose.twist / 2, camera - pose.twist];
  const spine: { start: Point; direction: number; facing: number }[] = [];
  const torso: Part[] = [];
  let point = hip;
  pose.spine.forEach((direction, i) => {
    const facing = facings[i]!;
    const width = Math.max(TORSO.width[i]!, TORSO.depth[i]!);
    const seen = Math.hypot(TORSO.width[i]! * cos(facing), TORSO.depth[i]! * sin(facing));
    spine.push({ start: point, direction, facing });
    torso.push(
      part(`spine-${i}`, 'torso', point, direction, BONES.spine[i]!, width, 'body', {
        scaleX: seen / width,
      }),
    );
    point = step(point, direction, BONES.spine[i]!);
  });
  const shoulder = point;
  const chest = spine[2]!;

  // A shrug lifts the shoulders, and the arms with them, while the neck and head stay put.
  const lift = pose.shrug * BONES.shrug;
  const shoulders = step(shoulder, chest.direction, lift);
  const right = sidePoint(shoulders, chest.direction, chest.facing, BONES.shoulderHalf, 1);
  const left = sidePoint(shoulders, chest.direction, chest.facing, BONES.shoulderHalf, -1);
  const rightHip = sidePoint(hip, pose.spine[0], camera, BONES.hipHalf, 1);
  const leftHip = sidePoint(hip, pose.spine[0], camera, BONES.hipHalf, -1);

  const limbs = [
    placeLimb('left-leg', 'leg', leftHip.point, pose.leftLeg, layerOf(leftHip.depth)),
    placeLimb('right-leg', 'leg', rightHip.point, pose.rightLeg, layerOf(rightHip.depth)),
    placeLimb('left-arm', 'arm', left.point, pose.leftArm, layerOf(left.depth)),
    placeLimb('right-arm', 'arm', right.point, pose.rightArm, layerOf(right.depth)),
  ];
  const [leftLeg, rightLeg, leftArm, rightArm] = limbs as [
    PlacedLimb,
    PlacedLimb,
    PlacedLimb,
    PlacedLimb,
  ];

  const neck = part('neck', 'neck', shoulder, pose.neck, BONES.neck, 4.6, 'body');
  const neckEnd = step(shoulder, pose.neck, BONES.neck);
  const r = BONES.headRadius;
  const head = placeHead(step(neckEnd, pose.head, r * 0.9), r, pose.head, camera - pose.headTurn);

  // A line down the middle of the chest slides toward the side it turns to, like a line down a
  // turning cylinder: what makes a twist read as one from the front.
  const details: Part[] = [];
  const chestFront = cos(chest.facing);
  if (chestFront > 0.25 && camera < 90) {
    const top = step(shoulder, chest.direction + 90, sin(chest.facing) * TORSO.depth[2] * 0.5);
    details.push(
      part(
        'sternum',
        'line',
        step(top, chest.direction, -BONES.spine[2] * 0.9),
        chest.direction,
        BONES.spine[2] * 0.75,
        1.3,
        'far',
      ),
    );
  }

  const shoulderWidth = Math.hypot(right.point.x - left.point.x, right.point.y - left.point.y);
  const glows = works.map((area) =>
    placeGlow(
      area,
      spine,
      { start: shoulder, direction: pose.neck },
      { width: shoulderWidth, lift },
      camera,
    ),
  );

  // Back to front: what is behind the body, the body, then what is in front of it. Legs hang
  // from under the hips, so from the front they go behind the pelvis too.
  const behind = (limb: PlacedLimb) => limb.behind || limb.layer === 'far';
  const legs = [leftLeg, rightLeg];
  const arms = [leftArm, rightArm];
  const parts = [
    ...legs.filter(behind).flatMap((limb) => limb.parts),
    ...arms.filter(behind).flatMap((limb) => limb.parts),
    ...legs.filter((limb) => !behind(limb) && limb.layer === 'body').flatMap((l) => l.parts),
    ...glows.filter((glow) => glow.layer === 'far'),
    ...torso,
    neck,
    ...details,
    ...glows.filter((glow) => glow.layer !== 'far'),
    ...head,
    ...arms.filter((limb) => !behind(limb) && limb.layer === 'body').flatMap((l) => l.parts),
    ...legs.filter((limb) => !behind(limb) && limb.layer === 'near').flatMap((l) => l.parts),
    ...arms.filter((limb) => !behind(limb) && limb.layer === 'near').flatMap((l) => l.parts),
  ];

  return { parts, hands: { left: leftArm.end, right: rightArm.end } } satisfies Layout;
}

// ---------------------------------------------------------------- movement

/** The shortest way round from one direction to another, so a turn never spins the long way. */
function turn(from: number, to: number, t: number): number {
  const delta = ((((to - from) % 360) + 540) % 360) - 180;
  return from + delta * t;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

export function interpolatePose(
  fromPose: Pose | FullPose,
  toPose: Pose | FullPose,
  t: number,
  view: View,
): FullPose {
  const from = fullPose(fromPose, view);
  const to = fullPose(toPose, view);
  const between = (a: FullLimb, b: FullLimb): FullLimb => ({
    upper: turn(a.upper, b.upper, t),
    lower: turn(a.lower, b.lower, t),
    foreshorten: lerp(a.foreshorten, b.foreshorten, t),
    lowerForeshorten: lerp(a.lowerForeshorten, b.lowerForeshorten, t),
    end: turn(a.end, b.end, t),
    endForeshorten: lerp(a.endForeshorten, b.endForeshorten, t),
    // An arm goes behind the head at the end of the move, and comes out at its start.
    behind: t < 0.5 ? a.behind : b.behind,
  });
  return {
    x: lerp(from.x, to.x, t),
    y: lerp(from.y, to.y, t),
    spine: [
      turn(from.spine[0], to.spine[0], t),
      turn(from.spine[1], to.spine[1], t),
      turn(from.spine[2], to.spine[2], t),
    ],
    neck: turn(from.neck, to.neck, t),
    head: turn(from.head, to.head, t),
    twist: lerp(from.twist, to.twist, t),
    headTurn: lerp(from.headTurn, to.headTurn, t),
    shrug: lerp(from.shrug, to.shrug, t),
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

// ---------------------------------------------------------------- framing

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The stage area a part covers, glows left out: they fade at their edges anyway. */
function extentOf(part: Part) {
  const tip = step(part, part.angle, part.length * part.scaleY);
  const pad = part.width / 2;
  return {
    left: Math.min(part.x, tip.x) - pad,
    right: Math.max(part.x, tip.x) + pad,
    top: Math.min(part.y, tip.y) - pad,
    bottom: Math.max(part.y, tip.y) + pad,
  };
}

const MARGIN = 5;
const SMALLEST = 36;

/**
 * The part of the stage an exercise needs: every key pose and the ways between them, the props
 * the figure uses and the floor it stands on. The player zooms to it, so a figure lying on the
 * floor fills the stage as well as a standing one. It is the same for every frame of an
 * exercise, so the figure never moves its frame while it moves.
 */
export function frameOf(
  figure: Pick<Figure, 'view' | 'poses' | 'start' | 'cycle' | 'props'>,
): Frame {
  const { view, poses } = figure;
  const path = [figure.start, ...figure.cycle.map((move) => move.pose), figure.cycle[0]!.pose];
  const shapes: Pose[] = Object.values(poses);
  const samples: (Pose | FullPose)[] = [...shapes];
  for (let i = 1; i < path.length; i++) {
    const from = poses[path[i - 1]!];
    const to = poses[path[i]!];
    if (!from || !to) continue;
    for (const t of [0.25, 0.5, 0.75]) samples.push(interpolatePose(from, to, t, view));
  }
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  const cover = (box: { left: number; right: number; top: number; bottom: number }) => {
    left = Math.min(left, box.left);
    right = Math.max(right, box.right);
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom);
  };
  for (const pose of samples)
    for (const placed of layoutFigure(pose, view).parts) cover(extentOf(placed));
  for (const prop of figure.props) {
    const box = propExtent(prop, view);
    if (box) cover(box);
  }
  // The floor shows under whoever stands, sits or lies on it.
  if (!fromAbove(view)) bottom = Math.max(bottom, FLOOR_Y + 1);
  left -= MARGIN;
  right += MARGIN;
  top -= MARGIN;
  bottom += MARGIN;
  const grow = (low: number, high: number) => {
    const missing = Math.max(0, SMALLEST - (high - low)) / 2;
    return [low - missing, high + missing] as const;
  };
  [left, right] = grow(left, right);
  [top, bottom] = grow(top, bottom);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The stage area of the props that belong in the picture; a wall only where it stands. */
function propExtent(prop: Prop, view: View) {
  switch (prop.kind) {
    case 'chair':
      return { left: prop.x - 12, right: prop.x + 12, top: prop.y - 23, bottom: FLOOR_Y };
    case 'desk':
      return { left: prop.x - 16, right: prop.x + 16, top: prop.y - 1, bottom: FLOOR_Y };
    case 'wall':
      return view === 'front' || fromAbove(view)
        ? null
        : { left: prop.x - 2, right: prop.x + 2, top: FLOOR_Y - 40, bottom: FLOOR_Y };
    case 'doorway': {
      const half = DOORWAY_HALF[view];
      return {
        left: prop.x - half - 2,
        right: prop.x + half + 2,
        top: FLOOR_Y - 40,
        bottom: FLOOR_Y,
      };
    }
    case 'roll':
    case 'towel':
      return { left: prop.x - 5, right: prop.x + 5, top: prop.y - 3, bottom: prop.y + 3 };
    default:
      return null;
  }
}

export type { Pose, Prop };
