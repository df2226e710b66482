import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../../electron/preload/api';
import { eventContract, invokeContract } from '../../electron/shared/contract';

describe('createApi', () => {
  it('exposes one named method per contract entry and one subscription per event, nothing else', () => {
    const api = createApi(vi.fn(), vi.fn());
    const expected = [
      ...Object.keys(invokeContract),
      ...Object.keys(eventContract).map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`),
    ].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its channel with its payload', async () => {
    const invoke = vi.fn().mockResolvedValue('ok');
    const api = createApi(invoke, vi.fn());
    await expect(api.updateSettings({ chimeVolume: 10 })).resolves.toBe('ok');
    await api.getBreak();
    expect(invoke.mock.calls).toEqual([
      ['settings:update', { chimeVolume: 10 }],
      ['break:get', undefined],
    ]);
  });

  it('subscribes to push events and hands back the way to stop', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn().mockReturnValue(unsubscribe);
    const api = createApi(vi.fn(), subscribe);
    const listener = vi.fn();
    expect(api.onStatusChanged(listener)).toBe(unsubscribe);
    expect(subscribe).toHaveBeenCalledWith('status:changed', listener);
    expect(() => api.onHistoryChanged('nope' as never)).toThrow(
      'onHistoryChanged needs a function.',
    );
  });
});
