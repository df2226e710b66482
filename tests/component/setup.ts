import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// findBy… and waitFor give up after a second by default; a machine with both cores busy can
// take longer than that to render. They only wait as long as they must.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no matchMedia; components ask it about reduced motion and the colour scheme.
// Tests that care set `window.matchMedia` themselves; everyone else gets "no preference".
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
