import '@testing-library/jest-dom/vitest';

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
