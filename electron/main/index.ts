import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, session } from 'electron';
import { registerAppScheme, serveBundle } from './adapters/appProtocol';
import { BUNDLE_ORIGIN } from './adapters/bundleFiles';
import { createBusySignals } from './adapters/busy/busySignals';
import { readContentFolder } from './adapters/contentFiles';
import { createExportFile } from './adapters/exportFile';
import { createShortcutKeys } from './adapters/globalShortcut';
import { createHistoryFile } from './adapters/historyFile';
import { createIdleReaders } from './adapters/idleReaders';
import { createLogFile } from './adapters/logFile';
import { setLaunchAtLogin } from './adapters/loginItem';
import { createNotifier } from './adapters/notifications';
import { createPowerEvents } from './adapters/powerEvents';
import { createSettingsStorage } from './adapters/settingsStorage';
import { createSnapshotFile } from './adapters/snapshotFile';
import { createSystemClock } from './adapters/systemClock';
import { createTray } from './adapters/tray';
import { createWindowsPort, denyPermissions } from './adapters/windows';
import { createApp, type App } from './app';
import { registerElectronIpc } from './ipc';

/**
 * The composition root: the only file with start-up side effects. It builds the Electron
 * adapters, hands them to the app and registers IPC.
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

// A separate profile for tests or a portable setup; it must be set before the single-instance
// lock, which lives in the user-data folder.
if (process.env.BACKBREAK_USER_DATA) app.setPath('userData', process.env.BACKBREAK_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // An installed tray app has no menu bar, and nothing in it should open DevTools.
  if (app.isPackaged) Menu.setApplicationMenu(null);
  // Windows shows notifications only for apps with an AppUserModelID matching the installer's.
  app.setAppUserModelId('com.backbreak.app');
  let running: App | null = null;

  // A tray app lives on with no window open.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => running?.stop());
  // Starting it again while it runs opens its settings, so the person sees it is there.
  app.on('second-instance', () => running?.trayAction('settings'));

  void app.whenReady().then(async () => {
    app.dock?.hide();
    const userData = app.getPath('userData');
    const log = createLogFile(join(userData, 'logs', 'main.log'));
    const rendererRoot = join(here, '../renderer');
    denyPermissions(session.defaultSession);
    serveBundle(rendererRoot);

    const trustedOrigins = devServer ? [BUNDLE_ORIGIN, new URL(devServer).origin] : [BUNDLE_ORIGIN];
    const pageUrl = (kind: string) => `${devServer ?? BUNDLE_ORIGIN}/${kind}.html`;
    const windows = createWindowsPort({
      preload: join(here, '../preload/index.cjs'),
      devTools: !app.isPackaged,
      pageUrl,
      log,
    });
    const tray = createTray({ onAction: (action) => running?.trayAction(action) });
    const clock = createSystemClock();
    const bundledRoutines = app.isPackaged
      ? join(process.resourcesPath, 'routines')
      : join(app.getAppPath(), 'routines');
    const userRoutines = join(userData, 'routines');

    running = createApp({
      clock,
      timers: clock,
      log,
      settingsStorage: createSettingsStorage(userData),
      historyFile: createHistoryFile(join(userData, 'history.jsonl')),
      engineSnapshot: createSnapshotFile(join(userData, 'sitting-state.json'), {
        onUnreadable: (message, detail) => log.warn(message, detail),
      }),
      bundledContent: readContentFolder(bundledRoutines, 'bundled', 'routines'),
      userRoutinesFolder: userRoutines,
      readUserRoutines: () => readContentFolder(userRoutines, 'user', ''),
      idleReaders: createIdleReaders(),
      power: createPowerEvents(),
      busySignals: createBusySignals(),
      shortcut: createShortcutKeys(),
      windows,
      notifier: createNotifier({
        platform: process.platform,
        snoozeLabel: () => `Snooze ${running?.settings.current().snoozeMinutes ?? 10} min`,
      }),
      tray,
      loginItem: { set: (enabled) => setLaunchAtLogin(enabled) },
      exportFile: createExportFile(),
      quit: () => app.quit(),
      random: Math.random,
    });
    registerElectronIpc(running.handlers, { trustedOrigins, log });
    await running.start();
    log.info('Backbreak started', { version: app.getVersion(), platform: process.platform });
  });
}
