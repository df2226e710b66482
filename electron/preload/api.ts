import { eventChannels, invokeChannels } from '../shared/channels';
import type { BackbreakApi } from '../shared/contract';

/**
 * Builds `window.backbreak` from the contract: one named method per entry and one `onX`
 * subscription per push event, nothing else. Pure, so the real preload hands it Electron's
 * ipcRenderer and the browser tests hand it a bridge to the same main-side handlers.
 */

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export function createApi(invoke: Invoke, subscribe: Subscribe): BackbreakApi {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(invokeChannels)) {
    api[name] = (input?: unknown) => invoke(channel, input);
  }
  for (const [name, channel] of Object.entries(eventChannels)) {
    const method = `on${name[0]!.toUpperCase()}${name.slice(1)}`;
    api[method] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${method} needs a function.`);
      return subscribe(channel, listener);
    };
  }
  return Object.freeze(api) as BackbreakApi;
}
