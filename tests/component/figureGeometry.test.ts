import { describe, expect, it } from 'vitest';
import {
  BONES,
  easeBreath,
  interpolatePose,
  layoutFigure,
} from '../../renderer/src/figure/figureGeometry';
import { standingPose } from '../support/contentFixtures';

const RAD = Math.PI / 180;
const tip = (part: { x: number; y: number; angle: number; length: number; scaleY: number }) => ({
  x: part.x + Math.sin(part.angle * RAD) * part.length * part.scaleY,
  y: part.y - Math.cos(part.angle * RAD) * part.length * part.scaleY,
});
const byId = (layout: ReturnType<typeof layoutFigure>, id: string) =>
  layout.parts.find((p) => p.id === id)!;

describe('figure geometry', () => {
  it('hangs every bone off the one before without stretching it', () => {
    const pose = { ...standingPose, rightArm: { upper: 120, lower: 60, foreshorten: 1 } };
    const layout = layoutFigure(pose, 'side');
    const upper = byId(layout, 'right-arm-upper');
    const lower = byId(layout, 'right-arm-lower');
    expect(tip(upper).x).toBeCloseTo(lower.x);
    expect(tip(upper).y).toBeCloseTo(lower.y);
    expect(Math.hypot(tip(lower).x - lower.x, tip(lower).y - lower.y)).toBeCloseTo(BONES.forearm);
    expect(layout.hands.right.x).toBeCloseTo(tip(lower).x);
  });

  it('stands a standing figure on the floor', () => {
    const layout = layoutFigure(standingPose, 'front');
    expect(tip(byId(layout, 'left-leg-lower')).y).toBeCloseTo(54 + BONES.thigh + BONES.shin);
  });

  it('shortens a bone that points at the viewer', () => {
    const pose = { ...standingPose, leftLeg: { upper: 180, lower: 180, foreshorten: 0.3 } };
    const layout = layoutFigure(pose, 'front');
    expect(byId(layout, 'left-leg-lower').y).toBeCloseTo(54 + BONES.thigh * 0.3);
    expect(byId(layout, 'left-leg-upper').scaleY).toBe(0.3);
  });

  it('shows a twist from the front: the chest narrows and the arm turning away goes behind', () => {
    const square = layoutFigure(standingPose, 'front');
    const turned = layoutFigure({ ...standingPose, twist: 45 }, 'front');
    expect(byId(turned, 'spine-2').scaleX).toBeLessThan(byId(square, 'spine-2').scaleX);
    expect(byId(turned, 'right-arm-upper').layer).toBe('far');
    expect(byId(turned, 'left-arm-upper').layer).toBe('near');
    const order = turned.parts.map((p) => p.id);
    expect(order.indexOf('right-arm-upper')).toBeLessThan(order.indexOf('spine-0'));
    expect(order.indexOf('left-arm-upper')).toBeGreaterThan(order.indexOf('spine-2'));
    expect(byId(turned, 'sternum').x).not.toBeCloseTo(byId(square, 'sternum').x);
  });

  it('draws the far limbs behind the body in profile', () => {
    const order = layoutFigure(standingPose, 'side').parts.map((p) => `${p.id}:${p.layer}`);
    expect(order[0]).toBe('left-leg-upper:far');
    expect(order.at(-1)).toBe('right-arm-lower:near');
  });

  it('turns the short way round between key poses', () => {
    const a = { ...standingPose, head: 350 };
    const b = { ...standingPose, head: 10 };
    expect(interpolatePose(a, b, 0.5).head).toBeCloseTo(360);
    expect(interpolatePose(a, b, 0).head).toBe(350);
    expect(easeBreath(0)).toBe(0);
    expect(easeBreath(0.5)).toBeCloseTo(0.5);
    expect(easeBreath(2)).toBe(1);
  });
});
