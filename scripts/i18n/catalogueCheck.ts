import type { BusyReason } from '../../electron/shared/busy';
import { SETTING_ERRORS } from '../../electron/shared/i18n/codes';
import type { Messages } from '../../electron/shared/i18n/en/index';
import { LOCALES, type Locale } from '../../electron/shared/i18n/locales';
import { messagesFor } from '../../electron/shared/i18n/messages';
import {
  EQUIPMENT,
  PLACES,
  REMINDER_STYLES,
  SETTINGS_LIMITS,
  WEEKDAYS,
} from '../../electron/shared/settingsLimits';
import { USER_ROUTINE_LIMITS } from '../../electron/shared/userRoutineLimits';

/**
 * What `tsc` cannot see in a language's catalogue. The type already forces every message to
 * exist with the English one's shape; this checks what the messages say, by calling each with
 * sample values in English and in the language:
 *
 * - a message that still reads exactly as the English is untranslated (unless it is listed in
 *   SAME_IN as reading the same in that language: a name, a symbol);
 * - every number the English says (a count, a limit, a duration) must be said by the
 *   translation too: a dropped value is a wrong sentence;
 * - a message function must answer a non-empty string for its samples.
 *
 * A message function that takes something other than numbers needs its samples in SAMPLES;
 * the check says which one when it cannot call a function.
 */

type Args = readonly unknown[];

/** A morning wall time (numbers read alike on 12- and 24-hour clocks before noon). */
const AT = new Date(2026, 5, 9, 9, 30).getTime();
const MS = 75 * 60_000;

const reasons: BusyReason[] = [
  { signal: 'camera', apps: ['Zoom'] },
  { signal: 'microphone', apps: [] },
  { signal: 'do-not-disturb', how: 'focus' },
  { signal: 'do-not-disturb', how: 'notifications-off' },
  { signal: 'full-screen', how: 'presenting' },
  { signal: 'full-screen', how: 'game' },
  { signal: 'full-screen', how: 'full-screen' },
  { signal: 'front-app', app: 'Keynote' },
];
const numberKeys = Object.keys(SETTINGS_LIMITS);
const doseKinds = ['hold', 'reps', 'breaths'] as const;

/** Samples for messages that take more than numbers, by the message's path. */
export const SAMPLES: Record<string, Args[]> = {
  'units.numberUnit': numberKeys.flatMap((key) => [
    [key, 1],
    [key, 5],
  ]),
  'units.numberLabel': numberKeys.map((key) => [key]),
  'tray.waiting': [['microphone in use', MS]],
  'tray.pausedUntilToday': [[AT]],
  'tray.pausedUntilTomorrow': [[AT]],
  'tray.pausedUntilDay': WEEKDAYS.map((day) => [AT, day]),
  'notify.windowClosed': [['routine'], ['settings'], ['history']],
  'notify.shortcutTaken': [['Ctrl+Alt+B']],
  startFailed: [['/home/sam/.config/Backbreak/logs/main.log']],
  'settingsFile.unreadable': [['it is missing']],
  'settingsFile.notWritable': [['the disk is full']],
  'settingsFile.loginItemNotFollowed': [['the system would not allow it']],
  'settingsFile.brokenKeys': [[['theme']], [['theme', 'snooze length']]],
  'settingsFile.unknownKeys': [
    [['colour'], 0],
    [['colour', 'font'], 3],
  ],
  'settingsFile.shortcutTaken': [['Ctrl+Alt+B']],
  'settingsFile.shortcutRefused': [['Ctrl+Alt+B']],
  settingError: SETTING_ERRORS.flatMap((code) =>
    ['reminderIntervalMinutes', 'places', 'equipment', 'busyApps'].map((key) => [code, key]),
  ),
  'refusal.noVersion': [['easier'], ['harder']],
  'chooser.places': [[['chair']], [['standing']], [['floor']], [['chair', 'standing']]],
  'chooser.needsPlaces': PLACES.map((place) => [[place]]),
  'chooser.needsEquipment': [...EQUIPMENT.map((item) => [[item]]), [['wall', 'towel']]],
  'chooser.excluded': [[['Seated twist']], [['Seated twist', 'Wall angels']]],
  'busy.reason': reasons.map((reason) => [reason]),
  'busy.reasons': [
    [[reasons[0], reasons[1]]],
    [[reasons[1]]],
    [[reasons[4], reasons[2], reasons[7]]],
  ],

  // The routine window. Content (names, cues, titles) comes from main already in the
  // language, so a sample name reads the same in every catalogue.
  'routine.preview.relaxed': [[['places', 'equipment']], [['length']]],
  'routine.preview.dose': doseKinds.flatMap((kind) => [
    [kind, 1, 1, false],
    [kind, 8, 2, true],
  ]),
  'routine.player.figure': [
    ['Seated twist', 'left', 'Turn to the left.'],
    ['Cat–cow', null, 'Round your back.'],
  ],
  'routine.said.getReady': [
    [1, 5, 'Seated twist', 'left'],
    [3, 5, 'Cat–cow', null],
  ],
  'routine.said.switchSides': [
    ['Seated twist', 'right'],
    ['Seated twist', 'left'],
  ],
  'routine.said.begin': doseKinds.flatMap((kind) => [
    [kind, 1],
    [kind, 30],
  ]),
  'routine.said.readyAndCue': [['Step 1 of 5: Seated twist.', 'Turn to the left.']],
  'routine.said.swapped': [
    ['easier', 'Cat–cow on forearms'],
    ['harder', 'Superman'],
  ],
  'routine.done.finished': [
    ['Desk reset', MS],
    ['Desk reset', 90_000],
  ],
  'routine.worse.goingEasy': [[AT, ['Seated twist', 'Cat–cow']]],

  // The settings window. Times of day are mornings, which read alike on both clocks.
  'settings.numberHint': [
    [10, 120, 'minutes', 45],
    [0, 100, '%', 60],
  ],
  'settings.reminderStyle.hint': REMINDER_STYLES.map((style) => [style]),
  'settings.remindOutsideWorkingHours.hint': [[true], [false]],
  'settings.places.hint': [[['chair', 'standing']], [['floor']], [[]]],
  'settings.equipment.hint': [[['wall']], [['wall', 'towel']], [[]]],
  'settings.voiceGuidance.hint': [[true], [false]],
  'settings.alwaysOnTop.hint': [[true], [false]],
  'settings.launchAtLogin.hint': [[true], [false]],
  'settings.theme.hint': [['system'], ['light'], ['dark']],
  'settings.pickList.noMatch': [['twist']],
  'settings.pickList.routineDetail': [
    [5, ['chair'], false],
    [2, ['standing', 'floor'], true],
  ],
  'settings.versions.chosen': [['Cat–cow', 'Cat–cow on forearms']],
  'settings.versions.forgetLabel': [['Cat–cow']],
  'settings.easing.listed': [
    [[{ name: 'Cat–cow', until: AT }]],
    [
      [
        { name: 'Cat–cow', until: AT },
        { name: 'Seated twist', until: AT },
      ],
    ],
  ],
  'settings.userRoutines.limits': [[USER_ROUTINE_LIMITS]],
  'settings.userRoutines.missingTexts': [['English']],
  'settings.loadProblem': [['the file is missing']],
  'settings.hours.hint': [
    [[{ first: 'mon', last: 'fri', ranges: [{ start: '09:00', end: '11:30' }] }]],
    [
      [
        { first: 'mon', last: 'thu', ranges: [{ start: '08:00', end: '12:00' }] },
        { first: 'sat', last: 'sat', ranges: [{ start: '10:00', end: '06:00' }] },
      ],
    ],
    [[]],
  ],
  'settings.hours.day': WEEKDAYS.map((day) => [day]),
  'settings.hours.time': [['09:00'], ['11:30']],
  'settings.hours.from': [
    ['mon', 0, 1],
    ['tue', 1, 2],
  ],
  'settings.hours.until': [
    ['mon', 0, 1],
    ['tue', 1, 2],
  ],
  'settings.hours.remove': [
    ['mon', 0, 1, '09:00', '11:30'],
    ['tue', 1, 2, '10:00', '06:00'],
  ],
  'settings.hours.addLabel': WEEKDAYS.map((day) => [day]),
  'settings.busy.waitingNow': [['microphone in use', AT]],
  'settings.busy.apps.removeLabel': [['Zoom']],

  // The history window.
  'history.exportSaved': [
    [1, '/home/sam/history.csv'],
    [12, '/home/sam/history.csv'],
  ],
  'history.loadFailed': [['the file is missing']],
  'history.recent.when': [
    [AT, 'today'],
    [AT, 'yesterday'],
    [AT, 'earlier'],
  ],
  'history.recent.details': [
    ['taken', 90_000, 'reminder'],
    ['skipped', 30_000, 'manual'],
  ],
  'history.chart.weekday': WEEKDAYS.map((day) => [day]),
  'history.chart.date': [[AT]],
  'history.chart.bar': [
    [AT, true, 1],
    [AT, false, 3],
  ],
  'history.chart.summary': [
    [{ days: 7, total: 12, best: 4, goal: 3, met: 2 }],
    [{ days: 1, total: 1, best: 1, goal: 1, met: 1 }],
  ],
  'history.chart.day': [
    [AT, true],
    [AT, false],
  ],
};

/** Messages (or groups) that read the same as the English in a language, on purpose. */
export const SAME_IN: Record<Exclude<Locale, 'en' | 'en-XA'>, string[]> = {
  de: [
    'appName',
    'dir',
    'units.numberUnit',
    'keys',
    // Content from main joined by punctuation alone: "Katze-Kuh: Runde den Rücken." (without a
    // side), "3/8", two sentences one after the other, "Katze-Kuh → Katze-Kuh auf den Unterarmen".
    'routine.player.figure',
    'routine.player.doneOf',
    'routine.said.readyAndCue',
    'settings.versions.chosen',
    // German players say "Pause" too; the longer "Anhalten" pushed a button out of the row.
    'routine.player.pauseButton',
  ],
  es: [
    'appName',
    'dir',
    'units.numberUnit',
    'chooser.minutes',
    'keys',
    // Made only of what main sends (names, cues) and symbols or Intl's units: "3/8", "0 min".
    'routine.player.figure',
    'routine.player.doneOf',
    'routine.said.readyAndCue',
    'settings.versions.chosen',
    'history.sitting',
  ],
};

export interface LanguageReport {
  locale: Locale;
  /** Messages checked, and how many of them are translated. */
  messages: number;
  translated: number;
  problems: string[];
}

type Entry = { path: string; value: unknown };

function entries(value: unknown, path = ''): Entry[] {
  if (typeof value === 'function' || typeof value !== 'object' || value === null) {
    return [{ path, value }];
  }
  return Object.entries(value).flatMap(([key, inner]) =>
    entries(inner, path ? `${path}.${key}` : key),
  );
}

/** The integers a text says: "1 hr 15 min, 9:30" says 1, 15, 9, 30. */
const numbersIn = (text: string) =>
  [...text.replace(/(\d)[.,\u202f\u00a0'’](?=\d{3}\b)/g, '$1').matchAll(/\d+/g)]
    .map((m) => Number(m[0]))
    .sort((a, b) => a - b);

function samplesFor(path: string, fn: (...args: unknown[]) => unknown): Args[] | null {
  if (SAMPLES[path]) return SAMPLES[path]!;
  if (fn.length === 0) return [[]];
  return [Array.from({ length: fn.length }, () => 1), Array.from({ length: fn.length }, () => 7)];
}

function said(fn: unknown, args: Args): string | null {
  try {
    const answer = (fn as (...a: unknown[]) => unknown)(...args);
    // A sentence with a stressed part is a list of its parts: check it as the whole it reads.
    const out = Array.isArray(answer)
      ? answer.map((part: { text?: unknown }) => part.text).join('')
      : answer;
    return typeof out === 'string' && out.trim() !== '' && !/undefined|NaN/.test(out) ? out : null;
  } catch {
    return null;
  }
}

export function checkLanguage(
  locale: Exclude<Locale, 'en' | 'en-XA'>,
  catalogue: Messages = messagesFor(locale),
): LanguageReport {
  const en = entries(messagesFor('en') as Messages);
  const theirs = new Map(entries(catalogue).map((entry) => [entry.path, entry.value]));
  const problems: string[] = [];
  let translated = 0;
  for (const { path, value } of en) {
    const other = theirs.get(path);
    const same = SAME_IN[locale].some((kept) => path === kept || path.startsWith(`${kept}.`));
    if (typeof value !== 'function') {
      if (value === other && !same && typeof value === 'string') {
        problems.push(`${path}: still reads "${value}"`);
      } else translated += 1;
      continue;
    }
    const samples = samplesFor(path, value as (...a: unknown[]) => unknown);
    let ok = true;
    for (const args of samples ?? []) {
      const english = said(value, args);
      const translation = said(other, args);
      if (english === null) {
        problems.push(`${path}: cannot be called with ${JSON.stringify(args)}: add samples`);
        ok = false;
        break;
      }
      if (translation === null) {
        problems.push(`${path}(${JSON.stringify(args).slice(1, -1)}): says nothing`);
        ok = false;
        continue;
      }
      if (translation === english && !same) {
        problems.push(`${path}(${JSON.stringify(args).slice(1, -1)}): still reads "${english}"`);
        ok = false;
      }
      const missing = numbersIn(english).filter((n) => !numbersIn(translation).includes(n));
      if (missing.length > 0) {
        problems.push(
          `${path}(${JSON.stringify(args).slice(1, -1)}): "${translation}" does not say ${missing.join(', ')}`,
        );
        ok = false;
      }
    }
    if (ok) translated += 1;
  }
  return { locale, messages: en.length, translated, problems };
}

/** Every shipped language but English, checked. */
export function checkCatalogues(): LanguageReport[] {
  return LOCALES.filter((locale) => locale !== 'en').map((locale) => checkLanguage(locale));
}

export const shareOf = (report: LanguageReport) =>
  Math.floor((report.translated / report.messages) * 100);
