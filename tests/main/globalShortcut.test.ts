import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../support/fakeElectron';

const fake = vi.hoisted(() => ({
  electron: null as unknown as ReturnType<typeof createFakeElectron>,
}));
vi.mock('electron', async () => {
  const { createFakeElectron: make } = await import('../support/fakeElectron');
  fake.electron = make();
  return { ...fake.electron, default: fake.electron };
});

const { createShortcutKeys } = await import('../../electron/main/adapters/globalShortcut');

describe('the global shortcut adapter', () => {
  it('listens for one shortcut at a time, and lets go of it on release', () => {
    const shortcuts = fake.electron.globalShortcut;
    const keys = createShortcutKeys('linux');
    const pressed = vi.fn();
    expect(keys.keyboard).toBe('other');
    expect(keys.use('Ctrl+Alt+B', pressed)).toBe('ok');
    shortcuts.registered.get('Ctrl+Alt+B')!();
    expect(pressed).toHaveBeenCalledOnce();
    expect(keys.use('Ctrl+Alt+N', pressed)).toBe('ok');
    expect([...shortcuts.registered.keys()]).toEqual(['Ctrl+Alt+N']);
    expect(keys.use('Ctrl+Alt+N', pressed)).toBe('ok');
    expect(keys.use('', pressed)).toBe('ok');
    expect(shortcuts.registered.size).toBe(0);
    keys.use('Ctrl+Alt+B', pressed);
    keys.release();
    expect(shortcuts.registered.size).toBe(0);
  });

  it('says when another app holds one, or the system cannot read it, and keeps the one before', () => {
    const shortcuts = fake.electron.globalShortcut;
    shortcuts.taken.add('Ctrl+Alt+P');
    const keys = createShortcutKeys('win32');
    expect(keys.keyboard).toBe('windows');
    keys.use('Ctrl+Alt+B', () => undefined);
    expect(keys.use('Ctrl+Alt+P', () => undefined)).toBe('taken');
    expect(keys.use('Hyper+P', () => undefined)).toBe('refused');
    expect([...shortcuts.registered.keys()]).toEqual(['Ctrl+Alt+B']);
    keys.release();
    expect(createShortcutKeys('darwin').keyboard).toBe('mac');
  });
});
