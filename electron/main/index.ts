import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, Menu, session } from 'electron';
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
import { createTray, type TrayHandle } from './adapters/tray';
import { createUserRoutinesFolder } from './adapters/userRoutinesFolder';
import { createWindowsPort, denyPermissions } from './adapters/windows';
import { speechFor } from '../shared/i18n/locales';
import { messagesFor } from '../shared/i18n/messages';
import { createApp, type App } from './app';
import type { Logger } from './core/ports';
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
    const userData = app.getPath('userData');
    const logPath = join(userData, 'logs', 'main.log');
    // Until the log file exists, a failure still reaches the terminal.
    let log: Logger = {
      info: (message, detail) => console.log(message, detail ?? ''),
      warn: (message, detail) => console.warn(message, detail ?? ''),
      error: (message, detail) => console.error(message, detail ?? ''),
    };
    let tray: TrayHandle | null = null;
    try {
      app.dock?.hide();
      log = createLogFile(logPath);
      tray = createTray({ onAction: (action) => running?.trayAction(action) });
      running = composeApp(userData, log, tray);
      await running.start();
      log.info('Backbreak started', { version: app.getVersion(), platform: process.platform });
    } catch (error) {
      // Start-up never half-fails: no tray is left whose menu does nothing.
      log.error('Backbreak could not start', error);
      // In the language the settings chose if they were read, else the system's.
      const system = speechFor('system', systemLanguages());
      const t = running?.words() ?? messagesFor(system.locale, system.tag);
      running?.stop();
      running = null;
      tray?.destroy();
      dialog.showErrorBox(t.startFailedTitle, t.startFailed(logPath));
      app.exit(1);
    }
  });

  /** The languages the person's system prefers, most preferred first. */
  function systemLanguages(): readonly string[] {
    const preferred = app.getPreferredSystemLanguages();
    return preferred.length > 0 ? preferred : [app.getLocale()];
  }

  /** Builds the Electron adapters and hands them to the app. */
  function composeApp(userData: string, log: Logger, tray: TrayHandle): App {
    const rendererRoot = join(here, '../renderer');
    denyPermissions(session.defaultSession);
    serveBundle(rendererRoot);

    const trustedOrigins = devServer ? [BUNDLE_ORIGIN, new URL(devServer).origin] : [BUNDLE_ORIGIN];
    const pageUrl = (kind: string) => `${devServer ?? BUNDLE_ORIGIN}/${kind}.html`;
    const notifier = createNotifier({ platform: process.platform });
    const windows = createWindowsPort({
      preload: join(here, '../preload/index.cjs'),
      devTools: !app.isPackaged,
      pageUrl,
      log,
      tellCrashed: (kind) => {
        const t = running?.words().notify;
        try {
          if (t) notifier.tell({ title: t.windowClosedTitle, body: t.windowClosed(kind) });
        } catch (error) {
          log.warn('could not tell the person a window was closed', error);
        }
      },
    });
    const clock = createSystemClock();
    const bundledRoutines = app.isPackaged
      ? join(process.resourcesPath, 'routines')
      : join(app.getAppPath(), 'routines');
    const userRoutines = join(userData, 'routines');

    const created = createApp({
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
      userRoutines: createUserRoutinesFolder(userRoutines),
      idleReaders: createIdleReaders(),
      power: createPowerEvents(),
      busySignals: createBusySignals(),
      shortcut: createShortcutKeys(),
      windows,
      notifier,
      tray,
      loginItem: { set: (enabled) => setLaunchAtLogin(enabled) },
      exportFile: createExportFile(),
      quit: () => app.quit(),
      random: Math.random,
      systemLanguages: () => systemLanguages(),
    });
    registerElectronIpc(created.handlers, { trustedOrigins, log, words: created.words });
    return created;
  }
}
