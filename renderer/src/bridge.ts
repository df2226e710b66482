import type { BackbreakApi } from '../../electron/shared/contract';

declare global {
  interface Window {
    backbreak?: BackbreakApi;
  }
}

/**
 * The one way the renderer reaches main: the methods the preload exposed. Component tests put
 * a fake on `window.backbreak`; the browser tests put a bridge to the real main-side handlers.
 */
export function bridge(): BackbreakApi {
  const api = window.backbreak;
  if (!api) throw new Error('The app bridge is missing: this page must be opened by Backbreak.');
  return api;
}
