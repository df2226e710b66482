import { z } from 'zod';
import { BUSY_SIGNALS, type BusySignal } from './busy';
import {
  BUSY_APPS_LIMITS,
  CHOICE_DEFAULTS,
  EQUIPMENT,
  PLACES,
  REMINDER_STYLES,
  SETTINGS_LIMITS,
  THEMES,
  WEEKDAYS,
  rangeMessage,
  type NumberSettingKey,
} from './settingsLimits';
import { canonicalShortcut, isShortcut, SHORTCUT_FORMAT_MESSAGE } from './shortcut';

/** Bumped whenever the stored shape changes; `core/settingsMigrations.ts` upgrades older files. */
export const SETTINGS_VERSION = 1;

const wholeNumberIn = (key: NumberSettingKey) => {
  const { min, max } = SETTINGS_LIMITS[key];
  const message = rangeMessage(key);
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
};

/**
 * Every way a value can be wrong has its own sentence, written for the person who sees it
 * beside the field: no value from here ever shows zod's own wording.
 */
const onOff = z.boolean({ error: 'Choose on or off.' });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'Choose one of the options shown.' });

const timeOfDay = z
  .string({ error: 'Use a time such as 09:00.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use a time such as 09:00.' });

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
  .strictObject(
    { start: timeOfDay, end: timeOfDay },
    { error: 'Give each range a start and an end time.' },
  )
  .refine((range) => range.start !== range.end, {
    error: 'A range needs an end that differs from its start.',
  });

const dayRanges = z
  .array(timeRangeSchema, { error: 'Give the hours as ranges of time.' })
  .max(4, { error: 'Use at most 4 ranges a day.' })
  .refine(
    (ranges) =>
      ranges.every((range, i) =>
        ranges.every((other, j) => j <= i || !overlaps(rangeMinutes(range), rangeMinutes(other))),
      ),
    { error: 'Ranges on the same day must not overlap.' },
  );

export const workingHoursSchema = z
  .strictObject(
    Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges])) as Record<
      (typeof WEEKDAYS)[number],
      typeof dayRanges
    >,
    { error: 'Give working hours for each day of the week.' },
  )
  .superRefine((week, ctx) => {
    // Hours that run past midnight must end before the next day's first hours begin.
    WEEKDAYS.forEach((day, i) => {
      const next = WEEKDAYS[(i + 1) % WEEKDAYS.length]!;
      const spill = week[day]
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
          message: 'These hours overlap hours that run past midnight from the day before.',
        });
      }
    });
  });

const uniqueList = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .array(item, { error: `Choose ${what} from the list.` })
    .max(max, { error: `Choose at most ${max} ${what}.` })
    .refine((list) => new Set(list).size === list.length, {
      error: `Choose each of the ${what} once.`,
    });

const listedName = (what: string) =>
  z
    .string({ error: `Choose ${what} from the list.` })
    .min(1)
    .max(80, {
      error: `Choose ${what} from the list.`,
    });

const exerciseName = z
  .string({ error: 'Choose exercises from the list.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Choose exercises from the list.' })
  .max(60, { error: 'Choose exercises from the list.' });

/** The version of an exercise the person last chose, by the exercise a routine names. */
const exerciseVersions = z
  .record(exerciseName, exerciseName, { error: 'Choose versions of exercises from the list.' })
  .refine((versions) => Object.keys(versions).length <= 200, {
    error: 'Backbreak remembers at most 200 chosen versions.',
  });

/** Exercises to go easy on after a break felt worse, each until a moment (wall ms). */
const easeOff = z
  .array(
    z.strictObject(
      {
        exercise: exerciseName,
        until: z.number({ error: 'Give a time to go easy until.' }).int().min(0, {
          error: 'Give a time to go easy until.',
        }),
      },
      { error: 'Choose exercises from the list.' },
    ),
    { error: 'Choose exercises from the list.' },
  )
  .max(200, { error: 'Backbreak goes easy on at most 200 exercises at once.' });

const busySignals = z.strictObject(
  Object.fromEntries(BUSY_SIGNALS.map((signal) => [signal, onOff])) as Record<
    BusySignal,
    typeof onOff
  >,
  { error: 'Choose on or off for each of these.' },
);

const appName = z
  .string({ error: 'Give each app its name, such as Zoom.' })
  .trim()
  .min(1, { error: 'Give each app its name, such as Zoom.' })
  .max(BUSY_APPS_LIMITS.nameLength, {
    error: `Keep each app's name to ${BUSY_APPS_LIMITS.nameLength} characters.`,
  })
  .regex(/[\p{L}\p{N}]/u, { error: 'Give each app its name, with letters or digits.' });

const busyApps = z
  .array(appName, { error: 'List the apps by name.' })
  .max(BUSY_APPS_LIMITS.count, { error: `List at most ${BUSY_APPS_LIMITS.count} apps.` })
  .refine((names) => new Set(names.map((name) => name.toLowerCase())).size === names.length, {
    error: 'List each app once.',
  });

const shortcut = z
  .string({ error: SHORTCUT_FORMAT_MESSAGE })
  .max(60, { error: SHORTCUT_FORMAT_MESSAGE })
  .transform(canonicalShortcut)
  .refine((text) => text === '' || isShortcut(text), { error: SHORTCUT_FORMAT_MESSAGE });

/** One validator per key, without defaults, so a partial patch never fills in other keys. */
export const settingFields = {
  reminderIntervalMinutes: wholeNumberIn('reminderIntervalMinutes'),
  snoozeMinutes: wholeNumberIn('snoozeMinutes'),
  maxReminders: wholeNumberIn('maxReminders'),
  naturalBreakMinutes: wholeNumberIn('naturalBreakMinutes'),
  workingHours: workingHoursSchema,
  remindOutsideWorkingHours: onOff,
  routineMinutes: wholeNumberIn('routineMinutes'),
  places: uniqueList(oneOf(PLACES), PLACES.length, 'places').min(1, {
    error: 'Pick at least one place where you can exercise.',
  }),
  equipment: uniqueList(oneOf(EQUIPMENT), EQUIPMENT.length, 'things'),
  excludedExercises: uniqueList(listedName('exercises'), 200, 'exercises'),
  favouriteRoutines: uniqueList(listedName('routines'), 200, 'routines'),
  exerciseVersions,
  easeOff,
  chimeVolume: wholeNumberIn('chimeVolume'),
  voiceGuidance: onOff,
  reminderStyle: oneOf(REMINDER_STYLES),
  alwaysOnTop: onOff,
  launchAtLogin: onOff,
  theme: oneOf(THEMES),
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
  .strictObject(settingFields, { error: 'Backbreak could not read that change.' })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { error: 'There was nothing to change.' });
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
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    // An unknown key inside a setting (a day, a signal) keeps that setting's own sentence.
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      return { path: '', message: 'Backbreak has no such setting, so nothing was changed.' };
    }
    return { path: issue.path.map(String).join('.'), message: issue.message };
  });
}

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
