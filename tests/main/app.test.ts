import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../electron/main/app';
import type { NotifierPort, WindowsPort } from '../../electron/main/appPorts';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { createUserRoutinesFolder } from '../../electron/main/adapters/userRoutinesFolder';
import { createHistoryFile } from '../../electron/main/adapters/historyFile';
import { createSettingsStorage } from '../../electron/main/adapters/settingsStorage';
import { seededRandom } from '../../electron/main/core/chooseRoutine';
import { parseHistory } from '../../electron/main/core/historyLog';
import { Refusal } from '../../electron/main/core/refusal';
import type { TrayView } from '../../electron/main/core/trayModel';
import { defaultSettings, type Settings } from '../../electron/shared/settingsSchema';
import { FakeClock } from '../support/fakeClock';
import { FakePerson } from '../support/fakePerson';
import { FakePowerEvents } from '../support/fakePowerEvents';
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
  folder: string;
  windows: string[];
  closedListeners: ((kind: 'routine' | 'settings' | 'history') => void)[];
  followed: Pick<Settings, 'alwaysOnTop' | 'theme'>[];
  tray: TrayView[];
  loginItem: boolean[];
  broadcasts: string[];
  quit: ReturnType<typeof vi.fn<() => void>>;
  notified: { start(): void; snooze(): void; failed(): void }[];
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
}

async function start(settings: Partial<Settings> = {}, desktop: Desktop = {}): Promise<Rig> {
  const { notifications = 'working', loginItem = () => undefined } = desktop;
  const folder = mkdtempSync(join(tmpdir(), 'backbreak-app-'));
  writeFileSync(
    join(folder, 'settings.json'),
    desktop.settingsText ?? JSON.stringify({ ...defaultSettings(), ...settings }),
  );
  const clock = new FakeClock();
  const person = new FakePerson(clock);
  const r: Omit<Rig, 'app'> = {
    clock,
    folder,
    windows: [],
    closedListeners: [],
    followed: [],
    tray: [],
    loginItem: [],
    broadcasts: [],
    quit: vi.fn<() => void>(),
    notified: [],
  };
  const windows: WindowsPort = {
    open: (kind, { focus }) => r.windows.push(`open ${kind}${focus ? '' : ' (no focus)'}`),
    close: (kind) => {
      r.windows.push(`close ${kind}`);
      r.closedListeners.forEach((listener) => listener(kind));
    },
    broadcast: (event) => r.broadcasts.push(event),
    onClosed: (listener) => {
      r.closedListeners.push(listener);
      return () => undefined;
    },
    follow: (s) => r.followed.push({ alwaysOnTop: s.alwaysOnTop, theme: s.theme }),
  };
  const notifier: NotifierPort = {
    showReminder(_notice, handlers) {
      if (notifications === 'unsupported') return false;
      if (notifications === 'throwing')
        throw new Error('DBus: org.freedesktop.Notifications failed');
      r.notified.push(handlers);
      if (notifications === 'failing') handlers.failed();
      return true;
    },
    closeReminder: () => undefined,
    tell: () => {
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
  });
  await app.start();
  rig = { ...r, app };
  return rig;
}

const history = (r: Rig) =>
  parseHistory(readFileSync(join(r.folder, 'history.jsonl'), 'utf8')).records;

describe('reminders reach the person', () => {
  it('by notification: Start opens the routine with focus, Snooze snoozes', async () => {
    const r = await start({ reminderIntervalMinutes: 10 });
    await r.clock.advance(11 * 60_000);
    expect(r.notified).toHaveLength(1);
    expect(r.windows).toEqual([]);
    r.notified[0]!.start();
    expect(r.windows).toEqual(['open routine']);
    expect(r.app.breaks.view()?.trigger).toBe('reminder');
    r.notified[0]!.snooze();
    expect(r.windows).toEqual(['open routine', 'close routine']);
    expect(history(r)).toEqual([expect.objectContaining({ type: 'snooze', minutes: 10 })]);
  });

  it.each<Notifications>(['unsupported', 'failing', 'throwing'])(
    'when notifications are %s, by opening the routine window without taking focus',
    async (notifications) => {
      const r = await start({ reminderIntervalMinutes: 10 }, { notifications });
      await r.clock.advance(11 * 60_000);
      expect(r.windows).toEqual(['open routine (no focus)']);
      expect(r.app.breaks.view()?.trigger).toBe('reminder');
    },
  );

  it('starts even when the notice about a repaired settings file cannot be shown', async () => {
    const r = await start(
      {},
      { notifications: 'throwing', settingsText: '{"reminderIntervalMinutes": 10,' },
    );
    expect(r.app.settings.notices()).toHaveLength(1);
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
    expect(() => rate('made-up-id')).toThrow('There is no finished routine to rate.');
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
