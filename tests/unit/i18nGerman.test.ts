import { describe, expect, it } from 'vitest';
import type { BusyReason } from '../../electron/shared/busy';
import { SETTING_ERRORS } from '../../electron/shared/i18n/codes';
import deApp from '../../electron/shared/i18n/de/app';
import de from '../../electron/shared/i18n/de/index';
import enApp from '../../electron/shared/i18n/en/app';
import en from '../../electron/shared/i18n/en/index';
import { createFormat } from '../../electron/shared/i18n/format';
import { USER_ROUTINE_LIMITS } from '../../electron/shared/userRoutineLimits';
import { MINUTE_MS, SECOND_MS } from '../../electron/shared/units';

/**
 * The German words of main and of the windows: sentences that depend on a value (durations,
 * plurals, articles, lists, weekdays, times) read as German, and no message is left in English.
 */

const german = de(createFormat('de', 'de-DE'));
const english = en(createFormat('en', 'en-GB'));
const AT = new Date(2026, 10, 30, 14, 5).getTime();

/** Words that would show an English sentence was left (whole words, any case). */
const ENGLISH =
  /\b(the|and|you|your|is|are|not|could|with|from|for|this|in use|sitting|settings?|choose|break|reminders?|window|camera|microphone|full screen|disturb|focus|accessibility|disk|only|needs)\b/i;

/**
 * Every text of a catalogue part, with the path it sits at, calling each function with its
 * sample calls by path; with `numbers`, a function of numbers alone that has none is called
 * with ones and with fives.
 */
function texts(
  value: unknown,
  path: string,
  calls: Record<string, unknown[][]>,
  numbers = false,
): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) {
    // A sentence with a stressed part: the whole it reads as.
    return [[path, value.map((part: { text: string }) => part.text).join('')]];
  }
  if (typeof value === 'function') {
    const fn = value as (...a: unknown[]) => unknown;
    const samples =
      calls[path] ?? (numbers ? [Array(fn.length).fill(1), Array(fn.length).fill(5)] : undefined);
    if (!samples) throw new Error(`no sample call for ${path}`);
    return samples.flatMap((args, i) => texts(fn(...args), `${path}#${i}`, calls, numbers));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      texts(inner, path ? `${path}.${key}` : key, calls, numbers),
    );
  }
  return [];
}

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

  const all = texts(deApp(createFormat('de', 'de-DE')), '', CALLS);
  const inEnglish = new Map(texts(enApp(createFormat('en', 'en-GB')), '', CALLS));

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
    expect(german.settings.busy.signal['do-not-disturb'].hint).toContain(
      'Benachrichtigungsassistent',
    );
  });
});

describe('German words of the routine window', () => {
  const words = german.routine;

  it('says a step’s dose in German, each side and in sets, with the numbers', () => {
    expect(words.preview.dose('reps', 10, 2, true)).toBe('2 × 10 Wiederholungen pro Seite');
    expect(words.preview.dose('hold', 25, 1, true)).toBe('25 Sek. pro Seite');
    expect(words.preview.dose('breaths', 1, 1, false)).toBe('1 Atemzug');
    expect(words.preview.dose('breaths', 5, 1, false)).toBe('5 Atemzüge');
  });

  it('counts in the singular at one and the plural at five', () => {
    expect(words.preview.notNowHint(1)).toBe('„Später“ erinnert dich in 1 Minute wieder.');
    expect(words.preview.notNowHint(5)).toBe('„Später“ erinnert dich in 5 Minuten wieder.');
    expect(words.done.stepsSkipped(1)).toBe('1 Schritt übersprungen.');
    expect(words.done.stepsSkipped(5)).toBe('5 Schritte übersprungen.');
    expect(words.player.ring.breaths(5)).toBe('Atemzüge');
  });

  it('speaks each part as a whole German sentence, seconds as a word', () => {
    expect(words.said.getReady(1, 5, 'Drehung im Sitzen', 'left')).toBe(
      'Schritt 1 von 5: Drehung im Sitzen, linke Seite. Mach dich bereit.',
    );
    expect(words.said.begin('hold', 30)).toBe('Los: 30 Sekunden halten.');
    expect(words.said.begin('hold', 1)).toBe('Los: 1 Sekunde halten.');
    expect(words.said.rest(2, 3)).toBe('Kurz ausruhen, dann Satz 2 von 3.');
    expect(words.player.stepAndSet(2, 6, 1, 2)).toBe('Schritt 2 von 6 · Satz 1 von 2');
  });

  it('sums up the break with its title and time, never ending a sentence on "Min."', () => {
    expect(words.done.finished('Schreibtisch-Pause', 185 * SECOND_MS)).toBe(
      'Du hast „Schreibtisch-Pause“ in 3 Min. 5 Sek. geschafft. Deine Sitzzeit zählt wieder von null an.',
    );
    expect(words.preview.sittingFor(45)).toBe('Du sitzt seit 45 Min. ohne Pause.');
    expect(words.worse.goingEasy(AT, ['Katze-Kuh', 'Schulterbrücke'])).toContain(
      'bis Montag, 30. November, bietet Backbreak dir diese Übungen seltener',
    );
  });

  it('says Resume and Next in different words, and the ring’s caption short', () => {
    expect([words.player.pauseButton, words.player.resume, words.player.next]).toEqual([
      'Pause',
      'Weiter',
      'Vor',
    ]);
    expect(words.player.pauseTitle).toBe('Pause oder weiter (Leertaste)');
    expect(words.player.ring.reps(8)).toBe('Wdh.');
    expect(words.player.ring.toStart).toBe('bis Start');
  });
});

describe('German words of the settings window', () => {
  const words = german.settings;

  it('describes the default working week with German weekdays and 24-hour times', () => {
    expect(
      words.hours.hint([{ first: 'mon', last: 'fri', ranges: [{ start: '09:00', end: '18:00' }] }]),
    ).toBe(
      'Erinnerungen kommen nur in diesen Zeiten. Endet ein Zeitraum vor seinem Anfang, reicht er über Mitternacht in den nächsten Tag. Standard: Montag bis Freitag 09:00–18:00.',
    );
    expect(
      words.hours.hint([
        {
          first: 'wed',
          last: 'wed',
          ranges: [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:30' },
          ],
        },
        { first: 'sat', last: 'sun', ranges: [{ start: '22:00', end: '02:00' }] },
      ]),
    ).toContain('Standard: Mittwoch 08:00–12:00 und 13:00–17:30; Samstag bis Sonntag 22:00–02:00.');
    expect(words.hours.remove('tue', 1, 2, '13:00', '17:30')).toBe(
      'Dienstag, Zeitraum 2, 13:00 bis 17:30 entfernen',
    );
    expect(words.hours.addLabel('sun')).toBe('Zeitraum am Sonntag hinzufügen');
  });

  it('keeps German nouns capitalised in a sentence, and an article in lower case', () => {
    expect(words.equipment.hint(['wall', 'towel'])).toBe(
      'Routinen, die etwas anderes brauchen, fallen weg. Standard: Wand und Handtuch.',
    );
    expect(words.places.hint([])).toBe('Standard: keine.');
    expect(words.reminderStyle.hint('notify')).toBe('Standard: eine Benachrichtigung zeigen.');
    expect(words.pickList.routineDetail(2.5, ['standing', 'floor'], true)).toBe(
      '2,5 Min. · Stehen und Boden · von dir',
    );
  });

  it('writes numbers, percentages and the folder’s limits as German does', () => {
    expect(
      words.numberHint(10, 120, german.units.numberUnit('reminderIntervalMinutes', 120), 45),
    ).toBe('10 bis 120 Minuten · Standard 45');
    expect(words.percent(60)).toBe('60\u00a0%');
    expect(words.userRoutines.limits(USER_ROUTINE_LIMITS)).toContain('1.000 Namen');
    expect(words.pickList.chosen(0)).toBe('Nichts ausgewählt.');
    expect(words.pickList.chosen(3)).toBe('3 ausgewählt.');
  });
});

describe('German words of the history window', () => {
  const words = german.history;
  const whole = (parts: readonly { text: string }[]) => parts.map((part) => part.text).join('');

  it('says the streak with its days stressed, in the singular and the plural', () => {
    const streak = words.today.streak(5, 4);
    expect(whole(streak)).toBe('5 Tage in Folge mit mindestens 4 Pausen am Tag.');
    expect(streak.filter((part) => part.stress).map((part) => part.text)).toEqual([
      '5 Tage in Folge',
    ]);
    expect(whole(words.today.streak(1, 1))).toBe('1 Tag in Folge mit mindestens 1 Pause am Tag.');
    expect(words.today.noStreak(4)).toBe(
      'Noch keine Serie: Mach 4 Pausen an einem Tag, um eine zu beginnen.',
    );
    expect(words.today.toGo(1)).toBe('Noch 1 Pause heute, dann ist dein Tagesziel erreicht.');
    expect(words.today.toGo(3)).toBe('Noch 3 Pausen heute, dann ist dein Tagesziel erreicht.');
  });

  it('sums up the chart with days in the dative', () => {
    expect(words.chart.summary({ days: 7, total: 12, best: 4, goal: 3, met: 2 })).toBe(
      'Pausen pro Tag in den letzten 7 Tagen: insgesamt 12 Pausen, höchstens 4 an einem Tag. Das Ziel von 3 Pausen wurde an 2 von 7 Tagen erreicht.',
    );
    expect(words.chart.span(30)).toBe('30 Tage');
    expect(words.chart.bar(AT, false, 1)).toBe('Montag, 30. November: 1 Pause');
  });

  it('says when a break was and how it went', () => {
    expect(words.recent.when(AT, 'today')).toBe('Heute um 14:05');
    expect(words.recent.when(AT, 'earlier')).toBe('Mo., 30. Nov. um 14:05');
    expect(words.recent.details('skipped', 185 * SECOND_MS, 'manual')).toBe(
      'Früher beendet · 3 Min. 5 Sek. · von dir gestartet',
    );
    expect(words.exportSaved(1, '/home/a/verlauf.csv')).toBe(
      '1 Zeile in /home/a/verlauf.csv gespeichert',
    );
  });
});

describe('the German catalogue of the windows is whole', () => {
  const windows = (words: typeof german) => ({
    routine: words.routine,
    settings: words.settings,
    history: words.history,
  });
  const week = [
    { first: 'mon', last: 'thu', ranges: [{ start: '08:00', end: '12:00' }] },
    { first: 'sat', last: 'sat', ranges: [{ start: '22:00', end: '06:00' }] },
  ];
  const doses = (['hold', 'reps', 'breaths'] as const).flatMap((kind) => [
    [kind, 1],
    [kind, 8],
  ]);

  /** Calls of every window message that takes more than numbers, with German content. */
  const CALLS: Record<string, unknown[][]> = {
    'routine.preview.relaxed': [[['2 Min. länger als gewünscht', 'braucht einen Stuhl']]],
    'routine.preview.dose': doses.flatMap(([kind, n]) => [
      [kind, n, 1, false],
      [kind, n, 2, true],
    ]),
    'routine.player.version.easier.label': [['Katze-Kuh auf den Unterarmen']],
    'routine.player.version.easier.title': [['Katze-Kuh auf den Unterarmen']],
    'routine.player.version.harder.label': [['Superman']],
    'routine.player.version.harder.title': [['Superman']],
    'routine.player.figure': [
      ['Drehung im Sitzen', 'left', 'Dreh dich nach links.'],
      ['Drehung im Sitzen', 'right', 'Dreh dich nach rechts.'],
    ],
    'routine.player.upNext': [['Katze-Kuh']],
    'routine.said.getReady': [
      [1, 5, 'Drehung im Sitzen', 'right'],
      [3, 5, 'Katze-Kuh', null],
    ],
    'routine.said.switchSides': [['Drehung im Sitzen', 'left']],
    'routine.said.begin': doses,
    'routine.said.readyAndCue': [['Schritt 1 von 5: Katze-Kuh.', 'Runde den Rücken.']],
    'routine.said.swapped': [
      ['easier', 'Katze-Kuh auf den Unterarmen'],
      ['harder', 'Superman'],
    ],
    'routine.done.finished': [['Schreibtisch-Pause', 90 * SECOND_MS]],
    'routine.worse.goingEasy': [[AT, ['Katze-Kuh']]],
    'settings.loadProblem': [[german.fileProblem.ENOENT]],
    'settings.numberHint': [[10, 120, 'Minuten', 45]],
    'settings.reminderStyle.hint': [['notify'], ['open-window']],
    'settings.remindOutsideWorkingHours.hint': [[true], [false]],
    'settings.places.hint': [[['chair', 'standing']], [[]]],
    'settings.equipment.hint': [[['wall', 'doorway', 'towel', 'band']], [[]]],
    'settings.voiceGuidance.hint': [[true], [false]],
    'settings.alwaysOnTop.hint': [[true], [false]],
    'settings.launchAtLogin.hint': [[true], [false]],
    'settings.theme.hint': [['system'], ['light'], ['dark']],
    'settings.pickList.noMatch': [['Drehung']],
    'settings.pickList.routineDetail': [
      [5, ['chair'], false],
      [2, ['standing', 'floor'], true],
    ],
    'settings.versions.chosen': [['Katze-Kuh', 'Katze-Kuh auf den Unterarmen']],
    'settings.versions.forgetLabel': [['Katze-Kuh']],
    'settings.easing.listed': [[[{ name: 'Katze-Kuh', until: AT }]]],
    'settings.userRoutines.limits': [[USER_ROUTINE_LIMITS]],
    'settings.userRoutines.missingTexts': [['Deutsch']],
    'settings.hours.hint': [[week], [[]]],
    'settings.hours.day': [['mon'], ['sun']],
    'settings.hours.time': [['09:00'], ['18:30']],
    'settings.hours.from': [
      ['mon', 0, 1],
      ['tue', 1, 2],
    ],
    'settings.hours.until': [
      ['mon', 0, 1],
      ['tue', 1, 2],
    ],
    'settings.hours.remove': [
      ['mon', 0, 1, '09:00', '18:00'],
      ['tue', 1, 2, '22:00', '06:00'],
    ],
    'settings.hours.addLabel': [['wed']],
    'settings.busy.waitingNow': [[german.busy.reasons([{ signal: 'microphone', apps: [] }]), AT]],
    'settings.busy.apps.removeLabel': [['Zoom']],
    'history.exportSaved': [
      [1, '/home/a/verlauf.csv'],
      [12, '/home/a/verlauf.csv'],
    ],
    'history.loadFailed': [[german.fileProblem.EACCES]],
    'history.recent.when': [
      [AT, 'today'],
      [AT, 'yesterday'],
      [AT, 'earlier'],
    ],
    'history.recent.details': [
      ['taken', 90 * SECOND_MS, 'reminder'],
      ['skipped', 30 * SECOND_MS, 'manual'],
    ],
    'history.chart.span': [[7], [30]],
    'history.chart.weekday': [['mon'], ['sun']],
    'history.chart.date': [[AT]],
    'history.chart.bar': [
      [AT, true, 1],
      [AT, false, 3],
    ],
    'history.chart.summary': [[{ days: 7, total: 12, best: 4, goal: 3, met: 2 }]],
    'history.chart.day': [
      [AT, true],
      [AT, false],
    ],
  };

  const all = texts(windows(german), '', CALLS, true);
  const inEnglish = new Map(texts(windows(english), '', CALLS, true));

  it('gives German for every message of the three windows', () => {
    expect(all.length).toBeGreaterThan(250);
    for (const [path, text] of all) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/undefined|NaN/);
      expect(text, path).not.toMatch(ENGLISH);
      expect(text, path).not.toMatch(/\.\./);
    }
  });

  it('differs from English in every message but those made of content and punctuation alone', () => {
    const same = all
      .filter(([path, text]) => inEnglish.get(path) === text)
      .map(([path]) => path)
      .sort();
    expect(same).toEqual([
      'routine.player.doneOf#0',
      'routine.player.doneOf#1',
      'routine.player.pauseButton',
      'routine.said.readyAndCue#0',
      // British English writes the time of day as German does: 09:00, 18:30.
      'settings.hours.time#0',
      'settings.hours.time#1',
      'settings.versions.chosen#0',
    ]);
  });
});
