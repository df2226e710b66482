import { describe, expect, it } from 'vitest';
import { reminderNotice } from '../../electron/main/core/reminderNotice';
import { trayView } from '../../electron/main/core/trayModel';
import { BUSY_SIGNALS, type BusyReason } from '../../electron/shared/busy';
import type { SettingError } from '../../electron/shared/i18n/codes';
import enApp from '../../electron/shared/i18n/en/app';
import esApp from '../../electron/shared/i18n/es/app';
import { createFormat } from '../../electron/shared/i18n/format';
import { messagesFor } from '../../electron/shared/i18n/messages';
import {
  EQUIPMENT,
  PLACES,
  SETTINGS_LIMITS,
  WEEKDAYS,
  type NumberSettingKey,
} from '../../electron/shared/settingsLimits';
import { MINUTE_MS } from '../../electron/shared/units';
import type { EngineStatus } from '../../electron/shared/views';
import { inTimeZone } from '../support/timeZone';

inTimeZone('Europe/Madrid');

/** Spain's habits (24-hour clock); Mexico's are checked where they differ. */
const es = messagesFor('es', 'es-ES');
const MIN = MINUTE_MS;
const at = (hour: number, minute = 0) => new Date(2026, 2, 4, hour, minute).getTime();

describe('main speaks Spanish', () => {
  it('says in the tray how long the person has sat and when the next reminder comes', () => {
    expect(es.tray.sittingAndNext(45 * MIN, 15)).toBe(
      '45 min sin levantarte · próximo aviso en 15 min',
    );
    expect(es.tray.overdue(75 * MIN + 59_000)).toBe('Pausa pendiente · 1 h 15 min sin levantarte');
    // One o'clock takes "la", every other hour "las".
    expect(es.tray.pausedUntilToday(at(14, 5))).toBe('Avisos en pausa hasta las 14:05');
    expect(es.tray.pausedUntilTomorrow(at(1))).toBe('Avisos en pausa hasta mañana a la 1:00');
    expect(es.tray.pausedUntilDay(at(9), 'mon')).toBe('Avisos en pausa hasta el lunes a las 9:00');
    expect(messagesFor('es', 'es-MX').tray.pausedUntilToday(at(13, 30))).toMatch(
      /^Avisos en pausa hasta la 1:30\sp\.\s?m\.$/,
    );
  });

  it('builds the tray from the Spanish words', () => {
    const status: EngineStatus = {
      activity: 'sitting',
      sittingMs: 50 * MIN,
      sittingSince: at(10) - 50 * MIN,
      hold: 'none',
      waiting: null,
      pausedUntil: null,
      snoozedUntil: null,
      nextReminderAt: at(10) + 10 * MIN,
      remindersSent: 0,
      withinWorkingHours: true,
      idleDetection: { state: 'ok', source: 'electron' },
    };
    const view = trayView(status, at(10), messagesFor('es'));
    expect(view.statusLine).toBe('50 min sin levantarte · próximo aviso en 10 min');
    const labels = view.menu.flatMap((item) => (item.kind === 'separator' ? [] : [item.label]));
    expect(labels).toEqual(
      expect.arrayContaining(['Empezar una rutina ahora', 'Ajustes…', 'Historial…', 'Salir']),
    );
  });

  it('reminds the person in Spanish, with the snooze length from Intl', () => {
    const notice = reminderNotice(es, { sittingMs: 45 * MIN, count: 1, manner: 'normal' }, 10);
    expect(notice).toEqual({
      title: 'Hora de una pausa para tu espalda',
      body: 'Llevas 45 min sin levantarte. Tienes una rutina guiada corta lista para cuando quieras.',
      buttons: { start: 'Empezar', snooze: 'Posponer 10 min', skip: 'Saltar esta pausa' },
    });
    const gentle = reminderNotice(es, { sittingMs: 135 * MIN, count: 1, manner: 'gentle' }, 5);
    expect(gentle.title).toBe('Cuando puedas: tu espalda necesita una pausa');
    expect(gentle.body).toContain('Llevas 2 h 15 min sin levantarte.');
  });

  it('gives a setting’s range with its unit in the plural the top of the range takes', () => {
    expect(es.settingError('number', 'maxReminders')).toBe(
      'Elige un número entero entre 1 y 10 avisos.',
    );
    expect(es.settingError('number', 'reminderIntervalMinutes')).toBe(
      'Elige un número entero entre 10 y 120 minutos.',
    );
    expect(es.settingError('number', 'chimeVolume')).toBe(
      'Elige un número entero entre 0 y 100 %.',
    );
    expect(es.units.numberUnit('snoozeMinutes', 1)).toBe('minuto');
    expect(es.units.numberUnit('dailyBreakGoal', 4)).toBe('pausas');
    expect(es.settingError('listOnce', 'places')).toBe('Elige cada lugar una sola vez.');
    expect(es.settingError('time', 'workingHours')).toBe('Escribe una hora, por ejemplo 9:00.');
  });

  it('merges camera and microphone into one busy reason, and says at most two', () => {
    const camera: BusyReason = { signal: 'camera', apps: [] };
    const microphone: BusyReason = { signal: 'microphone', apps: ['Zoom'] };
    const focus: BusyReason = { signal: 'do-not-disturb', how: 'focus' };
    const game: BusyReason = { signal: 'full-screen', how: 'game' };
    expect(es.busy.reasons([microphone, camera])).toBe('cámara y micrófono en uso');
    expect(es.busy.reasons([microphone])).toBe('micrófono en uso');
    expect(es.busy.reasons([microphone, camera, focus, game])).toBe(
      'cámara y micrófono en uso, No molestar activado',
    );
    expect(es.tray.waiting(es.busy.reasons([focus]), 62 * MIN)).toBe(
      'En espera: No molestar activado · 1 h 2 min sin levantarte',
    );
  });

  it('lists what a routine needs with "y" and the article each noun takes', () => {
    expect(es.chooser.needsEquipment(['wall', 'band'])).toBe(
      'necesita una pared y una banda elástica',
    );
    expect(es.chooser.needsEquipment(['doorway', 'towel', 'band'])).toBe(
      'necesita un marco de puerta, una toalla y una banda elástica',
    );
    expect(es.chooser.needsPlaces(['chair', 'floor'])).toBe(
      'necesita una silla y espacio en el suelo',
    );
    expect(es.settingsFile.unknownKeys(['modoNoche', 'tamaño'], 3)).toContain(
      '(modoNoche, tamaño y 3 más)',
    );
  });
});

describe('every Spanish message of main', () => {
  const esWords = esApp(createFormat('es', 'es-ES'));
  const enWords = enApp(createFormat('en', 'en-GB'));

  const numberKeys = Object.keys(SETTINGS_LIMITS) as NumberSettingKey[];
  const settingErrors = Object.keys({
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
  const settingKeys = [...numberKeys, 'places', 'equipment', 'excludedExercises', 'language'];
  const reasons: BusyReason[] = [
    { signal: 'camera', apps: [] },
    { signal: 'microphone', apps: ['Zoom'] },
    { signal: 'do-not-disturb', how: 'focus' },
    { signal: 'do-not-disturb', how: 'notifications-off' },
    { signal: 'full-screen', how: 'full-screen' },
    { signal: 'full-screen', how: 'presenting' },
    { signal: 'full-screen', how: 'game' },
    { signal: 'front-app', app: 'Keynote' },
  ];
  const why = 'el disco está lleno';

  /** Plausible arguments for each message that is a function, by its path in the catalogue. */
  const SAMPLES: Record<string, unknown[][]> = {
    'units.numberUnit': numberKeys.flatMap((key) => [
      [key, 1],
      [key, 5],
    ]),
    'units.numberLabel': numberKeys.map((key) => [key]),
    'tray.sitting': [[0], [30_000], [45 * MIN], [125 * MIN]],
    'tray.sittingAndNext': [
      [45 * MIN, 1],
      [20 * MIN, 25],
    ],
    'tray.sittingAndDue': [[45 * MIN]],
    'tray.overdue': [[61 * MIN]],
    'tray.waiting': [['cámara en uso', 50 * MIN]],
    'tray.pausedUntilToday': [[at(17)]],
    'tray.pausedUntilTomorrow': [[at(9)]],
    'tray.pausedUntilDay': WEEKDAYS.map((day) => [at(8, 30), day]),
    'tray.minutesTitle': [[1], [45], [90]],
    'tray.menu.snoozeFor': [[1], [5], [30]],
    'notify.reminderBody': [[45 * MIN]],
    'notify.gentleBody': [[135 * MIN]],
    'notify.snoozeFor': [[1], [10]],
    'notify.windowClosed': [['routine'], ['settings'], ['history']],
    'notify.shortcutTaken': [['Ctrl+Alt+B']],
    startFailed: [['/home/ana/.config/Backbreak/logs/main.log']],
    'settingsFile.unreadable': [[why]],
    'settingsFile.brokenKeys': [[['tema']], [['tema', 'idioma', 'objetivo diario']]],
    'settingsFile.unknownKeys': [
      [['modoNoche'], 0],
      [['modoNoche', 'tamaño'], 4],
    ],
    'settingsFile.notWritable': [[why]],
    'settingsFile.loginItemNotFollowed': [[why]],
    'settingsFile.shortcutTaken': [['Ctrl+Alt+B']],
    'settingsFile.shortcutRefused': [['Ctrl+Alt+B']],
    settingError: settingErrors.flatMap((code) => settingKeys.map((key) => [code, key])),
    'refusal.noVersion': [['easier'], ['harder']],
    'chooser.minutes': [[1], [2.5], [10]],
    'chooser.places': [...PLACES.map((place) => [[place]]), [['chair', 'standing']], [[...PLACES]]],
    'chooser.longer': [[1], [3]],
    'chooser.needsPlaces': [...PLACES.map((place) => [[place]]), [[...PLACES]]],
    'chooser.needsEquipment': [...EQUIPMENT.map((item) => [[item]]), [[...EQUIPMENT]]],
    'chooser.excluded': [[['Puente']], [['Puente', 'Gato–vaca']]],
    'busy.reason': reasons.map((reason) => [reason]),
    'busy.reasons': [[reasons], [reasons.slice(2)], [[reasons[1]!]], [[]]],
  };
  /** Messages (or one call of them) the same in both languages: Intl's units, names, a symbol. */
  const SAME_IN_BOTH = new Set([
    'appName',
    'dir',
    'tray.minutesTitle',
    'chooser.minutes',
    'units.numberUnit ["chimeVolume",1]',
    'units.numberUnit ["chimeVolume",5]',
  ]);
  /** Words English has and Spanish does not: one left in a sentence is an untranslated bit. */
  const ENGLISH =
    /(?<![\p{L}\d])(the|and|you|your|is|are|not|could|cannot|can|to|of|for|with|this|that|it|on|off|in|at|from|by|or|break|breaks|sitting|standing|reminders?|settings|window|minutes?|hours?|until|snooze|skip|quit|start|paused?|resume|chair|floor|wall|doorway|towel|band|camera|microphone|disturb|focus|full|screen|front|busy|file|folder|disk|choose|give|list|hrs?|mins)(?![\p{L}\d])/iu;

  /** Every message of a catalogue part, as [path, value]. */
  function entries(value: unknown, path: string): [string, unknown][] {
    if (typeof value === 'function' || typeof value !== 'object' || value === null) {
      return [[path, value]];
    }
    return Object.entries(value).flatMap(([key, inner]) =>
      entries(inner, path ? `${path}.${key}` : key),
    );
  }
  const esEntries = entries(esWords, '');
  const enByPath = new Map(entries(enWords, ''));

  /** Each message with its sample arguments: [label, Spanish, English]. */
  const said: [string, string, string][] = esEntries.flatMap(([path, value]) => {
    const english = enByPath.get(path);
    if (typeof value !== 'function') return [[path, value as string, english as string]];
    return (SAMPLES[path] ?? []).map((args): [string, string, string] => [
      `${path} ${JSON.stringify(args)}`,
      (value as (...a: unknown[]) => string)(...args),
      (english as (...a: unknown[]) => string)(...args),
    ]);
  });

  it('has sample arguments for each message that is a function, and for no other', () => {
    const functions = esEntries.filter(([, value]) => typeof value === 'function');
    expect(functions.map(([path]) => path).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect([...enByPath.keys()].sort()).toEqual(esEntries.map(([path]) => path).sort());
  });

  it('says each in Spanish: not empty, no English left, no broken values', () => {
    for (const [label, spanish, english] of said) {
      expect(typeof spanish, label).toBe('string');
      if (label === 'busy.reasons [[]]') {
        expect(spanish, label).toBe('');
        continue;
      }
      expect(spanish.trim().length, label).toBeGreaterThan(0);
      expect(spanish, label).not.toMatch(ENGLISH);
      expect(spanish, label).not.toMatch(/undefined|NaN|\[object|\$\{/);
      const path = label.split(' ')[0]!;
      // Keys printed alike on Spanish keyboards (Ctrl, Alt, the arrows) keep their names.
      if (!SAME_IN_BOTH.has(label) && !SAME_IN_BOTH.has(path) && !path.startsWith('keys.'))
        expect(spanish, label).not.toBe(english);
    }
  });

  it('names every busy signal and says why it cannot be read', () => {
    for (const signal of BUSY_SIGNALS) {
      expect(esWords.busy.signal[signal].label).not.toBe(enWords.busy.signal[signal].label);
    }
    expect(esWords.busy.why['mac-focus-hidden']).toContain('Acceso total al disco');
    expect(esWords.busy.why['mac-full-screen-hidden']).toContain('Accesibilidad');
    expect(esWords.busy.signal['do-not-disturb'].hint).toContain('Asistente de concentración');
  });
});
