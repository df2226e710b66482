import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, READY_ROUTINE_MS, type App } from '../../electron/main/app';
import type { NotifierPort, ReminderAnswers, WindowsPort } from '../../electron/main/appPorts';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { createUserRoutinesFolder } from '../../electron/main/adapters/userRoutinesFolder';
import { createHistoryFile } from '../../electron/main/adapters/historyFile';
import { createSettingsStorage } from '../../electron/main/adapters/settingsStorage';
import { seededRandom } from '../../electron/main/core/chooseRoutine';
import { parseHistory } from '../../electron/main/core/historyLog';
import type { Notice, ReminderNotice } from '../../electron/main/core/reminderNotice';
import { Refusal } from '../../electron/main/core/refusal';
import type { TrayView } from '../../electron/main/core/trayModel';
import type { BusyReason } from '../../electron/shared/busy';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { defaultSettings, type Settings } from '../../electron/shared/settingsSchema';
import { FakeBusySignals } from '../support/fakeBusySignals';
import { FakeClock } from '../support/fakeClock';
import { FakePerson } from '../support/fakePerson';
import { FakePowerEvents } from '../support/fakePowerEvents';
import { FakeShortcutKeys } from '../support/fakeShortcutKeys';
import { MemorySnapshotStore } from '../support/memorySnapshotStore';
import { RecordingLogger } from '../support/recordingLogger';

/**
 * The app's wiring to the desktop, with the desktop faked at its ports: how a reminder reaches
 * the person (and what happens when notifications cannot), what the tray's menu does, and which
 * settings the windows and the login item follow.
 */

type Notifications = 'working' | 'unsupported' | 'failing' | 'throwing';

interface Rig {
  app: App;
  clock: FakeClock;
  person: FakePerson;
  folder: string;
  windows: string[];
  closedListeners: ((kind: 'routine' | 'settings' | 'history') => void)[];
  followed: Pick<Settings, 'alwaysOnTop' | 'theme'>[];
  tray: TrayView[];
  loginItem: boolean[];
  broadcasts: string[];
  /** What each window was told when the settings changed: the settings and the language. */
  settingsViews: unknown[];
  quit: ReturnType<typeof vi.fn<() => void>>;
  notified: ReminderAnswers[];
  notices: ReminderNotice[];
  told: Notice[];
  busy: FakeBusySignals;
  keys: FakeShortcutKeys;
}

let rig: Rig | null = null;
afterEach(() => {
  rig?.app.stop();
  if (rig) rmSync(rig.folder, { recursive: true, force: true });
  rig = null;
});

interface Desktop {
  notifications?: Notifications;
  loginItem?: (enabled: boolean) => void;
  /** The settings file exactly as written, in place of the settings given. */
  settingsText?: string;
  keys?: FakeShortcutKeys;
  /** The system's preferred languages (British English unless a test says). */
  systemLanguages?: string[];
}

async function start(settings: Partial<Settings> = {}, desktop: Desktop = {}): Promise<Rig> {
  const {
    notifications = 'working',
    loginItem = () => undefined,
    keys = new FakeShortcutKeys(),
  } = desktop;
  const folder = mkdtempSync(join(tmpdir(), 'backbreak-app-'));
  writeFileSync(
    join(folder, 'settings.json'),
    desktop.settingsText ?? JSON.stringify({ ...defaultSettings(), ...settings }),
  );
  const clock = new FakeClock();
  const person = new FakePerson(clock);
  const r: Omit<Rig, 'app'> = {
    clock,
    person,
    folder,
    windows: [],
    closedListeners: [],
    followed: [],
    tray: [],
    loginItem: [],
    broadcasts: [],
    settingsViews: [],
    quit: vi.fn<() => void>(),
    notified: [],
    notices: [],
    told: [],
    busy: new FakeBusySignals(() => clock.monotonic()),
    keys,
  };
  const windows: WindowsPort = {
    open: (kind, { focus }) => r.windows.push(`open ${kind}${focus ? '' : ' (no focus)'}`),
    prepare: (kind) => r.windows.push(`prepare ${kind}`),
    discard: (kind) => r.windows.push(`discard ${kind}`),
    close: (kind) => {
      r.windows.push(`close ${kind}`);
      r.closedListeners.forEach((listener) => listener(kind));
    },
    broadcast: (event, payload) => {
      r.broadcasts.push(event);
      if (event === 'settingsChanged') r.settingsViews.push(payload);
    },
    onClosed: (listener) => {
      r.closedListeners.push(listener);
      return () => undefined;
    },
    follow: (s) => r.followed.push({ alwaysOnTop: s.alwaysOnTop, theme: s.theme }),
  };
  const notifier: NotifierPort = {
    showReminder(notice, handlers) {
      if (notifications === 'unsupported') return false;
      r.notices.push(notice);
      if (notifications === 'throwing')
        throw new Error('DBus: org.freedesktop.Notifications failed');
      r.notified.push(handlers);
      if (notifications === 'failing') handlers.failed();
      return true;
    },
    closeReminder: () => undefined,
    tell: (notice) => {
      r.told.push(notice);
      if (notifications === 'throwing')
        throw new Error('DBus: org.freedesktop.Notifications failed');
    },
  };
  const app = createApp({
    clock,
    timers: clock,
    log: new RecordingLogger(),
    settingsStorage: createSettingsStorage(folder),
    historyFile: createHistoryFile(join(folder, 'history.jsonl')),
    engineSnapshot: new MemorySnapshotStore(),
    bundledContent: readContentFolder(resolve('routines'), 'bundled', 'routines'),
    userRoutinesFolder: join(folder, 'routines'),
    userRoutines: createUserRoutinesFolder(join(folder, 'routines')),
    idleReaders: [person.reader()],
    power: new FakePowerEvents(),
    busySignals: r.busy,
    shortcut: r.keys,
    windows,
    notifier,
    tray: { show: (view) => r.tray.push(view) },
    loginItem: {
      set: (enabled) => {
        r.loginItem.push(enabled);
        loginItem(enabled);
      },
    },
    exportFile: { save: async () => null },
    quit: r.quit,
    random: seededRandom(3),
    systemLanguages: () => desktop.systemLanguages ?? ['en-GB'],
  });
  await app.start();
  rig = { ...r, app };
  return rig;
}

const history = (r: Rig) => {
  const file = join(r.folder, 'history.jsonl');
  return existsSync(file) ? parseHistory(readFileSync(file, 'utf8')).records : [];
};

/** The windows the person saw open or close: what is made ready out of sight is left out. */
const shown = (r: Rig) =>
  r.windows.filter((entry) => !entry.startsWith('prepare') && !entry.startsWith('discard'));

describe('reminders reach the person', () => {
  it('by notification: Start opens the routine with focus, Snooze snoozes', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    await r.clock.advance(11 * 60_000);
    expect(r.notified).toHaveLength(1);
    // The routine is made ready out of sight with the reminder, and shown by Start.
    expect(r.windows).toEqual(['prepare routine']);
    r.notified[0]!.start();
    expect(r.windows).toEqual(['prepare routine', 'open routine']);
    expect(r.app.breaks.view()?.trigger).toBe('reminder');
    r.notified[0]!.snooze();
    expect(r.windows).toEqual(['prepare routine', 'open routine', 'close routine']);
    expect(history(r)).toEqual([expect.objectContaining({ type: 'snooze', minutes: 10 })]);
  });

  it.each<Notifications>(['unsupported', 'failing', 'throwing'])(
    'when notifications are %s, by opening the routine window without taking focus',
    async (notifications) => {
      const r = await start({ reminderIntervalMinutes: 10 }, { notifications });
      await r.clock.advance(11 * 60_000);
      expect(r.windows).toEqual(['prepare routine', 'open routine (no focus)']);
      expect(r.app.breaks.view()?.trigger).toBe('reminder');
    },
  );

  it('lets the routine made ready for a reminder go unseen after two minutes, and keeps it on offer', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    await r.clock.advance(10 * 60_000);
    expect(r.notified).toHaveLength(1);
    const offered = r.app.breaks.view();
    expect(offered?.trigger).toBe('reminder');
    await r.clock.advance(READY_ROUTINE_MS - 1_000);
    expect(r.windows).toEqual(['prepare routine']);
    await r.clock.advance(1_000);
    expect(r.windows).toEqual(['prepare routine', 'discard routine']);
    // Start on the reminder still out opens the same routine, made afresh.
    r.notified.at(-1)!.start();
    expect(r.windows.at(-1)).toBe('open routine');
    expect(r.app.breaks.view()?.plan.routineId).toBe(offered?.plan.routineId);
    expect(history(r)).toEqual([]);
  });

  it('takes the routine made ready away with a reminder taken back, recording nothing', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    await r.clock.advance(10 * 60_000);
    expect(r.windows).toEqual(['prepare routine']);
    // Walking away long enough is a break: the reminder no longer stands, nor its routine.
    r.person.leave();
    await r.clock.advance(6 * 60_000);
    expect(r.windows).toContain('discard routine');
    expect(r.windows).not.toContain('open routine');
    expect(r.app.breaks.view()).toBeNull();
    expect(history(r).filter((record) => record.type === 'skip')).toEqual([]);
  });

  it('starts even when the notice about a repaired settings file cannot be shown', async () => {
    const r = await start(
      {},
      { notifications: 'throwing', settingsText: '{"reminderIntervalMinutes": 10,' },
    );
    expect(r.app.settings.notices()).toHaveLength(1);
    expect(r.tray.length).toBeGreaterThan(0);
  });

  it('starts even when the notice that its keyboard shortcut is taken cannot be shown', async () => {
    const keys = new FakeShortcutKeys();
    keys.taken.add('Ctrl+Alt+B');
    const r = await start({ shortcut: 'Ctrl+Alt+B' }, { notifications: 'throwing', keys });
    expect(r.told.map((notice) => notice.body).join(' ')).toContain('Ctrl+Alt+B');
    expect(r.tray.length).toBeGreaterThan(0);
  });

  it('closing a reminder’s routine unopened counts as skipping it', async () => {
    const r = await start({ reminderIntervalMinutes: 10, reminderStyle: 'open-window' });
    await r.clock.advance(11 * 60_000);
    r.closedListeners.forEach((listener) => listener('routine'));
    expect(history(r)).toEqual([expect.objectContaining({ type: 'skip' })]);
    expect(r.app.breaks.view()).toBeNull();
  });
});

describe('the tray', () => {
  it('shows the state at start and when it changes, and its menu does what it says', async () => {
    const r = await start();
    expect(r.tray.length).toBeGreaterThan(0);
    r.app.trayAction('pause-1h');
    expect(r.tray.at(-1)!.statusLine).toMatch(/^Paused until/);
    r.app.trayAction('resume');
    r.app.trayAction('standing');
    expect(r.app.engine.status().activity).toBe('standing');
    r.app.trayAction('sitting');
    r.app.trayAction('settings');
    r.app.trayAction('history');
    r.app.trayAction('start');
    expect(r.windows).toEqual(['open settings', 'open history', 'open routine']);
    expect(r.app.breaks.view()?.trigger).toBe('manual');
    r.app.trayAction('quit');
    expect(r.quit).toHaveBeenCalledOnce();
  });
});

describe('settings the desktop follows', () => {
  it('keeps the login item and the windows in step with the settings', async () => {
    const r = await start({ launchAtLogin: true, alwaysOnTop: true, theme: 'dark' });
    expect(r.loginItem).toEqual([true]);
    expect(r.followed).toEqual([{ alwaysOnTop: true, theme: 'dark' }]);
    r.app.settings.update({ launchAtLogin: false, theme: 'light' });
    expect(r.loginItem).toEqual([true, false]);
    expect(r.followed.at(-1)).toEqual({ alwaysOnTop: true, theme: 'light' });
    r.app.settings.update({ chimeVolume: 10 });
    expect(r.loginItem).toEqual([true, false]);
  });
});

const settingsFile = (r: Rig) =>
  JSON.parse(readFileSync(join(r.folder, 'settings.json'), 'utf8')) as Settings;

/** Offers and starts a break, its first step one with a version each way. */
function startedBreak(r: Rig) {
  for (let tries = 0; tries < 40; tries++) {
    const view = r.app.breaks.prepare('manual')!;
    const first = view.plan.segments[0]!.exerciseId;
    const offer = view.versions[first]!;
    if (offer.easier) {
      r.app.breaks.start();
      return { view, first, offer };
    }
    r.windows.length = 0;
    r.closedListeners.forEach((listener) => listener('routine'));
  }
  throw new Error('no bundled routine starts with an exercise that has an easier version');
}

describe('easier and harder versions', () => {
  const everywhere = { places: ['chair', 'standing', 'floor'] as Settings['places'] };

  it('switches a step during the routine, remembers it, and plays it next time', async () => {
    const r = await start(everywhere);
    const { view, first, offer } = startedBreak(r);
    const swapped = r.app.breaks.swap(0, 'easier');
    expect(swapped.plan.segments[0]!.exerciseId).toBe(offer.easier!.id);
    expect(swapped.versions[offer.easier!.id]!.harder?.id).toBe(first);
    expect(settingsFile(r).exerciseVersions).toEqual({ [first]: offer.easier!.id });

    // Going back to the routine's own exercise forgets the choice.
    r.app.breaks.swap(0, 'harder');
    expect(settingsFile(r).exerciseVersions).toEqual({});
    r.app.breaks.swap(0, 'easier');
    r.closedListeners.forEach((listener) => listener('routine'));

    // The next time that routine comes, its first step plays the chosen version.
    let again = null;
    for (let tries = 0; tries < 400 && again === null; tries++) {
      const next = r.app.breaks.prepare('manual')!;
      if (next.plan.routineId === view.plan.routineId) again = next;
      else r.closedListeners.forEach((listener) => listener('routine'));
    }
    expect(again?.plan.segments[0]!.exerciseId).toBe(offer.easier!.id);
  });

  it('refuses a version that does not exist or a step that is not there, changing nothing', async () => {
    const r = await start(everywhere);
    const { view } = startedBreak(r);
    const refusal = messagesFor('en', 'en-GB').refusal;
    // One past the last step.
    expect(() => r.app.breaks.swap(view.plan.order.length, 'easier')).toThrow(refusal.noSuchStep);
    // A step whose exercise has no harder version (the seeded routine has one).
    const plain = view.plan.order.findIndex((id) => !view.versions[id]!.harder);
    expect(plain).toBeGreaterThanOrEqual(0);
    expect(() => r.app.breaks.swap(plain, 'harder')).toThrow(refusal.noVersion('harder'));
    expect(r.app.breaks.view()!.plan).toEqual(view.plan);
    expect(settingsFile(r).exerciseVersions).toEqual({});
  });
});

describe('how a break felt', () => {
  it('accepts a rating only for the routine that just ended, once', async () => {
    const r = await start();
    r.app.breaks.prepare('manual');
    r.app.breaks.start();
    expect(() => r.app.breaks.rate('made-up', 'better')).toThrow(
      'Only the routine that just ended can be rated.',
    );
    const plan = r.app.breaks.view()!.plan;
    const summary = r.app.breaks.finish({ done: plan.segments.map((s) => s.index), skipped: [] });
    expect(() => r.app.breaks.rate('made-up', 'better')).toThrow(
      'Only the routine that just ended can be rated.',
    );
    expect(r.app.breaks.rate(summary.breakId, 'better')).toEqual({
      worseNote: null,
      goingEasy: null,
    });
    expect(() => r.app.breaks.rate(summary.breakId, 'worse')).toThrow(
      'This routine has been rated already.',
    );
    expect(history(r).filter((record) => record.type === 'feeling')).toHaveLength(1);
  });

  it('answers "worse" with what may help, and goes easy on that routine’s exercises', async () => {
    const r = await start({ places: ['chair', 'standing', 'floor'] });
    const offered = r.app.breaks.prepare('manual')!;
    r.app.breaks.start();
    const summary = r.app.breaks.finish({
      done: offered.plan.segments.map((s) => s.index),
      skipped: [],
    });
    const answer = r.app.breaks.rate(summary.breakId, 'worse');
    expect(answer.worseNote?.redFlags.points.length).toBeGreaterThan(0);
    expect(answer.goingEasy?.until).toBe(r.clock.now() + 14 * 24 * 3600_000);
    const eased = settingsFile(r).easeOff.map((entry) => entry.exercise);
    expect(new Set(eased)).toEqual(new Set(offered.plan.order));
    expect(history(r).at(-1)).toMatchObject({
      type: 'feeling',
      feeling: 'worse',
      breakId: summary.breakId,
    });
    // Which version an eased exercise then plays is core's decision, tested with it
    // (exerciseVersions.test.ts: 'plays the easiest version it can while going easy').
  });
});

describe('a reminder that waited for the person to be free', () => {
  const onCall: BusyReason = { signal: 'microphone', apps: ['Teams'] };

  it('comes at once when the call ends, as usual', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    r.busy.busy(onCall);
    await r.clock.advance(11 * 60_000);
    expect(r.notified).toEqual([]);
    expect(r.tray.at(-1)!.statusLine).toBe('Waiting: microphone in use · sitting 11 mins');
    r.busy.free();
    await r.clock.advance(5 * 60_000);
    expect(r.notices).toEqual([expect.objectContaining({ title: 'Time for a back break' })]);
    expect(r.notices[0]!.silent).toBeUndefined();
  });

  it('at the limit, comes quietly and never opens a window, even where it would have', async () => {
    const r = await start(
      { reminderIntervalMinutes: 10, busyLimitMinutes: 15, reminderStyle: 'open-window' },
      { notifications: 'unsupported' },
    );
    r.busy.busy(onCall);
    await r.clock.advance(26 * 60_000);
    // Made ready out of sight for a click that may come, but never shown.
    expect(shown(r)).toEqual([]);
    expect(r.app.engine.status().remindersSent).toBe(1);
  });

  it('at the limit, as a silent notification that says so', async () => {
    const r = await start({ reminderIntervalMinutes: 10, busyLimitMinutes: 15 });
    r.busy.busy(onCall);
    await r.clock.advance(26 * 60_000);
    expect(r.notices).toEqual([
      expect.objectContaining({ title: 'When you are free: time for your back', silent: true }),
    ]);
  });

  it('tells the settings window what this computer can and cannot read', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    r.busy.cannot = { 'full-screen': 'wayland-windows' };
    r.busy.unknown('microphone', 'linux-microphone-needs-pactl', 'missing');
    await r.clock.advance(11 * 60_000);
    const support = await r.app.handlers.getBusySupport(undefined, { window: 'settings' });
    expect(support).toEqual({
      camera: { state: 'readable' },
      microphone: {
        state: 'not-last-time',
        why: 'linux-microphone-needs-pactl',
      },
      'do-not-disturb': { state: 'readable' },
      'full-screen': { state: 'never', why: 'wayland-windows' },
      'front-app': { state: 'readable' },
    });
  });
});

describe('skip this break', () => {
  it('from the notification: counted as skipped, and the next reminder a full interval on', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    await r.clock.advance(11 * 60_000);
    r.notified[0]!.skip();
    expect(history(r)).toEqual([expect.objectContaining({ type: 'skip', sittingMs: 11 * 60_000 })]);
    await r.clock.advance(9 * 60_000);
    expect(r.notified).toHaveLength(1);
    await r.clock.advance(2 * 60_000);
    expect(r.notified).toHaveLength(2);
  });

  it('from the tray, with the reminder’s routine on offer: it closes, and is counted once', async () => {
    const r = await start({ reminderIntervalMinutes: 10, reminderStyle: 'open-window' });
    await r.clock.advance(11 * 60_000);
    expect(r.windows).toEqual(['open routine (no focus)']);
    const menu = r.tray.at(-1)!.menu;
    expect(menu).toContainEqual({ kind: 'action', label: 'Skip this break', action: 'skip' });
    r.app.trayAction('skip');
    expect(r.windows).toEqual(['open routine (no focus)', 'close routine']);
    expect(history(r).map((record) => record.type)).toEqual(['skip']);
    expect(r.app.breaks.view()).toBeNull();
  });

  it('leaves a routine under way alone', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    await r.clock.advance(11 * 60_000);
    r.notified[0]!.start();
    r.app.breaks.start();
    r.app.trayAction('skip');
    expect(history(r)).toEqual([]);
    expect(shown(r)).toEqual(['open routine']);
  });
});

describe('the global shortcut', () => {
  it('is off until chosen, then snoozes the reminder that is out, or starts a routine', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    expect(r.keys.current).toBe('');
    const saved = r.app.handlers.updateSettings({ shortcut: 'Ctrl+Alt+B' }, { window: 'settings' });
    expect(saved).toMatchObject({ ok: true, settings: { shortcut: 'Ctrl+Alt+B' } });
    expect(r.keys.current).toBe('Ctrl+Alt+B');
    r.keys.press();
    expect(r.windows).toEqual(['open routine']);
    expect(r.app.breaks.view()?.trigger).toBe('manual');
    r.closedListeners.forEach((listener) => listener('routine'));
    await r.clock.advance(11 * 60_000);
    r.keys.press();
    expect(history(r)).toEqual([expect.objectContaining({ type: 'snooze', minutes: 10 })]);
    expect(r.app.engine.status().hold).toBe('snoozed');
  });

  it('brings a routine that is playing to the front rather than snoozing it', async () => {
    const r = await start({ reminderIntervalMinutes: 10, shortcut: 'Ctrl+Alt+B' });
    await r.clock.advance(11 * 60_000);
    r.notified[0]!.start();
    r.app.breaks.start();
    r.keys.press();
    expect(shown(r)).toEqual(['open routine', 'open routine']);
    expect(history(r)).toEqual([]);
  });

  it('refuses one another app holds, in plain words, and keeps the one before', async () => {
    const keys = new FakeShortcutKeys('windows');
    keys.taken.add('Ctrl+Alt+P');
    const r = await start({ shortcut: 'Ctrl+Alt+B' }, { keys });
    const answer = r.app.handlers.updateSettings(
      { shortcut: 'Ctrl+Alt+P' },
      { window: 'settings' },
    );
    expect(answer).toEqual({
      ok: false,
      errors: [
        { path: 'shortcut', message: 'Another app already uses Ctrl+Alt+P. Choose another.' },
      ],
    });
    expect(r.keys.current).toBe('Ctrl+Alt+B');
    expect(r.app.settings.current().shortcut).toBe('Ctrl+Alt+B');
  });

  it('says once at start when another app has taken the saved one', async () => {
    const keys = new FakeShortcutKeys('mac');
    keys.taken.add('Shift+Super+B');
    // Written by hand in another order: the same combination.
    const r = await start({ shortcut: 'Super+Shift+B' }, { keys });
    expect(r.told).toEqual([
      {
        title: 'Your Backbreak shortcut is not working',
        body: 'Another app uses Shift+Command+B now, so it does nothing for Backbreak. Choose another in Settings.',
      },
    ]);
  });

  it('goes with a reset to the defaults, and is let go on quit', async () => {
    const r = await start({ shortcut: 'Ctrl+Alt+B' });
    expect(r.keys.current).toBe('Ctrl+Alt+B');
    r.app.settings.reset();
    expect(r.keys.current).toBe('');
    r.app.handlers.updateSettings({ shortcut: 'Ctrl+Alt+B' }, { window: 'settings' });
    r.app.trayAction('quit');
    expect(r.keys).toMatchObject({ current: '', released: true });
  });
});

describe('a part of the desktop that cannot follow a settings change', () => {
  it('does not stop the start when the login item cannot be put back in step', async () => {
    const r = await start(
      { launchAtLogin: true },
      {
        loginItem: () => {
          throw new Error('the login items service is not running');
        },
      },
    );
    expect(r.loginItem).toEqual([true]);
    expect(r.tray.length).toBeGreaterThan(0);
  });

  it('does not stop the others, and the settings window hears which one in plain words', async () => {
    const refused = Object.assign(
      new Error("EACCES: permission denied, open '/home/x/.config/autostart'"),
      { code: 'EACCES' },
    );
    const r = await start(
      { theme: 'light' },
      {
        loginItem: () => {
          throw refused;
        },
      },
    );
    const trayBefore = r.tray.length;
    const update = r.app.settings.update({ launchAtLogin: true, theme: 'dark' });
    expect(update).toEqual({
      ok: true,
      settings: expect.objectContaining({ launchAtLogin: true, theme: 'dark' }),
      warnings: [
        'Saved, but Backbreak could not change whether it starts at login: Backbreak is not allowed to use it.',
      ],
    });
    // Saved, and everyone else heard of it.
    expect(JSON.parse(readFileSync(join(r.folder, 'settings.json'), 'utf8'))).toMatchObject({
      launchAtLogin: true,
      theme: 'dark',
    });
    expect(r.followed.at(-1)).toEqual({ alwaysOnTop: false, theme: 'dark' });
    expect(r.broadcasts).toContain('settingsChanged');
    expect(r.tray.length).toBeGreaterThan(trayBefore);
    // A change that does not touch the login item has nothing to warn about.
    expect(r.app.settings.update({ chimeVolume: 10 })).not.toHaveProperty('warnings');
  });
});

describe('rating a break', () => {
  const sender = { window: 'routine' as const };
  const play = async (r: Rig) => {
    r.app.trayAction('start');
    await r.app.handlers.startBreak(undefined, sender);
    const plan = r.app.breaks.view()!.plan;
    await r.clock.advance(plan.totalMs);
    return r.app.handlers.finishBreak(
      { done: plan.segments.map((segment) => segment.index), skipped: [] },
      sender,
    );
  };
  const feelings = (r: Rig) => history(r).filter((record) => record.type === 'feeling');

  it('accepts only the break that just ended, and only once', async () => {
    const r = await start({ safetyNoteSeen: true });
    const rate = (breakId: string) =>
      r.app.handlers.rateBreak({ breakId, feeling: 'better' }, sender);
    expect(() => rate('made-up-id')).toThrow(Refusal);
    const first = await play(r);
    expect(() => rate('made-up-id')).toThrow('Only the routine that just ended can be rated.');
    rate(first.breakId);
    expect(() => rate(first.breakId)).toThrow(Refusal);
    r.closedListeners.forEach((listener) => listener('routine'));
    const second = await play(r);
    expect(() => rate(first.breakId)).toThrow(Refusal);
    rate(second.breakId);
    expect(feelings(r).map((record) => record.type === 'feeling' && record.breakId)).toEqual([
      first.breakId,
      second.breakId,
    ]);
  });
});

describe('the person’s language', () => {
  it('follows the system’s first language Backbreak speaks, with its region', async () => {
    const r = await start(
      { reminderIntervalMinutes: 10 },
      { systemLanguages: ['ja-JP', 'de-AT', 'en-US'] },
    );
    const de = messagesFor('de', 'de-AT');
    expect(r.tray.at(-1)!.statusLine).toBe(de.tray.sittingAndNext(0, 10));
    await r.clock.advance(11 * 60_000);
    expect(r.notices.at(-1)).toMatchObject({
      title: de.notify.reminderTitle,
      buttons: { start: de.notify.start, skip: de.notify.skip },
    });
  });

  it('switches the tray, the reminder and every window at once when the Language setting changes', async () => {
    const r = await start({ reminderIntervalMinutes: 10 }, { systemLanguages: ['en-GB'] });
    expect(r.tray.at(-1)!.statusLine).toBe(messagesFor('en', 'en-GB').tray.sittingAndNext(0, 10));

    expect(r.app.settings.update({ language: 'es' })).toMatchObject({ ok: true });
    const es = messagesFor('es', 'es');
    expect(r.tray.at(-1)!.statusLine).toBe(es.tray.sittingAndNext(0, 10));
    // Every open window hears the new language with the settings, and words itself again.
    expect(r.settingsViews.at(-1)).toMatchObject({ locale: 'es', tag: 'es' });
    await r.clock.advance(11 * 60_000);
    expect(r.notices.at(-1)!.title).toBe(es.notify.reminderTitle);

    // Back to the system's: British English, with its region's times and numbers.
    r.app.settings.update({ language: 'system' });
    expect(r.settingsViews.at(-1)).toMatchObject({ locale: 'en', tag: 'en-GB' });
    expect(r.tray.at(-1)!.statusLine).not.toBe(es.tray.sittingAndNext(0, 10));
  });
});
