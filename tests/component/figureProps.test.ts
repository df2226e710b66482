import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Figure from '../../renderer/src/figure/Figure.svelte';
import { standingPose } from '../support/contentFixtures';

describe('the figure’s props', () => {
  it('draws a desk as a table top on one leg from the side and on two from the front', () => {
    const desk = [{ kind: 'desk' as const, x: 64, y: 61 }];
    const legsOf = (view: 'side' | 'front') => {
      // The component's own `props` prop means the testing library's props must be spelled out.
      const { container, unmount } = render(Figure, {
        props: { pose: standingPose, view, props: desk, label: 'A person at a desk' },
      });
      const drawn = container.querySelector('.scenery g.prop');
      const parts = [...(drawn?.querySelectorAll('rect') ?? [])];
      unmount();
      return {
        top: parts[0]?.getAttribute('height'),
        legs: parts.slice(1).map((leg) => Number(leg.getAttribute('height'))),
      };
    };
    // The legs reach from under the top (y 61 + 2) to the floor at y 92.
    expect(legsOf('side')).toEqual({ top: '2.4', legs: [29] });
    expect(legsOf('front')).toEqual({ top: '2.4', legs: [29, 29] });
  });
});
