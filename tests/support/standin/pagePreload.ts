import type {} from 'electron';
import type { InvokeAnswer } from './wire';

/**
 * Runs in the window's page before its own scripts: the app's built preload, given a `require`
 * that offers what a sandboxed preload gets from `electron` here, `contextBridge` and
 * `ipcRenderer`, and nothing else. Asking for anything more fails the test, as a preload that
 * needs Node would fail in Electron's sandbox.
 *
 * `ipcRenderer.invoke` crosses to the test (a Playwright binding) and on to the app's
 * `ipcMain.handle` handlers; `webContents.send` comes back through `PUSH`.
 *
 * Electron runs the preload in an isolated world; plain Chromium cannot, so here it shares the
 * page's world, and `contextBridge` copies the API into it as Electron does. The isolation
 * itself is proven only by the Electron smoke tests.
 */

export const BINDING = '__electronStandinBinding';
export const PUSH = '__electronStandinPush';

export type BindingMessage =
  { kind: 'invoke'; channel: string; args: unknown[] } | { kind: 'fault'; message: string };

type PageGlobal = Record<string, unknown> & {
  [BINDING]: (message: BindingMessage) => Promise<InvokeAnswer | undefined>;
};
const page = globalThis as unknown as PageGlobal;

function refuse(message: string): Error {
  void page[BINDING]({ kind: 'fault', message });
  return new Error(`Electron stand-in: ${message}`);
}

type Listener = Parameters<Electron.IpcRenderer['on']>[1];

/** Electron's ipcRenderer, minus what a Backbreak page never needs (send, sendSync, ports). */
class StandinIpcRenderer implements Pick<Electron.IpcRenderer, 'invoke'> {
  listeners = new Map<string, Listener[]>();

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const answer = await page[BINDING]({ kind: 'invoke', channel, args });
    if (!answer) throw new Error(`Error invoking remote method '${channel}': no answer`);
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  }
  on(channel: string, listener: Listener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  once(channel: string, listener: Listener): this {
    const once: Listener = (event, ...args) => {
      this.removeListener(channel, once);
      listener(event, ...args);
    };
    return this.on(channel, once);
  }
  off(channel: string, listener: Listener): this {
    return this.removeListener(channel, listener);
  }
  removeListener(channel: string, listener: Listener): this {
    const left = (this.listeners.get(channel) ?? []).filter((l) => l !== listener);
    this.listeners.set(channel, left);
    return this;
  }
  removeAllListeners(channel?: string): this {
    if (channel === undefined) this.listeners.clear();
    else this.listeners.delete(channel);
    return this;
  }
  deliver(channel: string, args: unknown[]): void {
    const event = { sender: this, senderId: 0, ports: [] } as unknown as Electron.IpcRendererEvent;
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
}

/** Only what the preload can see: everything else it reads from `electron` is refused. */
function guarded<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key in object || key === 'then') {
        return Reflect.get(object, key, receiver);
      }
      throw refuse(
        `the preload read ${name}.${String(key)}, which a sandboxed preload does not get here`,
      );
    },
  });
}

/** contextBridge's copy: plain data is cloned, functions are called through, nothing is shared. */
function bridged(value: unknown): unknown {
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const result = (value as (...a: unknown[]) => unknown)(...args);
      return result instanceof Promise ? result.then(bridged) : bridged(result);
    };
  }
  if (value === null || typeof value !== 'object' || value instanceof Promise) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(bridged));
  return Object.freeze(
    Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bridged(item)])),
  );
}

const contextBridge: Pick<Electron.ContextBridge, 'exposeInMainWorld'> = {
  exposeInMainWorld(apiKey: string, api: unknown) {
    if (apiKey in page) {
      throw new Error('Cannot bind an API on top of an existing property on the window object');
    }
    Object.defineProperty(page, apiKey, { value: bridged(api), enumerable: true });
  },
};

type PreloadFunction = (
  require: (id: string) => unknown,
  module: { exports: unknown },
  exports: unknown,
) => void;

export function runPreload(preload: PreloadFunction): void {
  const ipcRenderer = new StandinIpcRenderer();
  Object.defineProperty(page, PUSH, {
    value: (channel: string, args: unknown[]) => ipcRenderer.deliver(channel, args),
  });
  const electron = guarded(
    { contextBridge, ipcRenderer: guarded(ipcRenderer, 'ipcRenderer') },
    'electron',
  );
  const require = (id: string) => {
    if (id === 'electron') return electron;
    throw refuse(`the preload required "${id}": a sandboxed preload gets only electron here`);
  };
  const module = { exports: {} };
  try {
    preload(require, module, module.exports);
  } catch (error) {
    void page[BINDING]({
      kind: 'fault',
      message: `the preload threw: ${(error as Error).stack ?? error}`,
    });
    throw error;
  }
}
