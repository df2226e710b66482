import { z } from 'zod';
import {
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

const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use a 24-hour time such as 09:00.' });

export const timeRangeSchema = z
  .object({ start: timeOfDay, end: timeOfDay })
  .strict()
  .refine((range) => range.start < range.end, {
    error: 'The end of a range must be later than its start.',
  });

const dayRanges = z
  .array(timeRangeSchema)
  .max(4, { error: 'Use at most 4 ranges a day.' })
  .refine(
    (ranges) => {
      const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
      return sorted.every((range, i) => i === 0 || sorted[i - 1]!.end <= range.start);
    },
    { error: 'Ranges on the same day must not overlap.' },
  );

export const workingHoursSchema = z
  .object(
    Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges])) as Record<
      (typeof WEEKDAYS)[number],
      typeof dayRanges
    >,
  )
  .strict();

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { error: 'Each item may appear once.' });

/** One validator per key, without defaults, so a partial patch never fills in other keys. */
export const settingFields = {
  reminderIntervalMinutes: wholeNumberIn('reminderIntervalMinutes'),
  snoozeMinutes: wholeNumberIn('snoozeMinutes'),
  maxReminders: wholeNumberIn('maxReminders'),
  naturalBreakMinutes: wholeNumberIn('naturalBreakMinutes'),
  workingHours: workingHoursSchema,
  remindOutsideWorkingHours: z.boolean(),
  routineMinutes: wholeNumberIn('routineMinutes'),
  places: uniqueList(z.enum(PLACES), PLACES.length).min(1, {
    error: 'Pick at least one place where you can exercise.',
  }),
  equipment: uniqueList(z.enum(EQUIPMENT), EQUIPMENT.length),
  excludedExercises: uniqueList(z.string().min(1).max(80), 200),
  favouriteRoutines: uniqueList(z.string().min(1).max(80), 200),
  chimeVolume: wholeNumberIn('chimeVolume'),
  voiceGuidance: z.boolean(),
  reminderStyle: z.enum(REMINDER_STYLES),
  alwaysOnTop: z.boolean(),
  launchAtLogin: z.boolean(),
  theme: z.enum(THEMES),
  dailyBreakGoal: wholeNumberIn('dailyBreakGoal'),
  safetyNoteSeen: z.boolean(),
};

export const settingsSchema = z
  .object({ version: z.number().int().min(0), ...settingFields })
  .strict();
export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof typeof settingFields;

/** What the renderer may send: any subset of the keys a person can change. */
export const settingsPatchSchema = z
  .object(settingFields)
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { error: 'Nothing to change.' });
export type SettingsPatch = z.output<typeof settingsPatchSchema>;

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
  chimeVolume: SETTINGS_LIMITS.chimeVolume.default,
  voiceGuidance: CHOICE_DEFAULTS.voiceGuidance,
  reminderStyle: CHOICE_DEFAULTS.reminderStyle,
  alwaysOnTop: CHOICE_DEFAULTS.alwaysOnTop,
  launchAtLogin: CHOICE_DEFAULTS.launchAtLogin,
  theme: CHOICE_DEFAULTS.theme,
  dailyBreakGoal: SETTINGS_LIMITS.dailyBreakGoal.default,
  safetyNoteSeen: false,
};

/** A fresh copy every call, so no caller can change the defaults by accident. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULTS);
}
