import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reminderNotice } from '../../electron/main/core/reminderNotice';
import { trayView } from '../../electron/main/core/trayModel';
import { BUSY_SIGNALS, type BusyReason } from '../../electron/shared/busy';
import { SETTING_ERRORS } from '../../electron/shared/i18n/codes';
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
    settingError: SETTING_ERRORS.flatMap((code) => settingKeys.map((key) => [code, key])),
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
    const spanish = es.settings.busy.signal;
    const english = messagesFor('en', 'en-GB').settings.busy.signal;
    for (const signal of BUSY_SIGNALS) {
      expect(spanish[signal].label).not.toBe(english[signal].label);
    }
    expect(esWords.busy.why['mac-focus-hidden']).toContain('Acceso total al disco');
    expect(esWords.busy.why['mac-full-screen-hidden']).toContain('Accesibilidad');
    expect(spanish['do-not-disturb'].hint).toContain('Asistente de concentración');
  });
});

describe('the windows speak Spanish', () => {
  const said = (parts: readonly { text: string; stress?: true }[]) =>
    parts.map((part) => part.text).join('');

  it('gives each step its dose, with sets and "por lado"', () => {
    expect(es.routine.preview.dose('hold', 25, 1, true)).toBe('25 s por lado');
    expect(es.routine.preview.dose('reps', 10, 2, false)).toBe('2 × 10 repeticiones');
    expect(es.routine.preview.dose('reps', 8, 3, true)).toBe('3 × 8 repeticiones por lado');
    expect(es.routine.preview.dose('breaths', 1, 1, false)).toBe('1 respiración');
    expect(es.routine.preview.dose('hold', 75, 1, false)).toBe('1 min 15 s');
  });

  it('counts in the singular at 1 and in the plural at 5', () => {
    expect(es.routine.done.stepsSkipped(1)).toBe('Te saltaste 1 paso.');
    expect(es.routine.done.stepsSkipped(5)).toBe('Te saltaste 5 pasos.');
    expect(es.routine.player.ring.reps(1)).toBe('vez');
    expect(es.routine.player.ring.breaths(5)).toBe('respiros');
    expect(es.routine.preview.notNowHint(1)).toBe(
      '“Ahora no” te avisa de nuevo dentro de 1 minuto.',
    );
    expect(es.routine.preview.notNowHint(5)).toBe(
      '“Ahora no” te avisa de nuevo dentro de 5 minutos.',
    );
    expect(es.history.today.toGo(1)).toBe('Con 1 pausa más hoy, cumples el objetivo.');
    expect(es.history.today.toGo(5)).toBe('Con 5 pausas más hoy, cumples el objetivo.');
    expect(es.history.exportSaved(1, '/home/ana/historial.csv')).toBe(
      'Se guardó 1 fila en /home/ana/historial.csv',
    );
    expect(es.history.exportSaved(5, '/home/ana/historial.csv')).toBe(
      'Se guardaron 5 filas en /home/ana/historial.csv',
    );
  });

  it('announces each part of a routine as a whole sentence, with the side', () => {
    expect(es.routine.said.getReady(2, 6, 'Torsión en la silla', 'left')).toBe(
      'Paso 2 de 6: Torsión en la silla, lado izquierdo. Prepárate.',
    );
    expect(es.routine.said.begin('hold', 30)).toBe('Empieza: mantén 30 segundos.');
    expect(es.routine.said.rest(2, 3)).toBe('Descansa y luego haz la serie 2 de 3.');
    expect(es.routine.player.figure('Puente', 'right', 'Exhala y sube la cadera.')).toBe(
      'Puente, lado derecho: Exhala y sube la cadera.',
    );
    expect(es.routine.player.stepAndSet(3, 5, 1, 2)).toBe('Paso 3 de 5 · serie 1 de 2');
    expect(es.routine.done.finished('Cuello y hombros', 95_000)).toBe(
      'Terminaste “Cuello y hombros” en 1 min 35 s. El tiempo que llevas sin levantarte vuelve a cero.',
    );
  });

  it('describes the default working hours with Spanish weekdays, in lower case inside the sentence', () => {
    const hint = es.settings.hours.hint([
      { first: 'mon', last: 'fri', ranges: [{ start: '09:00', end: '17:30' }] },
      {
        first: 'sat',
        last: 'sat',
        ranges: [
          { start: '10:00', end: '12:00' },
          { start: '16:00', end: '18:00' },
        ],
      },
    ]);
    expect(hint).toMatch(
      /Predeterminado: de lunes a viernes, 9:00–17:30; sábado, 10:00–12:00 y 16:00–18:00\.$/,
    );
    expect(es.settings.hours.hint([])).toMatch(/Predeterminado: sin horario de trabajo\.$/);
    // On its own a weekday labels a row, so it starts with a capital.
    expect(WEEKDAYS.map((day) => es.settings.hours.day(day))).toEqual([
      'Lunes',
      'Martes',
      'Miércoles',
      'Jueves',
      'Viernes',
      'Sábado',
      'Domingo',
    ]);
    expect(es.settings.hours.remove('tue', 1, 2, '13:00', '18:00')).toBe(
      'Quitar la franja 2 del martes, de 13:00 a 18:00',
    );
    expect(es.settings.hours.addLabel('wed')).toBe('Añadir una franja el miércoles');
  });

  it('says the defaults and the time a waiting reminder comes anyway', () => {
    expect(es.settings.voiceGuidance.hint(false)).toBe(
      'Una voz tranquila lee cada paso. Predeterminado: desactivado.',
    );
    expect(es.settings.equipment.hint(['wall', 'band'])).toMatch(
      /Predeterminado: pared y banda elástica\.$/,
    );
    expect(
      es.settings.numberHint(10, 120, es.units.numberUnit('reminderIntervalMinutes', 120), 45),
    ).toBe('De 10 a 120 minutos · predeterminado: 45');
    expect(es.settings.busy.waitingNow('micrófono en uso', at(14, 5))).toBe(
      'Hay un aviso en espera: micrófono en uso. Llegará cuando quedes libre o, como muy tarde, a las 14:05.',
    );
    expect(es.settings.busy.waitingNow('cámara en uso', at(1, 30))).toMatch(/a la 1:30\.$/);
  });

  it('tells the streak in one sentence, stressing the days', () => {
    const streak = es.history.today.streak(5, 3);
    expect(said(streak)).toBe('Racha de 5 días con al menos 3 pausas al día.');
    expect(streak.filter((part) => part.stress).map((part) => part.text)).toEqual([
      'Racha de 5 días',
    ]);
    expect(said(es.history.today.streak(1, 1))).toBe('Racha de 1 día con al menos 1 pausa al día.');
    expect(es.history.today.noStreak(4)).toBe(
      'Aún no tienes racha: haz 4 pausas en un día para empezar una.',
    );
    expect(said(es.history.today.takenOfGoal(2, 4))).toBe('2 de 4');
  });

  it('dates the history in Spanish', () => {
    expect(es.history.recent.when(at(9, 12), 'yesterday')).toBe('Ayer, 9:12');
    expect(es.history.recent.when(at(10, 20), 'earlier')).toBe('Mié, 4 mar, 10:20');
    expect(es.history.recent.details('skipped', 65_000, 'manual')).toBe(
      'Interrumpida · 1 min 5 s · iniciada por ti',
    );
    expect(es.history.chart.bar(at(12), false, 3)).toBe('Miércoles, 4 de marzo: 3 pausas');
    expect(es.history.chart.summary({ days: 7, total: 12, best: 4, goal: 3, met: 2 })).toBe(
      'Pausas hechas cada día en los últimos 7 días: 12 pausas en total, como máximo 4 en un día. ' +
        'El objetivo de 3 pausas se cumplió en 2 de 7 días.',
    );
  });

  it('loads no English at run time: the Spanish chunk of a window stands alone', () => {
    const folder = resolve('electron/shared/i18n/es');
    for (const file of readdirSync(folder)) {
      const source = readFileSync(resolve(folder, file), 'utf8');
      const fromEnglish = [...source.matchAll(/\bimport\s+([^;]*?)\s+from\s+'\.\.\/en\/[^']+'/g)];
      for (const [line, what] of fromEnglish) expect(what, `${file}: ${line}`).toMatch(/^type /);
    }
  });
});
