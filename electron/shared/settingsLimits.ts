import type { LanguageChoice } from './i18n/locales';

/**
 * The plain facts about each setting: ranges, choices and defaults (their words are in the
 * message catalogue). Kept apart from the zod schema so the renderer can show ranges without
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
}

/** Each number setting's range and default; its label and unit are in the catalogue (`units`). */
export const SETTINGS_LIMITS = {
  reminderIntervalMinutes: { min: 10, max: 120, default: 45 },
  snoozeMinutes: { min: 1, max: 60, default: 10 },
  maxReminders: { min: 1, max: 10, default: 3 },
  naturalBreakMinutes: { min: 1, max: 30, default: 5 },
  routineMinutes: { min: 1, max: 10, default: 3 },
  chimeVolume: { min: 0, max: 100, default: 50 },
  dailyBreakGoal: { min: 1, max: 20, default: 4 },
  busyLimitMinutes: { min: 15, max: 240, default: 90 },
} as const satisfies Record<string, NumberLimit>;

export type NumberSettingKey = keyof typeof SETTINGS_LIMITS;

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
