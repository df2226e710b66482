import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';
import { vi } from 'vitest';
import { speak } from '../../renderer/src/ui/words.svelte';

// The test bridge runs the real IPC guard (electron/main/ipc.ts), which imports Electron for
// ipcMain; the binary cannot run here, so Electron's surface is the tests' small fake.
vi.mock('electron', () => import('../support/fakeElectronModule'));

// Windows load their language before they show anything (ui/startWindow.ts); components
// mounted on their own here speak British English unless a test loads another.
await speak({ locale: 'en', tag: 'en-GB' });

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

// jsdom lays nothing out, so it has no ResizeObserver. The figure sizes itself from one; here
// every observed box reports the routine window's stage, 388 × 274 pixels, once.
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe(target: Element) {
      const contentRect = { width: 388, height: 274 } as DOMRectReadOnly;
      this.report([{ target, contentRect } as ResizeObserverEntry], this);
    }
    unobserve() {}
    disconnect() {}
  };
}

// jsdom lays nothing out, so it has no scrolling; lists that scroll a focused row into view
// call this.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
