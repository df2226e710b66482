import { z } from 'zod';
import { BUSY_SIGNALS, type BusySignal } from './busy';
import {
  BUSY_APPS_LIMITS,
  CHOICE_DEFAULTS,
  LIST_LIMITS,
  EQUIPMENT,
  PLACES,
  REMINDER_STYLES,
  SETTINGS_LIMITS,
  THEMES,
  WEEKDAYS,
  type NumberSettingKey,
} from './settingsLimits';
import { LANGUAGE_CHOICES } from './i18n/locales';
import { SETTING_ERRORS, type SettingError } from './i18n/codes';
import type { Messages } from './i18n/en/index';
import { canonicalShortcut, isShortcut } from './shortcut';

/** Bumped whenever the stored shape changes; `core/settingsMigrations.ts` upgrades older files. */
export const SETTINGS_VERSION = 1;

/**
 * Every way a value can be wrong has its own code, and the code its sentence in every language
 * (the catalogue's `settingError`), said beside the field: zod's own wording is never shown.
 */
const E = (code: SettingError) => ({ error: code });

const wholeNumberIn = (key: NumberSettingKey) => {
  const { min, max } = SETTINGS_LIMITS[key];
  const message = 'number' satisfies SettingError;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
};

const onOff = z.boolean(E('onOff'));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, E('oneOf'));

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeOfDay = z.string(E('time')).regex(TIME, E('time'));

const MINUTES_A_DAY = 24 * 60;
const minuteOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * A range as minutes from the start of its day. One that ends at or before its start runs past
 * midnight ("22:00 to 06:00") and belongs to the day it starts on, so its end is on the next day.
 */
export function rangeMinutes(range: { start: string; end: string }): [number, number] {
  const start = minuteOfDay(range.start);
  const end = minuteOfDay(range.end);
  return [start, end > start ? end : end + MINUTES_A_DAY];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

export const timeRangeSchema = z
  .strictObject({ start: timeOfDay, end: timeOfDay }, E('rangeShape'))
  .refine((range) => range.start !== range.end, E('rangeEmpty'));

const dayRanges = z
  .array(timeRangeSchema, E('rangesShape'))
  .max(LIST_LIMITS.rangesADay, E('rangesMax'))
  .refine(
    (ranges) =>
      ranges.every((range, i) =>
        ranges.every((other, j) => j <= i || !overlaps(rangeMinutes(range), rangeMinutes(other))),
      ),
    E('rangesOverlap'),
  );

export const workingHoursSchema = z
  .strictObject(
    Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges])) as Record<
      (typeof WEEKDAYS)[number],
      typeof dayRanges
    >,
    E('weekShape'),
  )
  .superRefine((week, ctx) => {
    // Hours that run past midnight must end before the next day's first hours begin.
    WEEKDAYS.forEach((day, i) => {
      const next = WEEKDAYS[(i + 1) % WEEKDAYS.length]!;
      // A range with a time that is already refused says nothing about the next day.
      const spill = week[day]
        .filter((range) => TIME.test(range.start) && TIME.test(range.end))
        .map(rangeMinutes)
        .filter(([, end]) => end > MINUTES_A_DAY)
        .map(([, end]): [number, number] => [0, end - MINUTES_A_DAY]);
      const clash = week[next].some((range) =>
        spill.some((night) => overlaps(night, rangeMinutes(range))),
      );
      if (clash) {
        ctx.addIssue({
          code: 'custom',
          path: [next],
          message: 'nightOverlap' satisfies SettingError,
        });
      }
    });
  });

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item, E('pickFromList'))
    .max(max, E('listMax'))
    .refine((list) => new Set(list).size === list.length, E('listOnce'));

const listedName = z.string(E('pickFromList')).min(1, E('pickFromList')).max(80, E('pickFromList'));

const exerciseName = z
  .string(E('pickFromList'))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, E('pickFromList'))
  .max(60, E('pickFromList'));

/** The version of an exercise the person last chose, by the exercise a routine names. */
const exerciseVersions = z
  .record(exerciseName, exerciseName, E('versionsList'))
  .refine((versions) => Object.keys(versions).length <= LIST_LIMITS.remembered, E('versionsMax'));

/** Exercises to go easy on after a break felt worse, each until a moment (wall ms). */
const easeOff = z
  .array(
    z.strictObject(
      {
        exercise: exerciseName,
        until: z.number(E('easeUntil')).int(E('easeUntil')).min(0, E('easeUntil')),
      },
      E('pickFromList'),
    ),
    E('pickFromList'),
  )
  .max(LIST_LIMITS.remembered, E('easeMax'));

const busySignals = z.strictObject(
  Object.fromEntries(BUSY_SIGNALS.map((signal) => [signal, onOff])) as Record<
    BusySignal,
    typeof onOff
  >,
  E('busySignals'),
);

const appName = z
  .string(E('appName'))
  .trim()
  .min(1, E('appName'))
  .max(BUSY_APPS_LIMITS.nameLength, E('appNameLength'))
  .regex(/[\p{L}\p{N}]/u, E('appNameLetters'));

const busyApps = z
  .array(appName, E('appsList'))
  .max(BUSY_APPS_LIMITS.count, E('appsMax'))
  .refine(
    (names) => new Set(names.map((name) => name.toLowerCase())).size === names.length,
    E('appsOnce'),
  );

const shortcut = z
  .string(E('shortcutFormat'))
  .max(60, E('shortcutFormat'))
  .transform(canonicalShortcut)
  .refine((text) => text === '' || isShortcut(text), E('shortcutFormat'));

/** One validator per key, without defaults, so a partial patch never fills in other keys. */
export const settingFields = {
  reminderIntervalMinutes: wholeNumberIn('reminderIntervalMinutes'),
  snoozeMinutes: wholeNumberIn('snoozeMinutes'),
  maxReminders: wholeNumberIn('maxReminders'),
  naturalBreakMinutes: wholeNumberIn('naturalBreakMinutes'),
  workingHours: workingHoursSchema,
  remindOutsideWorkingHours: onOff,
  routineMinutes: wholeNumberIn('routineMinutes'),
  places: uniqueList(oneOf(PLACES), PLACES.length).min(1, E('placesEmpty')),
  equipment: uniqueList(oneOf(EQUIPMENT), EQUIPMENT.length),
  excludedExercises: uniqueList(listedName, 200),
  favouriteRoutines: uniqueList(listedName, 200),
  exerciseVersions,
  easeOff,
  chimeVolume: wholeNumberIn('chimeVolume'),
  voiceGuidance: onOff,
  reminderStyle: oneOf(REMINDER_STYLES),
  alwaysOnTop: onOff,
  launchAtLogin: onOff,
  theme: oneOf(THEMES),
  language: oneOf(LANGUAGE_CHOICES),
  dailyBreakGoal: wholeNumberIn('dailyBreakGoal'),
  safetyNoteSeen: onOff,
  busySignals,
  busyApps,
  busyLimitMinutes: wholeNumberIn('busyLimitMinutes'),
  shortcut,
};

export const settingsSchema = z
  .object({ version: z.number().int().min(0), ...settingFields })
  .strict();
export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof typeof settingFields;

/** What the renderer may send: any subset of the keys a person can change. */
export const settingsPatchSchema = z
  .strictObject(settingFields, E('unreadableChange'))
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, E('nothingToChange'));
export type SettingsPatch = z.output<typeof settingsPatchSchema>;

export interface FieldError {
  /** The setting, and inside it the path to the bad value: `workingHours.mon.0`; '' for none. */
  path: string;
  message: string;
}

/**
 * A refused change in the settings window's terms: each problem with the setting (and the
 * place inside it) it belongs to, so the window can show it beside that field, and problems
 * that belong to no field with an empty path. Used by IPC, which checks every patch once.
 */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], words: Messages): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const key = String(issue.path[0] ?? '');
    // An unknown key inside a setting (a day, a signal) keeps that setting's own sentence.
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      return { path: '', message: words.settingError('noSuchSetting', '') };
    }
    const code = KNOWN_ERRORS.has(issue.message) ? (issue.message as SettingError) : 'oneOf';
    return { path, message: words.settingError(code, key) };
  });
}

/** Every code the schema says; anything else (which zod would word) is said as "oneOf". */
const KNOWN_ERRORS = new Set<string>(SETTING_ERRORS);

const DEFAULTS: Settings = {
  version: SETTINGS_VERSION,
  reminderIntervalMinutes: SETTINGS_LIMITS.reminderIntervalMinutes.default,
  snoozeMinutes: SETTINGS_LIMITS.snoozeMinutes.default,
  maxReminders: SETTINGS_LIMITS.maxReminders.default,
  naturalBreakMinutes: SETTINGS_LIMITS.naturalBreakMinutes.default,
  workingHours: CHOICE_DEFAULTS.workingHours,
  remindOutsideWorkingHours: CHOICE_DEFAULTS.remindOutsideWorkingHours,
  routineMinutes: SETTINGS_LIMITS.routineMinutes.default,
  places: CHOICE_DEFAULTS.places,
  equipment: CHOICE_DEFAULTS.equipment,
  excludedExercises: [],
  favouriteRoutines: [],
  exerciseVersions: {},
  easeOff: [],
  chimeVolume: SETTINGS_LIMITS.chimeVolume.default,
  voiceGuidance: CHOICE_DEFAULTS.voiceGuidance,
  reminderStyle: CHOICE_DEFAULTS.reminderStyle,
  alwaysOnTop: CHOICE_DEFAULTS.alwaysOnTop,
  launchAtLogin: CHOICE_DEFAULTS.launchAtLogin,
  theme: CHOICE_DEFAULTS.theme,
  language: CHOICE_DEFAULTS.language,
  dailyBreakGoal: SETTINGS_LIMITS.dailyBreakGoal.default,
  safetyNoteSeen: false,
  busySignals: CHOICE_DEFAULTS.busySignals,
  busyApps: CHOICE_DEFAULTS.busyApps,
  busyLimitMinutes: SETTINGS_LIMITS.busyLimitMinutes.default,
  shortcut: CHOICE_DEFAULTS.shortcut,
};

/** A fresh copy every call, so no caller can change the defaults by accident. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULTS);
}
