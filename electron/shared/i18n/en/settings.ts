import type { BusySignal } from '../../busy';
import type { Equipment, Place, REMINDER_STYLES, THEMES, Weekday } from '../../settingsLimits';
import type { UserRoutineLimits } from '../../userRoutineLimits';
import type { Format } from '../format';

/** The settings window's words in English. Part of the English catalogue (see ./index.ts). */

type Theme = (typeof THEMES)[number];
type ReminderStyle = (typeof REMINDER_STYLES)[number];

/** Days in a row that share their hours, as the working-hours hint describes a week. */
export interface DaysWithHours {
  first: Weekday;
  last: Weekday;
  ranges: readonly { start: string; end: string }[];
}

export default function settings(f: Format) {
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  const day = (weekday: Weekday) => f.weekday(weekday, 'long');
  const place: Record<Place, string> = { chair: 'Chair', standing: 'Standing', floor: 'Floor' };
  const equipment: Record<Equipment, string> = {
    wall: 'Wall',
    doorway: 'Doorway',
    towel: 'Towel',
    band: 'Exercise band',
  };
  const reminderStyle: Record<ReminderStyle, string> = {
    notify: 'Show a notification',
    'open-window': 'Open the routine window by itself',
  };
  const theme: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };
  /**
   * "chair and standing", "wall", "none": choices inside a sentence. English lower-cases them;
   * a language whose nouns keep their capitals (German) must not.
   */
  const inSentence = (words: readonly string[]) =>
    words.length === 0 ? 'none' : f.list(words.map((word) => word.toLowerCase()));
  /** "Monday" for one range that day, "Monday, hours 2" when it has several. */
  const rangeName = (weekday: Weekday, index: number, count: number) =>
    count > 1 ? `${day(weekday)}, hours ${f.number(index + 1)}` : day(weekday);

  return {
    title: 'Settings',
    loading: 'Loading your settings…',
    /** Why the settings could not be loaded; `why` is main's sentence. */
    loadProblem: (why: string) => `Backbreak could not load your settings: ${why}`,
    /** The note beside the title after a change. */
    savedNote: {
      saved: 'Saved',
      reset: 'Settings are back to their defaults',
    },
    notices: {
      title: 'About your settings file',
      dismiss: 'Dismiss',
    },
    sections: {
      reminders: 'Reminders',
      hours: 'When to remind you',
      busy: 'When Backbreak waits',
      routines: 'Routines',
      sound: 'Sound and window',
      history: 'History',
    },
    idleLimitedTitle: 'Idle detection is limited',
    idleLimited:
      'Backbreak cannot tell here how long the keyboard and mouse have been still, so only sleep and a locked screen count as breaks.',
    idleLimitedLock: 'Lock the screen when you get up, and the time away still counts as a break.',

    // ------------------------------------------------------------------ fields
    /** Under a number: "10 to 120 minutes · default 45"; `unit` is the unit for `max`. */
    numberHint: (min: number, max: number, unit: string, fallback: number) =>
      `${f.number(min)} to ${f.number(max)} ${unit} · default ${f.number(fallback)}`,
    /** The chime volume as a percentage, beside the slider and for screen readers. */
    percent: (n: number) => `${f.number(n)}%`,
    volumeHint: (silent: number, fallback: number) =>
      `${f.number(silent)} is silent · default ${f.number(fallback)}%`,
    reminderStyle: {
      legend: 'When it is time for a break',
      hint: (fallback: ReminderStyle) => `Default: ${reminderStyle[fallback].toLowerCase()}.`,
      options: reminderStyle,
    },
    shortcut: {
      label: 'Keyboard shortcut',
      hint: 'Press the keys together here. From any app, it snoozes the reminder that is out, or starts a routine. Default: none.',
      placeholder: 'Press the keys',
      clear: 'Clear',
    },
    remindOutsideWorkingHours: {
      label: 'Remind me outside working hours',
      hint: (fallback: boolean) => `Default: ${onOff(fallback)}.`,
    },
    places: {
      legend: 'Where you can exercise',
      hint: (fallback: readonly Place[]) =>
        `Default: ${inSentence(fallback.map((item) => place[item]))}.`,
      options: place,
    },
    equipment: {
      legend: 'What you have to hand',
      hint: (fallback: readonly Equipment[]) =>
        `Routines that need anything else are left out. Default: ${inSentence(fallback.map((item) => equipment[item]))}.`,
      options: equipment,
    },
    favouriteRoutines: {
      legend: 'Favourite routines',
      hint: 'Chosen more often. Default: none.',
    },
    excludedExercises: {
      legend: 'Exercises to leave out',
      hint: 'Routines skip these. Default: none.',
      filter: 'Find an exercise',
    },
    voiceGuidance: {
      label: 'Spoken guidance',
      hint: (fallback: boolean) => `A calm voice reads each step. Default: ${onOff(fallback)}.`,
    },
    alwaysOnTop: {
      label: 'Keep the routine window on top',
      hint: (fallback: boolean) => `Default: ${onOff(fallback)}.`,
    },
    launchAtLogin: {
      label: 'Start Backbreak when I log in',
      hint: (fallback: boolean) => `Default: ${onOff(fallback)}.`,
    },
    theme: {
      legend: 'Theme',
      hint: (fallback: Theme) =>
        `${theme.system} follows your computer. Default: ${theme[fallback]}.`,
      options: theme,
    },
    language: {
      legend: 'Language',
      hint: 'Backbreak’s windows, tray and notifications use this language. Default: same as the system.',
      /** The other choices are each language by its own name (LOCALE_NAMES), never translated. */
      system: 'Same as the system',
      /** Only shown when the settings file asks for the pseudo-language, which tests use. */
      pseudo: 'Pseudo-language, for testing',
    },

    // ------------------------------------------------------------------ pick lists
    pickList: {
      /** How many are ticked, after the hint. */
      chosen: (n: number) => (n === 0 ? 'None chosen.' : `${f.number(n)} chosen.`),
      empty: 'Nothing in your library yet.',
      noMatch: (query: string) => `Nothing matches “${query}”.`,
      /** The detail of a chosen item the library no longer has. */
      missing: 'no longer in your library',
      /** A routine's detail: "3 mins · chair and standing · yours". */
      routineDetail: (minutes: number, places: readonly Place[], yours: boolean) =>
        [
          f.minutes(minutes),
          inSentence(places.map((item) => place[item])),
          ...(yours ? ['yours'] : []),
        ].join(' · '),
    },

    // ------------------------------------------------------------------ what Backbreak learnt
    versions: {
      title: 'Versions you chose',
      none: 'None yet. During a routine, Easier and Harder (or the Down and Up arrows) switch the exercise on screen, and Backbreak remembers your choice for next time.',
      listed: 'Routines play these in place of the exercise they name.',
      /** An exercise and the version chosen for it. */
      chosen: (exercise: string, version: string) => `${exercise} → ${version}`,
      forget: 'Forget',
      forgetLabel: (exercise: string) => `Forget the version chosen for ${exercise}`,
    },
    easing: {
      title: 'Going easy after a break felt worse',
      none: 'Nothing at the moment. When you answer “Worse” after a routine, Backbreak offers its exercises less often, and in their easiest version, for two weeks.',
      listed: (exercises: readonly { name: string; until: number }[]) =>
        `Offered less often and in their easiest version: ${f.list(exercises.map((exercise) => `${exercise.name} (until ${f.longDate(exercise.until)})`))}.`,
      stop: 'Stop going easy',
    },

    // ------------------------------------------------------------------ your own routines
    userRoutines: {
      problemsTitle: 'Routine files that could not be used',
      /** Before the folder's path, which follows it on screen. */
      fixThem: 'Fix or remove them in your routines folder:',
      folder: 'Your own routines go in this folder:',
      limits: (limits: UserRoutineLimits) =>
        `Backbreak reads up to ${f.number(limits.files)} .json files there, each up to ${size(limits.fileBytes)} and ${size(limits.totalBytes)} in all, in folders up to ${f.number(limits.depth)} levels deep and ${f.number(limits.entries)} names in all. It does not follow links that lead out of the folder.`,
      /** `language` is the window's language by its own name ("Deutsch"). */
      missingTexts: (language: string) =>
        `Some texts of your own exercises and routines are not written in ${language}, so they read in English:`,
    },

    // ------------------------------------------------------------------ working hours
    hours: {
      legend: 'Working hours',
      hint: (fallback: readonly DaysWithHours[]) =>
        `Reminders come only within these hours. Hours that end before they start run past midnight into the next day. Default: ${week(fallback)}.`,
      day,
      /** A time of day in the time lists. */
      time: (hhmm: string) => f.clock(hhmm),
      from: (weekday: Weekday, index: number, count: number) =>
        `${rangeName(weekday, index, count)}, from`,
      until: (weekday: Weekday, index: number, count: number) =>
        `${rangeName(weekday, index, count)}, until`,
      remove: (weekday: Weekday, index: number, count: number, start: string, end: string) =>
        `Remove ${rangeName(weekday, index, count)}, ${f.clock(start)} to ${f.clock(end)}`,
      removeTitle: 'Remove these hours',
      nextDay: 'next day',
      none: 'No reminders',
      add: 'Add',
      addLabel: (weekday: Weekday) => `Add hours on ${day(weekday)}`,
    },

    // ------------------------------------------------------------------ when Backbreak waits
    busy: {
      intro:
        'A reminder that falls due while you are busy waits, and comes as soon as you are free. Your sitting time keeps counting. Whatever Backbreak cannot see counts as free.',
      /** `reasons` is the tray's reasons ("microphone in use"); `at` the moment it comes anyway. */
      waitingNow: (reasons: string, at: number) =>
        `A reminder is waiting now: ${reasons}. It comes when you are free, or at ${f.time(at)} anyway.`,
      /** Each signal's switch: what it waits for, with an example. Every one is on by default. */
      signal: {
        camera: {
          label: 'Wait while the camera is in use',
          hint: 'By any app: a video call, say. Default: on.',
        },
        microphone: {
          label: 'Wait while the microphone is in use',
          hint: 'By any app: a call, or a recording. Default: on.',
        },
        'do-not-disturb': {
          label: 'Wait during Do Not Disturb',
          hint: 'Also Focus or Focus Assist, or notifications turned off. Default: on.',
        },
        'full-screen': {
          label: 'Wait while another app is full screen',
          hint: 'A video, a game, or a presentation you are giving. Default: on.',
        },
        'front-app': {
          label: 'Wait while a listed app is in front',
          hint: 'For what the others miss: the apps you list below. Default: on.',
        },
      } satisfies Record<BusySignal, { label: string; hint: string }>,
      /**
       * Beside a signal this computer cannot read, after or before the sentence saying why
       * (`busy.why`): two sentences, each whole.
       */
      never: 'So it never holds a reminder here.',
      notLastTime: 'The last look could not tell.',
      limit:
        'Still busy at that point, the reminder comes anyway, quietly: no sound, and never a window over your call or a full-screen app.',
      apps: {
        legend: 'Apps that count as busy in front',
        hint: 'Their names as your computer shows them, such as Zoom or PowerPoint. Default: none.',
        remove: 'Remove',
        removeLabel: (app: string) => `Remove ${app}`,
        name: 'App name',
        add: 'Add app',
      },
    },

    // ------------------------------------------------------------------ reset and close
    reset: {
      open: 'Reset to defaults…',
      title: 'Reset all settings?',
      text: 'Every setting goes back to its default. Your history and your own routine files are kept.',
      cancel: 'Cancel',
      confirm: 'Reset to defaults',
    },
    close: 'Close',
  };

  /** "Monday to Friday 9:00–18:00; Saturday 10:00–12:00", or "no working hours". */
  function week(groups: readonly DaysWithHours[]): string {
    const parts = groups.map((group) => {
      const days =
        group.first === group.last ? day(group.first) : `${day(group.first)} to ${day(group.last)}`;
      const hours = group.ranges
        .map((range) => `${f.clock(range.start)}–${f.clock(range.end)}`)
        .join(', ');
      return `${days} ${hours}`;
    });
    return parts.length === 0 ? 'no working hours' : parts.join('; ');
  }

  /** "256 KB", "2 MB". */
  function size(bytes: number): string {
    return bytes >= 1024 * 1024
      ? `${f.number(bytes / (1024 * 1024))} MB`
      : `${f.number(bytes / 1024)} KB`;
  }
}
