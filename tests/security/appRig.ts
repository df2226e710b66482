import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp, type App } from '../../electron/main/app';
import type { NotifierPort, WindowsPort } from '../../electron/main/appPorts';
import { readContentFolder } from '../../electron/main/adapters/contentFiles';
import { createHistoryFile } from '../../electron/main/adapters/historyFile';
import { createSettingsStorage } from '../../electron/main/adapters/settingsStorage';
import { createSnapshotFile } from '../../electron/main/adapters/snapshotFile';
import { createUserRoutinesFolder } from '../../electron/main/adapters/userRoutinesFolder';
import { seededRandom } from '../../electron/main/core/chooseRoutine';
import type { Notice } from '../../electron/main/core/reminderNotice';
import type { TrayView } from '../../electron/main/core/trayModel';
import { registerIpc, type InvokeEventLike } from '../../electron/main/ipc';
import type { WindowKind } from '../../electron/shared/views';
import { FakeClock } from '../support/fakeClock';
import { FakePerson } from '../support/fakePerson';
import { FakePowerEvents } from '../support/fakePowerEvents';
import { FakeBusySignals } from '../support/fakeBusySignals';
import { FakeShortcutKeys } from '../support/fakeShortcutKeys';
import { RecordingLogger } from '../support/recordingLogger';

/**
 * The real app on real files in a folder of its own, as `index.ts` builds it, with the desktop
 * recorded: what the attacks aim at. The IPC handlers are registered through the real guard
 * (`registerIpc`), so a call goes through the same checks as one from a window.
 *
 * The test file must mock `electron` (ipc.ts imports ipcMain from it):
 *   vi.mock('electron', () => import('../support/fakeElectronModule'));
 */

/** Read once: the bundled content is the app's own, not under attack here. */
const bundled = readContentFolder(resolve('routines'), 'bundled', 'routines');

export interface Rig {
  app: App;
  folder: string;
  clock: FakeClock;
  log: RecordingLogger;
  tray: TrayView[];
  told: Notice[];
  windows: string[];
  quits: number;
  /** Sends a call as a page would: through the IPC guard to the app. */
  invoke(channel: string, payload: unknown, from?: InvokeEventLike): Promise<unknown>;
  close(): void;
}

export const pageOf = (window: WindowKind, parent: unknown = null): InvokeEventLike => ({
  senderFrame: { url: `app://bundle/${window}.html`, parent },
});

/** Starts the app on `folder` (made fresh when not given); `prepare` may put files in it first. */
export async function startApp(
  options: { folder?: string; prepare?: (folder: string) => void; clock?: FakeClock } = {},
): Promise<Rig> {
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'backbreak-attack-'));
  options.prepare?.(folder);
  const clock = options.clock ?? new FakeClock();
  const person = new FakePerson(clock);
  const log = new RecordingLogger();
  const tray: TrayView[] = [];
  const told: Notice[] = [];
  const windows: string[] = [];
  const closed = new Set<(kind: WindowKind) => void>();
  let quits = 0;
  const windowsPort: WindowsPort = {
    open: (kind) => windows.push(`open ${kind}`),
    prepare: (kind) => windows.push(`prepare ${kind}`),
    discard: (kind) => windows.push(`discard ${kind}`),
    close: (kind) => {
      windows.push(`close ${kind}`);
      closed.forEach((listener) => listener(kind));
    },
    broadcast: () => undefined,
    onClosed: (listener) => {
      closed.add(listener);
      return () => closed.delete(listener);
    },
    follow: () => undefined,
  };
  const notifier: NotifierPort = {
    showReminder: () => true,
    closeReminder: () => undefined,
    tell: (notice) => told.push(notice),
  };
  const app = createApp({
    clock,
    timers: clock,
    log,
    settingsStorage: createSettingsStorage(folder),
    historyFile: createHistoryFile(join(folder, 'history.jsonl')),
    engineSnapshot: createSnapshotFile(join(folder, 'sitting-state.json'), {
      onUnreadable: (message, detail) => log.warn(message, detail),
    }),
    bundledContent: bundled,
    userRoutinesFolder: join(folder, 'routines'),
    userRoutines: createUserRoutinesFolder(join(folder, 'routines')),
    idleReaders: [person.reader()],
    busySignals: new FakeBusySignals(() => clock.monotonic()),
    shortcut: new FakeShortcutKeys(),
    power: new FakePowerEvents(),
    windows: windowsPort,
    notifier,
    tray: { show: (view) => tray.push(view) },
    loginItem: { set: () => undefined },
    exportFile: { save: async () => null },
    quit: () => (quits += 1),
    random: seededRandom(11),
    systemLanguages: () => ['en-GB'],
  });
  const handlers = new Map<string, (event: InvokeEventLike, payload?: unknown) => unknown>();
  registerIpc({ handle: (channel, handler) => handlers.set(channel, handler) }, app.handlers, {
    trustedOrigins: ['app://bundle'],
    words: () => app.words(),
    log,
  });
  await app.start();
  return {
    app,
    folder,
    clock,
    log,
    tray,
    told,
    windows,
    get quits() {
      return quits;
    },
    async invoke(channel, payload, from = pageOf('settings')) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`nothing handles ${channel}`);
      return handler(from, payload);
    },
    close() {
      app.stop();
      if (!options.folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}
