import type { EngineStatus } from '../shared/views';
import type {
  ExportFilePort,
  LoginItemPort,
  NotifierPort,
  TrayPort,
  WindowsPort,
} from './appPorts';
import type { SettingsStorage } from './adapters/settingsStorage';
import type { HistoryFile } from './adapters/historyFile';
import type {
  Cancel,
  Clock,
  IdleReader,
  Logger,
  PowerEvents,
  SnapshotStore,
  Timers,
} from './core/ports';
import { describeFileProblem } from './core/fileProblems';
import { reminderNotice } from './core/reminderNotice';
import { createSittingEngine, engineSettingsOf, type SittingEngine } from './core/sittingEngine';
import { nextTrayChangeAt, trayView, type TrayAction } from './core/trayModel';
import type { Handlers } from './ipc';
import { createBreakService, type BreakService } from './services/breakService';
import { createHistoryService, type HistoryService } from './services/historyService';
import {
  createLibraryService,
  type FolderRead,
  type LibraryService,
  type UserRoutinesPort,
} from './services/libraryService';
import {
  ChangeNotFollowed,
  createSettingsService,
  type SettingsService,
} from './services/settingsService';

/**
 * Backbreak without Electron: the sitting engine, settings, history, routines and the break
 * on offer, wired to each other and to the desktop through ports. `index.ts` runs it with
 * Electron's adapters; the browser tests run the very same thing against real files and a
 * simulated clock.
 */

export interface AppPorts {
  clock: Clock;
  timers: Timers;
  log: Logger;
  settingsStorage: SettingsStorage;
  historyFile: HistoryFile;
  engineSnapshot: SnapshotStore;
  bundledContent: FolderRead;
  userRoutinesFolder: string;
  userRoutines: UserRoutinesPort;
  idleReaders: IdleReader[];
  power: PowerEvents;
  windows: WindowsPort;
  notifier: NotifierPort;
  tray: TrayPort;
  loginItem: LoginItemPort;
  exportFile: ExportFilePort;
  quit: () => void;
  random: () => number;
}

export interface App {
  readonly handlers: Handlers;
  readonly engine: SittingEngine;
  readonly settings: SettingsService;
  readonly history: HistoryService;
  readonly library: LibraryService;
  readonly breaks: BreakService;
  start(): Promise<void>;
  stop(): void;
  trayAction(action: TrayAction): void;
  /** Opens the routine window with a routine on offer. */
  offerBreak(trigger: 'reminder' | 'manual', focus: boolean): void;
}

export function createApp(ports: AppPorts): App {
  const { clock, timers, log, windows, notifier, tray } = ports;
  const settings = createSettingsService({ storage: ports.settingsStorage, clock, log });
  const history = createHistoryService({ file: ports.historyFile, clock, log });
  const library = createLibraryService({
    bundled: ports.bundledContent,
    userFolder: ports.userRoutinesFolder,
    userRoutines: ports.userRoutines,
    log,
  });
  const engine = createSittingEngine({
    clock,
    timers,
    idleReaders: ports.idleReaders,
    power: ports.power,
    store: ports.engineSnapshot,
    settings: engineSettingsOf(settings.current()),
    log,
  });
  const breaks = createBreakService({
    clock,
    library,
    history,
    settings,
    engine,
    random: ports.random,
  });
  const subscriptions: Cancel[] = [];

  // The tray redraws when something it shows changes: on engine news, and at the one moment
  // it next would look different (the next minute of sitting, the end of a pause).
  let trayTimer: Cancel | null = null;
  const refreshTray = (status: EngineStatus = engine.status()) => {
    const now = clock.now();
    tray.show(trayView(status, now));
    trayTimer?.();
    const next = nextTrayChangeAt(status, now);
    trayTimer =
      next === null ? null : timers.setTimeout(() => refreshTray(), Math.max(1_000, next - now));
  };

  const offerBreak = (trigger: 'reminder' | 'manual', focus: boolean) => {
    notifier.closeReminder();
    const offered = breaks.prepare(trigger);
    // The person may have changed their routines since the last look; the next break sees it.
    void library.refresh();
    if (!offered) {
      log.error('no routine to offer: the library is empty');
      return;
    }
    windows.open('routine', { focus });
  };

  const snooze = (minutes: number) => {
    notifier.closeReminder();
    breaks.snooze(minutes);
    windows.close('routine');
  };

  const remind = (sittingMs: number, count: number) => {
    // A look at the person's routines while the reminder waits for an answer.
    void library.refresh();
    if (settings.current().reminderStyle === 'open-window') {
      offerBreak('reminder', false);
      return;
    }
    // When the desktop cannot show a notification (none there, or showing one failed), the
    // routine window opens beside the work instead, without taking the keyboard.
    const fallBack = () => offerBreak('reminder', false);
    let shown: boolean;
    try {
      shown = notifier.showReminder(reminderNotice(sittingMs, count), {
        start: () => offerBreak('reminder', true),
        snooze: () => snooze(settings.current().snoozeMinutes),
        failed: fallBack,
      });
    } catch (error) {
      log.warn('could not show the reminder; opening the routine window instead', error);
      shown = false;
    }
    if (!shown) fallBack();
  };

  const handlers: Handlers = {
    getBreak: () => breaks.view() ?? breaks.prepare('manual'),
    anotherRoutine: () => breaks.another(),
    startBreak: () => breaks.start(),
    reportProgress: (progress) => breaks.progress(progress),
    finishBreak: (progress) => breaks.finish(progress),
    rateBreak: ({ breakId, feeling }) => breaks.rate(breakId, feeling),
    snoozeBreak: ({ minutes }) => snooze(minutes),
    acknowledgeSafetyNote: () => settings.markSafetyNoteSeen(),
    closeWindow: (_input, sender) => windows.close(sender.window),
    getSettings: () => ({ settings: settings.current(), notices: settings.notices() }),
    updateSettings: (patch) => settings.update(patch),
    resetSettings: () => settings.reset(),
    getLibrary: () => library.view(),
    getStatus: () => engine.status(),
    getHistory: () => {
      const status = engine.status();
      const ongoing =
        status.sittingSince === null
          ? null
          : { start: status.sittingSince, sittingMs: status.sittingMs };
      return history.view(settings.current().dailyBreakGoal, ongoing);
    },
    exportHistory: async () => {
      const { text, rows } = history.csv();
      const stamp = new Date(clock.now()).toISOString().slice(0, 10);
      const path = await ports.exportFile.save(`backbreak-history-${stamp}.csv`, text);
      return path === null ? { saved: false } : { saved: true, path, rows };
    },
  };

  const trayAction = (action: TrayAction) => {
    switch (action) {
      case 'start':
        return offerBreak('manual', true);
      case 'snooze-5':
        return snooze(5);
      case 'snooze-10':
        return snooze(10);
      case 'snooze-30':
        return snooze(30);
      case 'pause-30m':
        return engine.pause('30m');
      case 'pause-1h':
        return engine.pause('1h');
      case 'pause-tomorrow':
        return engine.pause('tomorrow');
      case 'resume':
        return engine.resume();
      case 'standing':
        return engine.setStanding(true);
      case 'sitting':
        return engine.setStanding(false);
      case 'settings':
        return windows.open('settings', { focus: true });
      case 'history':
        return windows.open('history', { focus: true });
      case 'quit':
        stop();
        return ports.quit();
    }
  };

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    trayTimer?.();
    subscriptions.forEach((cancel) => cancel());
    engine.stop();
  };

  return {
    handlers,
    engine,
    settings,
    history,
    library,
    breaks,
    offerBreak,
    trayAction,
    stop,
    async start() {
      subscriptions.push(
        engine.onStatus((status) => {
          refreshTray(status);
          windows.broadcast('statusChanged', status);
        }),
        engine.onRemind((reminder) => remind(reminder.sittingMs, reminder.count)),
        engine.onWithdrawReminder(() => notifier.closeReminder()),
        engine.onStretchEnded((stretch) => history.append(stretch)),
        history.onChange(() => windows.broadcast('historyChanged', undefined)),
        // One listener per part that follows the settings, so one that fails cannot keep the
        // change from the others.
        settings.onChange(({ settings: next }) => engine.applySettings(engineSettingsOf(next))),
        settings.onChange(({ settings: next }) => windows.follow(next)),
        settings.onChange(({ settings: next, previous }) => {
          if (next.launchAtLogin === previous.launchAtLogin) return;
          try {
            ports.loginItem.set(next.launchAtLogin);
          } catch (error) {
            throw new ChangeNotFollowed(
              `Saved, but Backbreak could not change whether it starts at login: ${describeFileProblem(error)}.`,
              { cause: error },
            );
          }
        }),
        settings.onChange(({ settings: next }) => windows.broadcast('settingsChanged', next)),
        settings.onChange(() => refreshTray()),
        windows.onClosed((kind) => {
          if (kind !== 'routine') return;
          try {
            breaks.windowClosed();
          } catch (error) {
            log.error('could not record the routine that was closed', error);
          }
        }),
      );
      windows.follow(settings.current());
      await library.refresh();
      await engine.start();
      refreshTray();
      // Keep the OS entry in step with the setting (it may have been removed by hand). One that
      // cannot be set is no reason not to start: the next change of the setting says so.
      try {
        if (settings.current().launchAtLogin) ports.loginItem.set(true);
      } catch (error) {
        log.warn('could not put the login item back in step with the setting', error);
      }
      const notices = settings.notices();
      try {
        if (notices.length > 0)
          notifier.tell({ title: 'About your Backbreak settings', body: notices.join(' ') });
      } catch (error) {
        // The settings window shows the same notices; the app runs on without the message.
        log.warn('could not show the notice about the settings file', error);
      }
    },
  };
}
