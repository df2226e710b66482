import type { Messages } from '../shared/i18n/en/index';
import { speechFor, type Speech } from '../shared/i18n/locales';
import { messagesFor } from '../shared/i18n/messages';
import type { EngineStatus, SettingsView } from '../shared/views';
import type {
  ExportFilePort,
  FolderRead,
  HistoryFile,
  LoginItemPort,
  NotifierPort,
  SettingsStorage,
  ShortcutPort,
  TrayPort,
  UserRoutinesPort,
  WindowsPort,
} from './appPorts';
import type { BusySignals } from './core/busySignals';
import { watchBusySignals } from './core/busySupport';
import type {
  Cancel,
  Clock,
  IdleReader,
  Logger,
  PowerEvents,
  SnapshotStore,
  Timers,
} from './core/ports';
import { errorReports } from './core/errorReports';
import { Refusal } from './core/refusal';
import { fileProblemOf } from './core/fileProblems';
import { settingsNoticeWords } from './core/settingsFile';
import { reminderNotice, type Notice } from './core/reminderNotice';
import { createSittingEngine } from './core/sittingEngine';
import { engineSettingsOf, type EngineReminder, type SittingEngine } from './core/sittingEngineApi';
import { nextTrayChangeAt, reminderIsOut, trayView, type TrayAction } from './core/trayModel';
import type { Handlers } from './ipc';
import { createBreakService, type BreakService } from './services/breakService';
import { createHistoryService, type HistoryService } from './services/historyService';
import { createLibraryService, type LibraryService } from './services/libraryService';
import {
  ChangeNotFollowed,
  createSettingsService,
  type SettingsService,
} from './services/settingsService';
import { createShortcutService } from './services/shortcutService';

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
  /** Read only when a reminder falls due, and while it waits for the person to be free. */
  busySignals: BusySignals;
  shortcut: ShortcutPort;
  windows: WindowsPort;
  notifier: NotifierPort;
  tray: TrayPort;
  loginItem: LoginItemPort;
  exportFile: ExportFilePort;
  quit: () => void;
  random: () => number;
  /** The system's preferred languages, most preferred first (Electron's, in index.ts). */
  systemLanguages: () => readonly string[];
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
  /** The language the settings choose (or the system's), and its words. */
  speech(): Speech;
  words(): Messages;
}

/** How long a reminder's routine window waits, ready and unseen, for Start. */
export const READY_ROUTINE_MS = 2 * 60_000;

export function createApp(ports: AppPorts): App {
  const { clock, timers, log, windows, notifier, tray } = ports;
  // Every sentence main says is in the language the settings choose, asked when it is said, so
  // a change of language applies at once to the tray, notifications and answers.
  const speech = () => speechFor(settings.current().language, ports.systemLanguages());
  const words = () => {
    const { locale, tag } = speech();
    return messagesFor(locale, tag);
  };
  const settings = createSettingsService({ storage: ports.settingsStorage, clock, log, words });
  const settingsView = (): SettingsView => ({
    settings: settings.current(),
    notices: settings.notices().map((notice) => settingsNoticeWords(notice, words())),
    ...speech(),
  });
  const history = createHistoryService({ file: ports.historyFile, clock, log });
  const library = createLibraryService({
    bundled: ports.bundledContent,
    userFolder: ports.userRoutinesFolder,
    userRoutines: ports.userRoutines,
    log,
  });
  const busySignals = watchBusySignals(ports.busySignals);
  const engine = createSittingEngine({
    clock,
    timers,
    idleReaders: ports.idleReaders,
    power: ports.power,
    busySignals,
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
    locale: () => speech().locale,
    words,
  });
  const subscriptions: Cancel[] = [];
  const reports = errorReports(clock, log);

  // The tray redraws when something it shows changes: on engine news, and at the one moment
  // it next would look different (the next minute of sitting, the end of a pause).
  let trayTimer: Cancel | null = null;
  const refreshTray = (status: EngineStatus = engine.status()) => {
    const now = clock.now();
    tray.show(trayView(status, now, words()));
    trayTimer?.();
    const next = nextTrayChangeAt(status, now);
    trayTimer =
      next === null ? null : timers.setTimeout(() => refreshTray(), Math.max(1_000, next - now));
  };

  // A reminder's routine window is made ready out of sight just before the reminder shows, so
  // Start shows it at once. Unused, it goes after a while (no renderer waits all day); its
  // routine stays on offer while the reminder is out, and goes if the reminder is taken back.
  let readyRoutineTimer: Cancel | null = null;
  let readyRoutineUnseen = false;
  const forgetReadyRoutine = () => {
    readyRoutineTimer?.();
    readyRoutineTimer = null;
    readyRoutineUnseen = false;
  };
  const makeRoutineReady = () => {
    if (!breaks.prepare('reminder')) return;
    windows.prepare('routine');
    readyRoutineUnseen = true;
    readyRoutineTimer?.();
    readyRoutineTimer = timers.setTimeout(() => {
      readyRoutineTimer = null;
      windows.discard('routine');
    }, READY_ROUTINE_MS);
  };
  const withdrawReminder = () => {
    notifier.closeReminder();
    if (readyRoutineUnseen) {
      windows.discard('routine');
      breaks.withdraw();
    }
    forgetReadyRoutine();
  };

  const offerBreak = (trigger: 'reminder' | 'manual', focus: boolean) => {
    forgetReadyRoutine();
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
    forgetReadyRoutine();
    notifier.closeReminder();
    breaks.snooze(minutes);
    windows.close('routine');
  };

  /** Not this time: the reminder goes, counted as skipped; a routine under way stays. */
  const skip = () => {
    forgetReadyRoutine();
    notifier.closeReminder();
    if (breaks.skipReminder()) windows.close('routine');
  };

  const remind = (reminder: EngineReminder) => {
    // A reminder that waited out a call never opens a window by itself over it.
    const mayOpen = reminder.mayOpenWindow;
    if (mayOpen && settings.current().reminderStyle === 'open-window') {
      offerBreak('reminder', false);
      return;
    }
    // A look at the person's routines while the reminder waits for an answer.
    void library.refresh();
    makeRoutineReady();
    // When the desktop cannot show a notification, the routine window opens beside the work
    // instead, without taking the keyboard; the tray says the rest.
    const fallBack = () => {
      if (mayOpen) offerBreak('reminder', false);
      else log.info('a gentle reminder could not be shown; the tray shows it is time');
    };
    const notice = reminderNotice(words(), reminder, settings.current().snoozeMinutes);
    let shown: boolean;
    try {
      shown = notifier.showReminder(notice, {
        start: () => offerBreak('reminder', true),
        snooze: () => snooze(settings.current().snoozeMinutes),
        skip,
        failed: fallBack,
      });
    } catch (error) {
      // Showing one failed outright: as when there are none, the window or the tray says it.
      log.warn('could not show the reminder', error);
      shown = false;
    }
    if (!shown) fallBack();
  };

  // The global shortcut: snooze the reminder that is out, or start a routine when none is;
  // a routine already playing comes to the front.
  const shortcutPressed = () => {
    if (breaks.playing()) windows.open('routine', { focus: true });
    else if (reminderIsOut(engine.status(), clock.now())) snooze(settings.current().snoozeMinutes);
    else offerBreak('manual', true);
  };
  const shortcut = createShortcutService({
    keys: ports.shortcut,
    settings,
    onPress: shortcutPressed,
    log,
    words,
  });

  const handlers: Handlers = {
    getBreak: () => breaks.view() ?? breaks.prepare('manual'),
    anotherRoutine: () => breaks.another(),
    startBreak: () => breaks.start(),
    reportProgress: (progress) => breaks.progress(progress),
    finishBreak: (progress) => breaks.finish(progress),
    rateBreak: ({ breakId, feeling }) => breaks.rate(breakId, feeling),
    swapExercise: ({ stepIndex, toward }) => breaks.swap(stepIndex, toward),
    snoozeBreak: () => snooze(settings.current().snoozeMinutes),
    acknowledgeSafetyNote: () => settings.markSafetyNoteSeen(),
    closeWindow: (_input, sender) => windows.close(sender.window),
    reportError: (error, sender) => reports.report(sender.window, error),
    getSettings: settingsView,
    // Through the shortcut, which tries a new one with the system before the change is saved.
    updateSettings: (patch) => shortcut.update(patch),
    resetSettings: () => settings.reset(),
    getLibrary: () => library.view(speech().locale),
    getBusySupport: () => busySignals.support(),
    getStatus: () => engine.status(),
    getHistory: () => {
      const status = engine.status();
      const ongoing =
        status.sittingSince === null
          ? null
          : { start: status.sittingSince, sittingMs: status.sittingMs };
      const view = history.view(settings.current().dailyBreakGoal, ongoing);
      // A routine's title as the person reads it now; the record keeps the one it had then.
      const said = library.language(speech().locale);
      return {
        ...view,
        recentBreaks: view.recentBreaks.map((entry) => ({
          ...entry,
          routineTitle: said.routineTitle(entry.routineId, entry.routineTitle),
        })),
      };
    },
    exportHistory: async () => {
      const { text, rows } = history.csv();
      const stamp = new Date(clock.now()).toISOString().slice(0, 10);
      let path: string | null;
      try {
        const t = words();
        path = await ports.exportFile.save(`backbreak-history-${stamp}.csv`, text, {
          title: t.exportTitle,
          filter: t.exportFilter,
        });
      } catch (error) {
        log.warn('could not write the exported history', error);
        throw new Refusal(words().exportFailed);
      }
      return path === null ? { saved: false } : { saved: true, path, rows };
    },
  };

  const trayAction = (action: TrayAction) => {
    switch (action) {
      case 'start':
        return offerBreak('manual', true);
      case 'skip':
        return skip();
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
    forgetReadyRoutine();
    shortcut.release();
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
    speech,
    words,
    async start() {
      subscriptions.push(
        engine.onStatus((status) => {
          refreshTray(status);
          windows.broadcast('statusChanged', status);
        }),
        engine.onRemind(remind),
        engine.onWithdrawReminder(withdrawReminder),
        engine.onStretchEnded((stretch) => history.append(stretch)),
        history.onChange(() => windows.broadcast('historyChanged', undefined)),
        // One listener per part that follows the settings, so one that fails cannot keep the
        // change from the others.
        settings.onChange(({ settings: next }) => engine.applySettings(engineSettingsOf(next))),
        settings.onChange(({ settings: next }) => windows.follow(next)),
        settings.onChange(({ settings: next, previous }) => {
          if (next.shortcut !== previous.shortcut) shortcut.follow();
        }),
        settings.onChange(({ settings: next, previous }) => {
          if (next.launchAtLogin === previous.launchAtLogin) return;
          try {
            ports.loginItem.set(next.launchAtLogin);
          } catch (error) {
            throw new ChangeNotFollowed(
              words().settingsFile.loginItemNotFollowed(words().fileProblem[fileProblemOf(error)]),
              { cause: error },
            );
          }
        }),
        settings.onChange(() => windows.broadcast('settingsChanged', settingsView())),
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
      const notices = settingsView().notices;
      // The settings window shows the same notices: without the message, the app runs on.
      const tellAtStart = (notice: Notice, what: string) => {
        try {
          notifier.tell(notice);
        } catch (error) {
          log.warn(`could not show the notice about ${what}`, error);
        }
      };
      if (notices.length > 0)
        tellAtStart(
          { title: words().notify.settingsTitle, body: notices.join(' ') },
          'the settings file',
        );
      const shortcutTaken = shortcut.start();
      if (shortcutTaken) tellAtStart(shortcutTaken, 'the keyboard shortcut');
    },
  };
}
