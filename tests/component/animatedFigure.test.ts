import { render } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import { describe, expect, it } from 'vitest';
import { planRoutine } from '../../electron/main/core/routinePlan';
import { BONES } from '../../renderer/src/figure/figureGeometry';
import AnimatedFigure from '../../renderer/src/routine/AnimatedFigure.svelte';
import { exercise, routine } from '../support/contentFixtures';

/** The figure the player shows: one exercise that works the upper back while breathing in. */
const plain = exercise({ id: 'squeeze' });
const squeeze = exercise({
  id: 'squeeze',
  figure: { ...plain.figure, works: { areas: ['upper-back'], phases: ['inhale'] } },
});
const plan = planRoutine(
  routine({ id: 'r', steps: [{ exercise: 'squeeze' }] }),
  new Map([[squeeze.id, squeeze]]),
);
const planned = plan.exercises['squeeze']!;

const show = (props: Partial<ComponentProps<typeof AnimatedFigure>> = {}) =>
  render(AnimatedFigure, {
    exercise: planned,
    fromPose: 'tall',
    toPose: 'lift',
    progress: 0.5,
    phase: 'inhale',
    mirrored: false,
    still: false,
    label: 'Squeeze: breathe in and lift your chest.',
    ...props,
  });
const stage = (container: HTMLElement) => container.querySelector('.stage')!;
const transforms = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-part]')].map((part) => part.getAttribute('style'));

describe('the animated figure', () => {
  it('glows on the working part during the effort only', async () => {
    const { container, rerender } = show();
    expect(stage(container)).toHaveClass('effort');
    expect(container.querySelector('[data-part="glow-upper-back"]')).not.toBeNull();
    await rerender({ phase: 'exhale', fromPose: 'lift', toPose: 'tall' });
    expect(stage(container)).not.toHaveClass('effort');
    // Getting ready is no effort yet.
    await rerender({ phase: null, fromPose: 'tall', toPose: 'tall' });
    expect(stage(container)).not.toHaveClass('effort');
  });

  it('glows nowhere for an exercise that names no working part', () => {
    const unmarked = planRoutine(
      routine({ id: 'p', steps: [{ exercise: 'squeeze' }] }),
      new Map([['squeeze', plain]]),
    ).exercises['squeeze']!;
    const { container } = show({ exercise: unmarked });
    expect(container.querySelector('.glow')).toBeNull();
  });

  it('moves between key poses, and shows the key pose itself when still', async () => {
    const { container, rerender } = show({ progress: 0.5 });
    const between = transforms(container);
    await rerender({ progress: 1 });
    const arrived = transforms(container);
    expect(arrived).not.toEqual(between);
    await rerender({ progress: 0.5, still: true });
    expect(transforms(container)).toEqual(arrived);
  });

  it('zooms to the stage area its exercise needs and mirrors the left side', async () => {
    const { container, rerender } = show();
    // The stage is 388 × 274 pixels here (see setup.ts). The whole 100-unit stage would give a
    // unit 2.74 pixels; the figure's own frame, a little shorter than the stage, gives more.
    const head = container.querySelector<HTMLElement>('[data-part="head"]')!;
    const unit = parseFloat(head.style.width) / (2 * BONES.headRadius);
    expect(unit).toBeGreaterThan(2.74 * 1.05);
    expect(unit).toBeLessThan(3.5);
    expect(stage(container)).not.toHaveClass('mirrored');
    await rerender({ mirrored: true });
    expect(stage(container)).toHaveClass('mirrored');
  });
});
