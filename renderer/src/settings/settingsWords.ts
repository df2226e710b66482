import {
  CHOICE_DEFAULTS,
  SETTINGS_LIMITS,
  WEEKDAYS,
  type Equipment,
  type NumberSettingKey,
  type Place,
  type Weekday,
} from '../../../electron/shared/settingsLimits';
import type { BusySignal } from '../../../electron/shared/busy';
import type { Settings } from '../../../electron/shared/settingsSchema';
import type { KeyboardKind } from '../../../electron/shared/shortcut';

/** The words the settings window uses for each choice, in one place so they stay consistent. */

export const PLACE_LABELS: Record<Place, string> = {
  chair: 'Chair',
  standing: 'Standing',
  floor: 'Floor',
};

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  wall: 'Wall',
  doorway: 'Doorway',
  towel: 'Towel',
  band: 'Exercise band',
};

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const THEME_LABELS: Record<Settings['theme'], string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

export const REMINDER_STYLE_LABELS: Record<Settings['reminderStyle'], string> = {
  notify: 'Show a notification',
  'open-window': 'Open the routine window by itself',
};

/** How this computer's keys are named: from the window's own browser, the only place it shows. */
export function keyboardOfThisComputer(): KeyboardKind {
  const platform = navigator.userAgent;
  return /Mac/.test(platform) ? 'mac' : /Windows/.test(platform) ? 'windows' : 'other';
}

/** Each busy signal's switch: what it is, with an example, as the settings window says it. */
export const BUSY_SIGNAL_WORDS: Record<BusySignal, { label: string; hint: string }> = {
  camera: {
    label: 'Wait while the camera is in use',
    hint: 'By any app: a video call, say.',
  },
  microphone: {
    label: 'Wait while the microphone is in use',
    hint: 'By any app: a call, or a recording.',
  },
  'do-not-disturb': {
    label: 'Wait during Do Not Disturb',
    hint: 'Also Focus or Focus Assist, or notifications turned off.',
  },
  'full-screen': {
    label: 'Wait while another app is full screen',
    hint: 'A video, a game, or a presentation you are giving.',
  },
  'front-app': {
    label: 'Wait while a listed app is in front',
    hint: 'For what the others miss: the apps you list below.',
  },
};

/** "10 to 120 minutes · default 45". */
export function numberHint(key: NumberSettingKey): string {
  const { min, max, unit, default: fallback } = SETTINGS_LIMITS[key];
  return `${min} to ${max} ${unit} · default ${fallback}`;
}

export const onOff = (on: boolean) => (on ? 'on' : 'off');

/** "chair and standing", "wall", "none". */
export function listWords(words: string[]): string {
  if (words.length === 0) return 'none';
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

type Week = Settings['workingHours'];

/**
 * A week of working hours in a line: "Monday to Friday 09:00–18:00". Days in a row with the
 * same hours are joined; days without hours are left out.
 */
export function describeWeek(week: Week): string {
  const hoursOf = (day: Weekday) =>
    week[day].map((range) => `${range.start}–${range.end}`).join(', ');
  const groups: { first: Weekday; last: Weekday; hours: string }[] = [];
  for (const day of WEEKDAYS) {
    const hours = hoursOf(day);
    const previous = groups[groups.length - 1];
    const follows = previous && WEEKDAYS.indexOf(previous.last) === WEEKDAYS.indexOf(day) - 1;
    if (previous && follows && previous.hours === hours) previous.last = day;
    else groups.push({ first: day, last: day, hours });
  }
  const parts = groups
    .filter((group) => group.hours !== '')
    .map((group) => {
      const days =
        group.first === group.last
          ? WEEKDAY_NAMES[group.first]
          : `${WEEKDAY_NAMES[group.first]} to ${WEEKDAY_NAMES[group.last]}`;
      return `${days} ${group.hours}`;
    });
  return parts.length === 0 ? 'no working hours' : parts.join('; ');
}

/** What each default is, as the window says it. */
export const DEFAULT_WORDS = {
  workingHours: describeWeek(CHOICE_DEFAULTS.workingHours),
  remindOutsideWorkingHours: onOff(CHOICE_DEFAULTS.remindOutsideWorkingHours),
  places: listWords(CHOICE_DEFAULTS.places.map((place) => PLACE_LABELS[place].toLowerCase())),
  equipment: listWords(
    CHOICE_DEFAULTS.equipment.map((item) => EQUIPMENT_LABELS[item].toLowerCase()),
  ),
  voiceGuidance: onOff(CHOICE_DEFAULTS.voiceGuidance),
  reminderStyle: REMINDER_STYLE_LABELS[CHOICE_DEFAULTS.reminderStyle].toLowerCase(),
  alwaysOnTop: onOff(CHOICE_DEFAULTS.alwaysOnTop),
  launchAtLogin: onOff(CHOICE_DEFAULTS.launchAtLogin),
  theme: THEME_LABELS[CHOICE_DEFAULTS.theme],
} as const;
