import { vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../electron/shared/channels';
import type { BackbreakApi } from '../../electron/shared/contract';

/**
 * A stand-in for `window.backbreak`: every method a spy that answers what the test gave it
 * (or undefined), and push events the test can fire.
 */
export type FakeBridge = { [K in keyof BackbreakApi]: ReturnType<typeof vi.fn> } & {
  emit(event: keyof typeof eventChannels, payload: unknown): void;
};

export function installFakeBridge(
  answers: Partial<Record<keyof BackbreakApi, unknown>> = {},
): FakeBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe = (event: string) =>
    vi.fn((listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    });
  const methods = Object.keys(invokeChannels) as (keyof typeof invokeChannels)[];
  const bridge: Record<string, unknown> = {};
  for (const name of methods) {
    const answer = answers[name];
    bridge[name] = vi.fn(async () =>
      typeof answer === 'function' ? (answer as () => unknown)() : answer,
    );
  }
  for (const event of Object.keys(eventChannels)) {
    bridge[`on${event[0]!.toUpperCase()}${event.slice(1)}`] = subscribe(event);
  }
  bridge.emit = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  window.backbreak = bridge as unknown as BackbreakApi;
  return bridge as unknown as FakeBridge;
}
