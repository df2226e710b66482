import { describe, expect, it } from 'vitest';
import type { BusyReason } from '../../electron/shared/busy';
import type { SettingError } from '../../electron/shared/i18n/codes';
import deApp from '../../electron/shared/i18n/de/app';
import de from '../../electron/shared/i18n/de/index';
import en from '../../electron/shared/i18n/en/index';
import { createFormat } from '../../electron/shared/i18n/format';
import { MINUTE_MS } from '../../electron/shared/units';

/**
 * The German words of main: sentences that depend on a value (durations, plurals, articles,
 * lists) read as German, and no message is left in English.
 */

const german = de(createFormat('de', 'de-DE'));
const english = en(createFormat('en', 'en-GB'));
const AT = new Date(2026, 10, 30, 14, 5).getTime();

describe('German words of the tray and notifications', () => {
  it('says how long the person has sat, and when the next reminder comes', () => {
    expect(german.tray.sittingAndNext(75 * MINUTE_MS + 59_000, 10)).toBe(
      'Du sitzt seit 1 Std. 15 Min. · nächste Erinnerung in 10 Min.',
    );
    expect(german.tray.pausedUntilDay(AT, 'mon')).toBe('Pausiert bis Montag um 14:05');
    expect(german.tray.menu.snoozeFor(1)).toBe('In 1 Minute');
    expect(german.tray.menu.snoozeFor(10)).toBe('In 10 Minuten');
  });

  it('words a reminder with the time sat', () => {
    expect(german.notify.reminderBody(50 * MINUTE_MS)).toBe(
      'Du sitzt seit 50 Min. ohne Pause. Eine kurze angeleitete Routine ist bereit, wenn du so weit bist.',
    );
    expect(german.notify.snoozeFor(10)).toBe('10 Min. später');
  });

  it('says why a reminder waits, camera and microphone as one reason, at most two', () => {
    const reasons: BusyReason[] = [
      { signal: 'microphone', apps: [] },
      { signal: 'camera', apps: ['Zoom'] },
      { signal: 'do-not-disturb', how: 'focus' },
    ];
    expect(german.busy.reasons(reasons)).toBe(
      'Kamera und Mikrofon in Benutzung, „Nicht stören“ ist an',
    );
    expect(german.tray.waiting(german.busy.reasons(reasons.slice(0, 1)), 50 * MINUTE_MS)).toBe(
      'Erinnerung wartet: Mikrofon in Benutzung · du sitzt seit 50 Min.',
    );
  });
});

describe('German settings errors and the chooser', () => {
  it('gives a range with the unit in the plural of its largest value', () => {
    expect(german.settingError('number', 'reminderIntervalMinutes')).toBe(
      'Wähl eine ganze Zahl von 10 bis 120 Minuten.',
    );
    expect(german.settingError('number', 'maxReminders')).toBe(
      'Wähl eine ganze Zahl von 1 bis 10 Erinnerungen.',
    );
    expect(german.units.numberUnit('snoozeMinutes', 1)).toBe('Minute');
  });

  it('names each thing of a list with its own article', () => {
    expect(german.settingError('listOnce', 'places')).toBe('Wähl jeden Ort nur einmal.');
    expect(german.settingError('listOnce', 'equipment')).toBe('Wähl jedes Hilfsmittel nur einmal.');
    expect(german.settingError('listOnce', 'excludedExercises')).toBe(
      'Wähl jede Übung nur einmal.',
    );
  });

  it('lists what a routine needs with "und" and the right articles', () => {
    expect(german.chooser.needsEquipment(['wall', 'doorway', 'towel'])).toBe(
      'braucht eine Wand, einen Türrahmen und ein Handtuch',
    );
    expect(german.chooser.needsPlaces(['chair', 'floor'])).toBe(
      'braucht einen Stuhl und Platz auf dem Boden',
    );
    expect(german.chooser.excluded(['Katze-Kuh'])).toBe(
      'enthält die Übung Katze-Kuh, die du auslässt',
    );
    expect(german.settingsFile.unknownKeys(['foo', 'bar'], 3)).toContain(
      '(foo, bar und 3 weitere)',
    );
  });
});

describe('the German catalogue of main is whole', () => {
  const SETTING_ERRORS = Object.keys({
    number: 1,
    onOff: 1,
    oneOf: 1,
    time: 1,
    rangeShape: 1,
    rangeEmpty: 1,
    rangesShape: 1,
    rangesMax: 1,
    rangesOverlap: 1,
    weekShape: 1,
    nightOverlap: 1,
    pickFromList: 1,
    listMax: 1,
    listOnce: 1,
    placesEmpty: 1,
    versionsList: 1,
    versionsMax: 1,
    easeUntil: 1,
    easeMax: 1,
    busySignals: 1,
    appName: 1,
    appNameLength: 1,
    appNameLetters: 1,
    appsList: 1,
    appsMax: 1,
    appsOnce: 1,
    shortcutFormat: 1,
    unreadableChange: 1,
    nothingToChange: 1,
    noSuchSetting: 1,
  } satisfies Record<SettingError, 1>) as SettingError[];

  const REASONS: BusyReason[] = [
    { signal: 'camera', apps: [] },
    { signal: 'microphone', apps: [] },
    { signal: 'do-not-disturb', how: 'focus' },
    { signal: 'do-not-disturb', how: 'notifications-off' },
    { signal: 'full-screen', how: 'full-screen' },
    { signal: 'full-screen', how: 'presenting' },
    { signal: 'full-screen', how: 'game' },
    { signal: 'front-app', app: 'Zoom' },
  ];

  /** Plausible calls of every message that is a function, by its path in the catalogue. */
  const CALLS: Record<string, unknown[][]> = {
    'units.numberUnit': [
      ['reminderIntervalMinutes', 1],
      ['maxReminders', 3],
      ['dailyBreakGoal', 1],
    ],
    'units.numberLabel': [['reminderIntervalMinutes'], ['busyLimitMinutes'], ['dailyBreakGoal']],
    'tray.sitting': [[50 * MINUTE_MS]],
    'tray.sittingAndNext': [[50 * MINUTE_MS, 5]],
    'tray.sittingAndDue': [[50 * MINUTE_MS]],
    'tray.overdue': [[80 * MINUTE_MS]],
    'tray.waiting': [['Zoom', 50 * MINUTE_MS]],
    'tray.pausedUntilToday': [[AT]],
    'tray.pausedUntilTomorrow': [[AT]],
    'tray.pausedUntilDay': [[AT, 'fri']],
    'tray.minutesTitle': [[45]],
    'tray.menu.snoozeFor': [[5], [1]],
    'notify.reminderBody': [[50 * MINUTE_MS]],
    'notify.gentleBody': [[95 * MINUTE_MS]],
    'notify.snoozeFor': [[10]],
    'notify.windowClosed': [['routine'], ['settings'], ['history']],
    'notify.shortcutTaken': [['Ctrl+Alt+B']],
    startFailed: [['/home/a/.config/Backbreak/logs/main.log']],
    'settingsFile.unreadable': [[german.fileProblem.EACCES]],
    'settingsFile.brokenKeys': [[['Arbeitszeit', 'Sprache']]],
    'settingsFile.unknownKeys': [
      [['foo'], 0],
      [['foo', 'bar'], 2],
    ],
    'settingsFile.notWritable': [[german.fileProblem.ENOSPC]],
    'settingsFile.loginItemNotFollowed': [[german.fileProblem.OTHER]],
    'settingsFile.shortcutTaken': [['Ctrl+Alt+B']],
    'settingsFile.shortcutRefused': [['Ctrl+Alt+B']],
    settingError: SETTING_ERRORS.flatMap((code) =>
      ['reminderIntervalMinutes', 'places', 'equipment', 'busyApps', ''].map((key) => [code, key]),
    ),
    'refusal.noVersion': [['easier'], ['harder']],
    'chooser.minutes': [[2.5]],
    'chooser.places': [[['chair']], [['chair', 'standing', 'floor']]],
    'chooser.longer': [[2]],
    'chooser.needsPlaces': [[['standing']], [['chair', 'floor']]],
    'chooser.needsEquipment': [[['band']], [['wall', 'towel']]],
    'chooser.excluded': [[['Katze-Kuh']], [['Katze-Kuh', 'Schulterbrücke']]],
    'busy.reason': REASONS.map((reason) => [reason]),
    'busy.reasons': [[REASONS], [REASONS.slice(2)], [[REASONS[1]]]],
  };

  /** Every text of a catalogue part, with the path it sits at, calling each function. */
  function texts(value: unknown, path: string): [string, string][] {
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') {
      const calls = CALLS[path];
      if (!calls) throw new Error(`no sample call for ${path}`);
      return calls.flatMap((args, i) =>
        texts((value as (...a: unknown[]) => unknown)(...args), `${path}#${i}`),
      );
    }
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([key, inner]) =>
        texts(inner, path ? `${path}.${key}` : key),
      );
    }
    return [];
  }

  const all = texts(deApp(createFormat('de', 'de-DE')), '');
  const inEnglish = new Map(texts(english, ''));

  /** Words that would show an English sentence was left (whole words, any case). */
  const ENGLISH =
    /\b(the|and|you|your|is|are|not|could|with|from|for|this|in use|sitting|settings?|choose|break|reminders?|window|camera|microphone|full screen|disturb|focus|accessibility|disk|only|needs)\b/i;

  it('has a sample call for every message that is a function, and each gives German', () => {
    expect(all.length).toBeGreaterThan(200);
    for (const [path, text] of all) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(ENGLISH);
      // "Min." at the end of a sentence takes no second full stop.
      expect(text, path).not.toMatch(/\.\./);
    }
  });

  it('differs from English in every message but the app’s name, its direction and keys printed alike', () => {
    const same = all
      // Alt, the arrows and Windows read the same on German keyboards.
      .filter(([path, text]) => inEnglish.get(path) === text && !path.startsWith('keys.'))
      .map(([path]) => path)
      .sort();
    expect(same).toEqual(['appName', 'dir']);
  });

  it('names system settings as macOS and Windows name them in German', () => {
    const why = german.busy.why;
    expect(why['mac-focus-hidden']).toContain('Festplattenvollzugriff');
    expect(why['mac-full-screen-hidden']).toContain('Bedienungshilfen');
    expect(german.busy.signal['do-not-disturb'].hint).toContain('Benachrichtigungsassistent');
  });
});
