import { messagesFor } from '../../electron/shared/i18n/messages';
import { vi } from 'vitest';
import { createApi } from '../../electron/preload/api';
import { eventChannels } from '../../electron/shared/channels';
import type { BackbreakApi, InvokeName } from '../../electron/shared/contract';
import type { WindowKind } from '../../electron/shared/views';
import { registerIpc, type Handlers, type InvokeEventLike } from '../../electron/main/ipc';
import { RecordingLogger } from '../support/recordingLogger';

/**
 * `window.backbreak` for component tests, derived from the real contract: the page gets the
 * preload's own `createApi`, and every call goes through the real IPC guard (`registerIpc`:
 * sender window, payload schema, refusals in plain words) to handlers the test gives. Only the
 * handlers are the test's; what the page sends and hears is exactly what the app would do.
 *
 * An answer is a value, or a function of the validated input (a handler). A call the test gave
 * no answer for is answered as the app answers a failure. Each method is a spy, so a test can
 * see what the window sent; `answer` changes a handler mid-test.
 */
export type FakeBridge = { [K in keyof BackbreakApi]: ReturnType<typeof vi.fn> } & {
  emit(event: keyof typeof eventChannels, payload: unknown): void;
  answer<N extends InvokeName>(name: N, handler: Handlers[N] | unknown): void;
  log: RecordingLogger;
};

type Answers = Partial<Record<InvokeName, unknown>>;

export function installFakeBridge(kind: WindowKind, answers: Answers = {}): FakeBridge {
  const log = new RecordingLogger();
  const current: Answers = { ...answers };
  const handlers = new Proxy({} as Handlers, {
    get: (_target, name: InvokeName) => (input: unknown, sender: unknown) => {
      if (!(name in current)) throw new Error(`this test gave no answer for ${name}`);
      const answer = current[name];
      return typeof answer === 'function'
        ? (answer as (input: unknown, sender: unknown) => unknown)(input, sender)
        : answer;
    },
  });
  const routes = new Map<string, (event: InvokeEventLike, payload?: unknown) => unknown>();
  registerIpc({ handle: (channel, listener) => routes.set(channel, listener) }, handlers, {
    trustedOrigins: ['app://bundle'],
    log,
    words: () => messagesFor('en'),
  });
  const sender: InvokeEventLike = {
    senderFrame: { url: `app://bundle/${kind}.html`, parent: null },
  };

  // What Electron does around a call: the payload and answer are structured-cloned (a Svelte
  // proxy cannot cross), and a rejection arrives wrapped in "Error invoking remote method".
  const invoke = async (channel: string, payload: unknown) => {
    try {
      return structuredClone(await routes.get(channel)!(sender, structuredClone(payload)));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, {
        cause: error,
      });
    }
  };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api = createApi(invoke, (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  });

  const bridge: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api)) {
    bridge[name] = vi.fn(method as (...args: unknown[]) => unknown);
  }
  bridge.emit = (event: keyof typeof eventChannels, payload: unknown) =>
    listeners.get(eventChannels[event])?.forEach((listener) => listener(structuredClone(payload)));
  bridge.answer = (name: InvokeName, handler: unknown) => (current[name] = handler);
  bridge.log = log;
  window.backbreak = bridge as unknown as BackbreakApi;
  return bridge as unknown as FakeBridge;
}
