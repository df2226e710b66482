import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeNotification } from '../support/fakeElectron';

vi.mock('electron', () => import('../support/fakeElectronModule'));

const { createNotifier } = await import('../../electron/main/adapters/notifications');

const notice = {
  title: 'Time for a back break',
  body: 'You have been sitting for 45 minutes.',
  buttons: { start: 'Start', snooze: 'Snooze 10 min', skip: 'Skip this break' },
};
const handlers = () => ({ start: vi.fn(), snooze: vi.fn(), skip: vi.fn(), failed: vi.fn() });

beforeEach(() => {
  FakeNotification.created = [];
  FakeNotification.supported = true;
});

describe('notifications', () => {
  it('offers the notice’s Start, Snooze and Skip buttons on macOS and Windows, and a click starts', () => {
    const notifier = createNotifier({ platform: 'win32' });
    const on = handlers();
    expect(notifier.showReminder(notice, on)).toBe(true);
    const shown = FakeNotification.created[0]!;
    expect(shown.shown).toBe(true);
    expect(shown.options).toMatchObject({
      id: 'backbreak-reminder',
      title: notice.title,
      body: notice.body,
    });
    expect(shown.options.actions).toEqual([
      { type: 'button', text: 'Start' },
      { type: 'button', text: 'Snooze 10 min' },
      { type: 'button', text: 'Skip this break' },
    ]);
    expect(shown.options.silent).toBe(false);
    shown.emit('action', { actionIndex: 1 });
    expect(on.snooze).toHaveBeenCalledOnce();
    shown.emit('action', { actionIndex: 2 });
    expect(on.skip).toHaveBeenCalledOnce();
    shown.emit('action', { actionIndex: 0 });
    shown.emit('click');
    expect(on.start).toHaveBeenCalledTimes(2);
  });

  it('makes no sound for a gentle reminder', () => {
    createNotifier({ platform: 'darwin' }).showReminder({ ...notice, silent: true }, handlers());
    expect(FakeNotification.created[0]!.options.silent).toBe(true);
  });

  it('has no buttons on Linux, where a click is the way in', () => {
    createNotifier({ platform: 'linux' }).showReminder(notice, handlers());
    expect(FakeNotification.created[0]!.options.actions).toEqual([]);
  });

  it('never stacks: a new reminder closes the one before, and a withdrawn one closes', () => {
    const notifier = createNotifier({ platform: 'darwin' });
    notifier.showReminder(notice, handlers());
    notifier.showReminder({ ...notice, title: 'Still sitting' }, handlers());
    expect(FakeNotification.created.map((n) => n.closed)).toEqual([true, false]);
    notifier.closeReminder();
    expect(FakeNotification.created[1]!.closed).toBe(true);
  });

  it('says when it cannot notify, and passes on a failure to show', () => {
    FakeNotification.supported = false;
    const notifier = createNotifier({ platform: 'linux' });
    expect(notifier.showReminder(notice, handlers())).toBe(false);
    expect(FakeNotification.created).toEqual([]);
    FakeNotification.supported = true;
    const on = handlers();
    notifier.showReminder(notice, on);
    FakeNotification.created[0]!.emit('failed', {}, 'no notification daemon');
    expect(on.failed).toHaveBeenCalledOnce();
  });
});
