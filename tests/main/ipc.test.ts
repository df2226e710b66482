import { describe, expect, it, vi } from 'vitest';
import { invokeContract, type InvokeName } from '../../electron/shared/contract';
import { Refusal } from '../../electron/main/core/refusal';
import type { Handlers, InvokeEventLike } from '../../electron/main/ipc';
import { createFakeElectron } from '../support/fakeElectron';
import { messagesFor } from '../../electron/shared/i18n/messages';

const fake = vi.hoisted(() => ({
  electron: null as unknown as ReturnType<typeof createFakeElectron>,
}));
vi.mock('electron', async () => {
  const { createFakeElectron: make } = await import('../support/fakeElectron');
  fake.electron = make();
  return { ...fake.electron, default: fake.electron };
});

const { registerElectronIpc, windowOfUrl } = await import('../../electron/main/ipc');
const CALL_REFUSED = messagesFor('en').refusal;
// What electron-store does when it is created in main.
fake.electron.ipcMain.on('electron-store-get-data', () => undefined);

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const calls: { name: string; input: unknown; window: string }[] = [];
const handlers = Object.fromEntries(
  (Object.keys(invokeContract) as InvokeName[]).map((name) => [
    name,
    (input: unknown, sender: { window: string }) => {
      calls.push({ name, input, window: sender.window });
      if (name === 'startBreak') throw new Refusal('The routine has already started.');
      if (name === 'getHistory') throw new Error('disk on fire');
      return `${name} answered`;
    },
  ]),
) as unknown as Handlers;
registerElectronIpc(handlers, {
  trustedOrigins: ['app://bundle'],
  log,
  words: () => messagesFor('en'),
});

const frame = (url: string, parent: unknown = null): InvokeEventLike => ({
  senderFrame: { url, parent },
});
const invoke = (channel: string, event: InvokeEventLike, payload?: unknown) => {
  const handler = fake.electron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`nothing handles ${channel}`);
  return handler(event, payload) as Promise<unknown>;
};
const settingsPage = frame('app://bundle/settings.html');

describe('ipc', () => {
  it('handles every entry of the contract on ipcMain, and nothing else', () => {
    expect(fake.electron.ipcMain.eventNames()).toEqual([]);
    expect([...fake.electron.ipcMain.handlers.keys()].sort()).toEqual(
      Object.values(invokeContract)
        .map((entry) => entry.channel)
        .sort(),
    );
  });

  it('passes a valid call from an allowed window to its handler', async () => {
    await expect(invoke('settings:update', settingsPage, { chimeVolume: 30 })).resolves.toBe(
      'updateSettings answered',
    );
    expect(calls.at(-1)).toEqual({
      name: 'updateSettings',
      input: { chimeVolume: 30 },
      window: 'settings',
    });
  });

  it.each([
    [
      'a foreign page',
      frame('https://example.com/settings.html'),
      /the page https:\/\/example.com\/settings.html is not one of Backbreak's/,
    ],
    [
      'an embedded frame',
      frame('app://bundle/settings.html', { url: 'app://bundle/settings.html' }),
      /embedded frames/,
    ],
    ['a page that is gone', { senderFrame: null }, /the sending page is gone/],
    ['an unknown page of ours', frame('app://bundle/other.html'), /is not one of Backbreak's/],
    ['a look-alike host', frame('app://bundle.evil/settings.html'), /is not one of Backbreak's/],
    [
      'a page with a user name in its address',
      frame('app://user:pass@bundle/settings.html'),
      /is not one of Backbreak's/,
    ],
  ])('refuses a call from %s in plain words, logging why', async (_who, event, why) => {
    const before = calls.length;
    await expect(invoke('settings:update', event, { chimeVolume: 30 })).rejects.toThrow(
      new Refusal(CALL_REFUSED.notOurs),
    );
    expect(log.warn).toHaveBeenLastCalledWith(expect.stringMatching(why));
    expect(calls.length).toBe(before);
  });

  it('refuses a call the sending window is not allowed', async () => {
    await expect(
      invoke('settings:update', frame('app://bundle/routine.html'), { chimeVolume: 30 }),
    ).rejects.toThrow(new Refusal(CALL_REFUSED.notThisWindow));
    expect(log.warn).toHaveBeenLastCalledWith(
      'refused settings:update: the routine window cannot call it',
    );
  });

  it('answers a settings change a person typed with what is wrong, field by field', async () => {
    const before = calls.length;
    await expect(
      invoke('settings:update', settingsPage, { chimeVolume: 300, admin: true }),
    ).resolves.toEqual({
      ok: false,
      errors: [
        { path: 'chimeVolume', message: 'Choose a whole number from 0 to 100 %.' },
        { path: '', message: 'Backbreak has no such setting, so nothing was changed.' },
      ],
    });
    expect(calls.length).toBe(before);
  });

  it.each([
    [
      'break:finish',
      { done: [1, 1], skipped: [] },
      /bad payload: done: Each segment may be listed once./,
    ],
    ['break:finish', { done: [-1], skipped: [] }, /bad payload: done.0/],
    ['break:snooze', { minutes: 5 }, /bad payload/],
    ['break:rate', { breakId: 'x', feeling: 'meh' }, /bad payload: feeling/],
    ['break:get', { sneaky: true }, /bad payload/],
  ])(
    'refuses a malformed payload on %s in plain words, logging what is wrong',
    async (channel, payload, why) => {
      const window = channel.startsWith('break')
        ? frame('app://bundle/routine.html')
        : settingsPage;
      const before = calls.length;
      await expect(invoke(channel, window, payload)).rejects.toThrow(
        new Refusal(CALL_REFUSED.unreadable),
      );
      expect(log.warn).toHaveBeenLastCalledWith(expect.stringMatching(why));
      expect(calls.length).toBe(before);
    },
  );

  it('passes a refusal from a handler through, and hides other failures behind a plain message', async () => {
    await expect(invoke('break:start', frame('app://bundle/routine.html'))).rejects.toThrow(
      'The routine has already started.',
    );
    await expect(invoke('history:get', frame('app://bundle/history.html'))).rejects.toThrow(
      CALL_REFUSED.failed,
    );
    expect(log.error).toHaveBeenCalledWith('history:get failed', expect.any(Error));
  });
});

describe('windowOfUrl', () => {
  it('knows our pages by origin and path only', () => {
    expect(windowOfUrl('app://bundle/routine.html', ['app://bundle'])).toBe('routine');
    expect(windowOfUrl('app://bundle/history.html?x=1#y', ['app://bundle'])).toBe('history');
    expect(
      windowOfUrl('http://localhost:5173/settings.html', ['app://bundle', 'http://localhost:5173']),
    ).toBe('settings');
    expect(windowOfUrl('http://localhost:5173/settings.html', ['app://bundle'])).toBeNull();
    expect(windowOfUrl('file:///app/settings.html', ['app://bundle'])).toBeNull();
    expect(windowOfUrl('not a url', ['app://bundle'])).toBeNull();
  });
});
