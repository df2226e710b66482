import type { LanguageChoice } from './i18n/locales';

/**
 * The plain facts about each setting: units, ranges, choices and defaults.
 * Kept apart from the zod schema so the renderer can show ranges and units without
 * shipping a validator; `settingsSchema.ts` builds the one validator from these numbers.
 */

import { BUSY_SIGNALS, type BusySignal } from './busy';

export const PLACES = ['chair', 'standing', 'floor'] as const;
export type Place = (typeof PLACES)[number];

/** Things beyond a chair and a bit of floor that some exercises need. */
export const EQUIPMENT = ['wall', 'doorway', 'towel', 'band'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export const REMINDER_STYLES = ['notify', 'open-window'] as const;
export const PAUSE_CHOICES = ['30m', '1h', 'tomorrow'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];
export const FEELINGS = ['better', 'same', 'worse'] as const;
export type Feeling = (typeof FEELINGS)[number];

export interface NumberLimit {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly unit: string;
  readonly label: string;
}

export const SETTINGS_LIMITS = {
  reminderIntervalMinutes: {
    min: 10,
    max: 120,
    default: 45,
    unit: 'minutes',
    label: 'Remind me after sitting for',
  },
  snoozeMinutes: { min: 1, max: 60, default: 10, unit: 'minutes', label: 'Snooze for' },
  maxReminders: {
    min: 1,
    max: 10,
    default: 3,
    unit: 'reminders',
    label: 'Reminders before going quiet',
  },
  naturalBreakMinutes: {
    min: 1,
    max: 30,
    default: 5,
    unit: 'minutes',
    label: 'Count as a break when away for',
  },
  routineMinutes: { min: 1, max: 10, default: 3, unit: 'minutes', label: 'Longest routine' },
  chimeVolume: { min: 0, max: 100, default: 50, unit: '%', label: 'Chime volume' },
  dailyBreakGoal: { min: 1, max: 20, default: 4, unit: 'breaks', label: 'Daily goal for a streak' },
  busyLimitMinutes: {
    min: 15,
    max: 240,
    default: 90,
    unit: 'minutes',
    label: 'Remind me anyway after waiting',
  },
} as const satisfies Record<string, NumberLimit>;

export type NumberSettingKey = keyof typeof SETTINGS_LIMITS;

export function rangeMessage(key: NumberSettingKey): string {
  const limit = SETTINGS_LIMITS[key];
  return `Choose a whole number from ${limit.min} to ${limit.max} ${limit.unit}.`;
}

/**
 * Defaults of the settings that are not numbers (numbers keep theirs in SETTINGS_LIMITS), kept
 * here so the settings window can show each default without shipping the schema.
 * `defaultSettings()` copies them; never change them in place.
 */
const officeDay = () => [{ start: '09:00', end: '18:00' }];
export const CHOICE_DEFAULTS = {
  workingHours: {
    mon: officeDay(),
    tue: officeDay(),
    wed: officeDay(),
    thu: officeDay(),
    fri: officeDay(),
    sat: [],
    sun: [],
  } as Record<Weekday, { start: string; end: string }[]>,
  remindOutsideWorkingHours: false,
  places: ['chair', 'standing'] as Place[],
  equipment: ['wall'] as Equipment[],
  voiceGuidance: false,
  reminderStyle: 'notify' as (typeof REMINDER_STYLES)[number],
  alwaysOnTop: false,
  launchAtLogin: false,
  theme: 'system' as (typeof THEMES)[number],
  language: 'system' as LanguageChoice,
  /** Every signal counts as busy until the person turns one off. */
  busySignals: Object.fromEntries(BUSY_SIGNALS.map((signal) => [signal, true])) as Record<
    BusySignal,
    boolean
  >,
  busyApps: [] as string[],
  /** No global shortcut until the person chooses one. */
  shortcut: '',
};

/** The most apps a person can list as busy while in front, and the longest name. */
export const BUSY_APPS_LIMITS = { count: 20, nameLength: 60 } as const;

/** Working-hours ranges a day; chosen versions and eased exercises remembered at most. */
export const LIST_LIMITS = { rangesADay: 4, remembered: 200 } as const;

/** Each setting in the words a person reads, for messages about the settings file. */
export const SETTING_NAMES = {
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
  busyLimitMinutes: 'longest wait while busy',
  shortcut: 'keyboard shortcut',
} as const;
