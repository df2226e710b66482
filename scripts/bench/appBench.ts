import { resolve } from 'node:path';
import { createApp } from '../../electron/main/app';
import type { HistoryFile, SettingsStorage } from '../../electron/main/appPorts';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { seededRandom } from '../../electron/main/core/chooseRoutine';
import type { Logger } from '../../electron/main/core/ports';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import { FakeBusySignals } from '../../tests/support/fakeBusySignals';
import { FakeClock } from '../../tests/support/fakeClock';
import { FakePerson } from '../../tests/support/fakePerson';
import { FakePowerEvents } from '../../tests/support/fakePowerEvents';
import { FakeShortcutKeys } from '../../tests/support/fakeShortcutKeys';
import { MemorySnapshotStore } from '../../tests/support/memorySnapshotStore';
import type { BenchFigure } from './engineBench';

/**
 * The whole main process while someone sits and works: the engine's idle checks plus the tray,
 * which redraws when the minutes it shows change. Files are kept in memory; time is simulated.
 */
export async function benchApp(): Promise<BenchFigure[]> {
  const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  let settingsText = JSON.stringify({ ...defaultSettings(), reminderIntervalMinutes: 120 });
  const settingsStorage: SettingsStorage = {
    path: 'memory',
    readText: () => settingsText,
    write: (content) => {
      settingsText = JSON.stringify(content);
    },
    backup: () => 'memory',
  };
  let historyText = '';
  const historyFile: HistoryFile = {
    path: 'memory',
    read: () => historyText,
    append: (line) => {
      historyText += line;
    },
  };
  const clock = new FakeClock();
  const person = new FakePerson(clock);
  let trayRedraws = 0;
  const app = createApp({
    clock,
    timers: clock,
    log: quiet,
    settingsStorage,
    historyFile,
    engineSnapshot: new MemorySnapshotStore(),
    bundledContent: readContentFolder(resolve('routines'), 'bundled', 'routines'),
    userRoutinesFolder: 'none',
    userRoutines: {
      scan: async () => ({ signature: '', read: async () => ({ files: [], unreadable: [] }) }),
    },
    idleReaders: [person.reader()],
    power: new FakePowerEvents(),
    busySignals: new FakeBusySignals(),
    shortcut: new FakeShortcutKeys(),
    windows: {
      open: () => undefined,
      prepare: () => undefined,
      discard: () => undefined,
      close: () => undefined,
      broadcast: () => undefined,
      onClosed: () => () => undefined,
      follow: () => undefined,
    },
    notifier: { showReminder: () => true, closeReminder: () => undefined, tell: () => undefined },
    tray: { show: () => void trayRedraws++ },
    loginItem: { set: () => undefined },
    exportFile: { save: async () => null },
    quit: () => undefined,
    random: seededRandom(1),
    systemLanguages: () => ['en-GB'],
  });
  await app.start();
  await clock.advance(10 * 60_000);
  const wakeups = clock.wakeups;
  const redraws = trayRedraws;
  await clock.advance(60 * 60_000);
  app.stop();
  return [
    {
      name: 'app_wakeups_per_hour_counting',
      value: clock.wakeups - wakeups,
      unit: '/h',
      target: 'the engine’s checks plus one tray redraw per minute shown; peers poll 3,600',
    },
    { name: 'tray_redraws_per_hour_counting', value: trayRedraws - redraws, unit: '/h' },
  ];
}
