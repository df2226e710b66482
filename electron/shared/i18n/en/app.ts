import { shortReasons, type BusyReason, type BusyWhy } from '../../busy';
import {
  BUSY_APPS_LIMITS,
  LIST_LIMITS,
  SETTINGS_LIMITS,
  type Equipment,
  type NumberSettingKey,
  type Place,
  type Weekday,
} from '../../settingsLimits';
import type { FileProblemCode, SettingError } from '../codes';
import type { KeyNames } from '../../shortcut';
import type { Format } from '../format';

/**
 * What main says in English (the tray, notifications, errors, settings-file notices) and the
 * words both main and the windows need (units, setting errors, busy signals). Part of the
 * English catalogue (see ./index.ts).
 */

/** Settings a message can be about, by the words the settings window uses. */
type ListSetting = 'places' | 'equipment' | 'excludedExercises' | 'favouriteRoutines';

export default function app(f: Format) {
  const numberLimits: Record<NumberSettingKey, { unit: (n: number) => string; label: string }> = {
    reminderIntervalMinutes: { unit: minutesUnit, label: 'Remind me after sitting for' },
    snoozeMinutes: { unit: minutesUnit, label: 'Snooze for' },
    maxReminders: {
      unit: (n) => f.plural(n, { one: 'reminder', other: 'reminders' }),
      label: 'Reminders before going quiet',
    },
    naturalBreakMinutes: { unit: minutesUnit, label: 'Count as a break when away for' },
    routineMinutes: { unit: minutesUnit, label: 'Longest routine' },
    chimeVolume: { unit: () => '%', label: 'Chime volume' },
    dailyBreakGoal: {
      unit: (n) => f.plural(n, { one: 'break', other: 'breaks' }),
      label: 'Daily goal for a streak',
    },
    busyLimitMinutes: { unit: minutesUnit, label: 'Remind me anyway after waiting' },
  };
  function minutesUnit(n: number) {
    return f.plural(n, { one: 'minute', other: 'minutes' });
  }
  const listWhat: Record<ListSetting, string> = {
    places: 'places',
    equipment: 'things',
    excludedExercises: 'exercises',
    favouriteRoutines: 'routines',
  };
  const busyReason = (reason: BusyReason): string => {
    switch (reason.signal) {
      case 'camera':
        return 'camera in use';
      case 'microphone':
        return 'microphone in use';
      case 'do-not-disturb':
        return reason.how === 'focus' ? 'Do Not Disturb is on' : 'notifications are off';
      case 'full-screen':
        return reason.how === 'presenting'
          ? 'presenting'
          : reason.how === 'game'
            ? 'a game is full screen'
            : 'an app is full screen';
      case 'front-app':
        return `${reason.app} is in front`;
    }
  };

  return {
    appName: 'Backbreak',
    /** Which way the language's lines run; a right-to-left language says 'rtl'. */
    dir: 'ltr' as 'ltr' | 'rtl',
    /** Each window's title, as the system's window list shows it. */
    windowTitle: {
      routine: 'Backbreak routine',
      settings: 'Backbreak settings',
      history: 'Backbreak history',
    },

    // ------------------------------------------------------------------ numbers and units
    units: {
      /** The number settings' units, by how many: "1 minute", "45 minutes", "%". */
      numberUnit: (key: NumberSettingKey, n: number) => numberLimits[key].unit(n),
      numberLabel: (key: NumberSettingKey) => numberLimits[key].label,
    },

    // ------------------------------------------------------------------ the tray
    tray: {
      sitting: (ms: number) => `Sitting ${f.sitting(ms)}`,
      sittingAndNext: (ms: number, minutesLeft: number) =>
        `Sitting ${f.sitting(ms)} · next reminder in ${f.minutes(minutesLeft)}`,
      sittingAndDue: (ms: number) => `Sitting ${f.sitting(ms)} · time for a break`,
      overdue: (ms: number) => `Overdue for a break · sitting ${f.sitting(ms)}`,
      waiting: (reasons: string, ms: number) => `Waiting: ${reasons} · sitting ${f.sitting(ms)}`,
      paused: 'Paused',
      pausedUntilToday: (at: number) => `Paused until ${f.time(at)}`,
      pausedUntilTomorrow: (at: number) => `Paused until tomorrow ${f.time(at)}`,
      pausedUntilDay: (at: number, weekday: Weekday) =>
        `Paused until ${f.weekday(weekday, 'short')} ${f.time(at)}`,
      standing: 'Standing',
      outsideHours: 'Outside working hours',
      away: 'Away from the desk',
      idleLimited: 'Idle detection limited',
      /** Beside the icon in the macOS menu bar. */
      minutesTitle: (minutes: number) => f.narrowMinutes(minutes),
      menu: {
        start: 'Start a routine now',
        snooze: 'Snooze',
        snoozeFor: (minutes: number) =>
          f.plural(minutes, {
            one: `${f.number(minutes)} minute`,
            other: `${f.number(minutes)} minutes`,
          }),
        skip: 'Skip this break',
        pause: 'Pause',
        pause30m: '30 minutes',
        pause1h: '1 hour',
        pauseUntilWorkday: 'Until the next working day',
        resume: 'Resume',
        standing: 'I’m standing',
        sitting: 'I’m sitting',
        settings: 'Settings…',
        history: 'History…',
        quit: 'Quit',
      },
    },

    // ------------------------------------------------------------------ keys
    /** The keys of a shortcut as printed on this language's keyboards. */
    keys: {
      modifiers: {
        mac: { Ctrl: 'Control', Alt: 'Option', Shift: 'Shift', Super: 'Command' },
        windows: { Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Super: 'Windows' },
        other: { Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Super: 'Super' },
      },
      keys: {
        Space: 'Space',
        Up: '↑',
        Down: '↓',
        Left: '←',
        Right: '→',
        Home: 'Home',
        End: 'End',
        PageUp: 'Page Up',
        PageDown: 'Page Down',
        Insert: 'Insert',
        Delete: 'Delete',
      },
    } satisfies KeyNames,

    // ------------------------------------------------------------------ notifications
    notify: {
      reminderTitle: 'Time for a back break',
      reminderAgainTitle: 'Still sitting: time for your back',
      reminderBody: (ms: number) =>
        `You have been sitting for ${f.sitting(ms)}. A short guided routine is ready when you are.`,
      gentleTitle: 'When you are free: time for your back',
      gentleBody: (ms: number) =>
        `You have been sitting for ${f.sitting(ms)}. A short guided routine is ready whenever you are.`,
      start: 'Start',
      snoozeFor: (minutes: number) => `Snooze ${f.minutes(minutes)}`,
      skip: 'Skip this break',
      settingsTitle: 'About your Backbreak settings',
      windowClosedTitle: 'A Backbreak window closed',
      windowClosed: (window: 'routine' | 'settings' | 'history') =>
        `The ${{ routine: 'routine', settings: 'settings', history: 'history' }[window]} window stopped working several times in a row, so Backbreak closed it. You can open it again from the Backbreak icon.`,
      shortcutTakenTitle: 'Your Backbreak shortcut is not working',
      shortcutTaken: (shortcut: string) =>
        `Another app uses ${shortcut} now, so it does nothing for Backbreak. Choose another in Settings.`,
    },

    // ------------------------------------------------------------------ start-up and files
    startFailedTitle: 'Backbreak could not start',
    startFailed: (logPath: string) =>
      `Something went wrong while Backbreak was starting, so it has closed. Try starting it again. If this keeps happening, the details are in ${logPath}.`,
    exportTitle: 'Export history',
    exportFilter: 'CSV files',
    exportFailed:
      'Backbreak could not save the file there. Choose another folder, or check that you can write to it.',
    fileProblem: {
      EISDIR: 'it is a folder, not a file',
      NOT_A_FILE: 'it is not an ordinary file',
      TOO_LARGE: 'it is too large',
      ELOOP: 'it is a link that leads back to itself',
      EACCES: 'Backbreak is not allowed to use it',
      EPERM: 'Backbreak is not allowed to use it',
      EROFS: 'the disk it is on cannot be written to',
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is used up',
      ENOTDIR: 'a file is in the way of its folder',
      ENOENT: 'it is missing',
      EMFILE: 'too many files are open',
      ENFILE: 'too many files are open',
      EIO: 'the disk reported an error',
      EBUSY: 'another program is using it',
      OTHER: 'the system would not allow it',
    } satisfies Record<FileProblemCode, string>,

    // ------------------------------------------------------------------ the settings file
    settingsFile: {
      empty:
        'Your settings file was empty, so Backbreak started with its defaults. A copy of the old file was kept beside it.',
      unreadableText:
        'Your settings file could not be read, so Backbreak started with its defaults. A copy of the old file was kept beside it.',
      unreadable: (why: string) =>
        `Backbreak could not read your settings file (${why}), so it started with its defaults and left the file as it is. Changes you make now last until you quit.`,
      newer:
        'Your settings were saved by a newer version of Backbreak. This version uses what it understands and leaves the rest untouched.',
      brokenKeys: (names: readonly string[]) =>
        `Some settings had values Backbreak cannot use (${f.list(names)}); they are back to their defaults. A copy of the old file was kept beside it.`,
      unknownKeys: (names: readonly string[], more: number) =>
        `Backbreak ignored settings it does not know (${f.list(more > 0 ? [...names, `${f.number(more)} more`] : names)}). A copy of the old file was kept beside it.`,
      notWritable: (why: string) =>
        `Backbreak could not save its settings (${why}). Changes will last until you quit.`,
      notSaved:
        'Backbreak could not save this change to its settings file, so it was not made. Check that there is space on the disk.',
      notFollowed:
        'Saved, but Backbreak could not put all of this change into effect. The details are in its log.',
      loginItemNotFollowed: (why: string) =>
        `Saved, but Backbreak could not change whether it starts at login: ${why}.`,
      shortcutTaken: (shortcut: string) => `Another app already uses ${shortcut}. Choose another.`,
      shortcutRefused: (shortcut: string) =>
        `This computer cannot use ${shortcut} as a shortcut. Choose another.`,
      /** Each setting by name, for the sentences above. */
      names: {
        reminderIntervalMinutes: 'reminder interval',
        snoozeMinutes: 'snooze length',
        maxReminders: 'reminders before going quiet',
        naturalBreakMinutes: 'natural break length',
        workingHours: 'working hours',
        remindOutsideWorkingHours: 'reminders outside working hours',
        routineMinutes: 'longest routine',
        places: 'places to exercise',
        equipment: 'equipment',
        excludedExercises: 'exercises to leave out',
        favouriteRoutines: 'favourite routines',
        exerciseVersions: 'the versions of exercises you chose',
        easeOff: 'exercises Backbreak goes easy on',
        chimeVolume: 'chime volume',
        voiceGuidance: 'spoken guidance',
        reminderStyle: 'how reminders appear',
        alwaysOnTop: 'routine window on top',
        launchAtLogin: 'start at login',
        theme: 'theme',
        language: 'language',
        dailyBreakGoal: 'daily goal',
        safetyNoteSeen: 'safety note',
        busySignals: 'what counts as busy',
        busyApps: 'apps that count as busy',
        busyLimitMinutes: 'how long a reminder waits',
        shortcut: 'keyboard shortcut',
      },
    },

    /** Why a value typed in Settings was refused; `key` is the setting it is about. */
    settingError: (code: SettingError, key: string): string => {
      const limit = numberLimits[key as NumberSettingKey];
      const what = listWhat[key as ListSetting] ?? 'items';
      switch (code) {
        case 'number':
          return limit
            ? `Choose a whole number from ${f.number(range(key).min)} to ${f.number(range(key).max)} ${limit.unit(range(key).max)}.`
            : 'Choose a whole number.';
        case 'onOff':
          return 'Choose on or off.';
        case 'oneOf':
          return 'Choose one of the options shown.';
        case 'time':
          return `Use a time such as ${f.clock('09:00')}.`;
        case 'rangeShape':
          return 'Give each range a start and an end time.';
        case 'rangeEmpty':
          return 'A range needs an end that differs from its start.';
        case 'rangesShape':
          return 'Give the hours as ranges of time.';
        case 'rangesMax':
          return `Use at most ${f.number(LIST_LIMITS.rangesADay)} ranges a day.`;
        case 'rangesOverlap':
          return 'Ranges on the same day must not overlap.';
        case 'weekShape':
          return 'Give working hours for each day of the week.';
        case 'nightOverlap':
          return 'These hours overlap hours that run past midnight from the day before.';
        case 'pickFromList':
          return `Choose ${what} from the list.`;
        case 'listMax':
          return `Choose fewer ${what}.`;
        case 'listOnce':
          return `Choose each of the ${what} once.`;
        case 'placesEmpty':
          return 'Pick at least one place where you can exercise.';
        case 'versionsList':
          return 'Choose versions of exercises from the list.';
        case 'versionsMax':
          return `Backbreak remembers at most ${f.number(LIST_LIMITS.remembered)} chosen versions.`;
        case 'easeUntil':
          return 'Give a time to go easy until.';
        case 'easeMax':
          return `Backbreak goes easy on at most ${f.number(LIST_LIMITS.remembered)} exercises at once.`;
        case 'busySignals':
          return 'Choose on or off for each of these.';
        case 'appName':
          return 'Give each app its name, such as Zoom.';
        case 'appNameLength':
          return `Keep each app’s name to ${f.number(BUSY_APPS_LIMITS.nameLength)} characters.`;
        case 'appNameLetters':
          return 'Give each app its name, with letters or digits.';
        case 'appsList':
          return 'List the apps by name.';
        case 'appsMax':
          return `List at most ${f.number(BUSY_APPS_LIMITS.count)} apps.`;
        case 'appsOnce':
          return 'List each app once.';
        case 'shortcutFormat':
          return 'Use a combination such as Ctrl+Alt+B: Ctrl, Alt, or the Windows or Command key, with a letter, digit or F-key.';
        case 'unreadableChange':
          return 'Backbreak could not read that change.';
        case 'nothingToChange':
          return 'There was nothing to change.';
        case 'noSuchSetting':
          return 'Backbreak has no such setting, so nothing was changed.';
      }
    },

    // ------------------------------------------------------------------ refused calls
    refusal: {
      notOurs: 'Backbreak only answers its own windows.',
      notThisWindow: 'This window cannot do that.',
      unreadable: 'Backbreak could not read that request, so nothing changed.',
      failed:
        'Something went wrong inside Backbreak, so that did not happen. The details are in its log.',
      noRoutineOnOffer: 'No routine is on offer: open one from the Backbreak icon.',
      notStarted: 'The routine has not started yet.',
      alreadyStarted: 'This routine has already started.',
      alreadyEnded: 'This routine has already ended.',
      noSuchSegment: 'This routine has no such part.',
      noSuchStep: 'This routine has no such step.',
      onlyJustEnded: 'Only the routine that just ended can be rated.',
      ratedAlready: 'This routine has been rated already.',
      noVersion: (toward: 'easier' | 'harder') =>
        `There is no ${toward} version of this exercise that you can do where you are.`,
    },

    // ------------------------------------------------------------------ choosing a routine
    chooser: {
      minutes: (minutes: number) => f.minutes(minutes),
      places: (places: readonly Place[]) =>
        places.length === 1
          ? `${placeName[places[0]!]} only`
          : places.map((place) => placeName[place]).join(' + '),
      favourite: 'a favourite',
      doneToday: 'done earlier today',
      notDoneToday: 'not done today',
      longer: (minutes: number) => `${f.minutes(minutes)} longer than you asked for`,
      needsPlaces: (places: readonly Place[]) =>
        `needs ${f.list(places.map((place) => placeNeed[place]))}`,
      needsEquipment: (items: readonly Equipment[]) =>
        `needs ${f.list(items.map((item) => `a ${equipmentName[item]}`))}`,
      excluded: (names: readonly string[]) => `includes ${f.list(names)}, which you left out`,
    },

    // ------------------------------------------------------------------ busy
    busy: {
      reason: busyReason,
      /**
       * Why the reminder waits, for the tray: "microphone in use", "camera and microphone in
       * use", "presenting, Do Not Disturb is on". At most two reasons, so the line stays short.
       */
      reasons: (reasons: readonly BusyReason[]): string =>
        shortReasons(reasons, (reason) =>
          reason.signal === 'camera-and-microphone'
            ? 'camera and microphone in use'
            : busyReason(reason),
        ).join(', '),
      why: {
        'not-on-this-system': 'Backbreak cannot read this on this system.',
        'too-slow': 'The system took too long to answer.',
        'not-asked': 'The system could not be asked just now.',
        'mac-focus-hidden':
          'macOS does not let apps see whether Focus is on (only with Full Disk Access, which Backbreak does not ask for).',
        'mac-full-screen-hidden':
          'macOS does not let apps see whether another app is full screen without Accessibility access, which Backbreak does not ask for.',
        'mac-camera-not-told':
          'This Mac’s camera does not say when it is in use (the built-in camera of Macs with Apple silicon does).',
        'mac-camera-failed': 'Backbreak could not ask macOS whether the camera is in use.',
        'mac-microphone-failed': 'Backbreak could not ask macOS whether the microphone is in use.',
        'mac-front-app-failed': 'Backbreak could not ask macOS which app is in front.',
        'linux-dnd-not-told':
          'Your desktop does not tell other apps whether Do Not Disturb is on (GNOME and KDE Plasma do).',
        'linux-dnd-failed': 'Backbreak could not ask the desktop whether Do Not Disturb is on.',
        'linux-dnd-needs-gsettings':
          'Backbreak needs gsettings to see whether Do Not Disturb is on.',
        'linux-dnd-needs-gdbus':
          'Backbreak needs gdbus (from GLib) to see whether Do Not Disturb is on.',
        'linux-microphone-needs-pactl':
          'Backbreak needs pactl (from the pulseaudio-utils package) to see whether the microphone is in use.',
        'linux-microphone-failed':
          'Backbreak could not ask the sound server whether the microphone is in use.',
        'linux-camera-failed': 'Backbreak could not look at which programs are using the camera.',
        'wayland-windows':
          'Wayland keeps other apps’ windows private, so Backbreak cannot tell whether an app is full screen or which app is in front.',
        'x11-needs-xprop':
          'Backbreak needs xprop (from the x11-utils package) to see whether an app is full screen or in front.',
        'x11-failed': 'Backbreak could not ask the window manager which window is in front.',
        'windows-camera-failed': 'Backbreak could not read which apps are using the camera.',
        'windows-microphone-failed':
          'Backbreak could not read which apps are using the microphone.',
        'windows-state-failed': 'Backbreak could not ask Windows whether an app may interrupt now.',
        'windows-dnd-failed': 'Backbreak could not ask Windows whether Do Not Disturb is on.',
        'windows-needs-powershell':
          'Backbreak needs Windows PowerShell to see whether an app is full screen.',
      } satisfies Record<BusyWhy, string>,
    },
  };
}

const range = (key: string) => SETTINGS_LIMITS[key as NumberSettingKey];

const placeName: Record<Place, string> = { chair: 'chair', standing: 'standing', floor: 'floor' };
const placeNeed: Record<Place, string> = {
  chair: 'a chair',
  standing: 'room to stand',
  floor: 'space on the floor',
};
const equipmentName: Record<Equipment, string> = {
  wall: 'wall',
  doorway: 'doorway',
  towel: 'towel',
  band: 'band',
};
