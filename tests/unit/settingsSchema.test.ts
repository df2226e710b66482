import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  fieldErrorsOf,
  rangeMinutes,
  settingFields,
  settingsPatchSchema,
  type FieldError,
} from '../../electron/shared/settingsSchema';
import { messagesFor } from '../../electron/shared/i18n/messages';

/** What IPC answers for a patch the settings window sends: nothing, or what is wrong where. */
function problems(patch: unknown): FieldError[] {
  const result = settingsPatchSchema.safeParse(patch);
  return result.success ? [] : fieldErrorsOf(result.error.issues, messagesFor('en', 'en-GB'));
}

const SHORTCUT_FORMAT_MESSAGE = messagesFor('en', 'en-GB').settingError(
  'shortcutFormat',
  'shortcut',
);
const current = defaultSettings();
const week = (changes: Partial<typeof current.workingHours>) => ({
  workingHours: { ...current.workingHours, ...changes },
});

describe('a change from the settings window', () => {
  it('passes when every value is good', () => {
    expect(problems({ reminderIntervalMinutes: 50 })).toEqual([]);
    expect(problems({ theme: 'dark', places: ['floor'] })).toEqual([]);
  });

  it.each([
    [
      { reminderIntervalMinutes: 5 },
      'reminderIntervalMinutes',
      'Choose a whole number from 10 to 120 minutes.',
    ],
    [
      { reminderIntervalMinutes: 45.5 },
      'reminderIntervalMinutes',
      'Choose a whole number from 10 to 120 minutes.',
    ],
    [
      { reminderIntervalMinutes: '45' },
      'reminderIntervalMinutes',
      'Choose a whole number from 10 to 120 minutes.',
    ],
    [{ snoozeMinutes: 0 }, 'snoozeMinutes', 'Choose a whole number from 1 to 60 minutes.'],
    [{ snoozeMinutes: 61 }, 'snoozeMinutes', 'Choose a whole number from 1 to 60 minutes.'],
    [{ places: [] }, 'places', 'Pick at least one place where you can exercise.'],
    [{ places: ['roof'] }, 'places.0', 'Choose one of the options shown.'],
    [{ voiceGuidance: 'yes' }, 'voiceGuidance', 'Choose on or off.'],
    [{ theme: 'neon' }, 'theme', 'Choose one of the options shown.'],
    [
      week({ mon: [{ start: '09:00', end: '09:00' }] }),
      'workingHours.mon.0',
      'A range needs an end that differs from its start.',
    ],
    [
      week({ tue: [{ start: '9am', end: '17:00' }] }),
      'workingHours.tue.0.start',
      'Use a time such as 09:00.',
    ],
    [{ busyLimitMinutes: 10 }, 'busyLimitMinutes', 'Choose a whole number from 15 to 240 minutes.'],
    [{ busySignals: { camera: 'no' } }, 'busySignals.camera', 'Choose on or off.'],
    [{ busySignals: { camera: true } }, 'busySignals.microphone', 'Choose on or off.'],
    [
      { busySignals: { ...current.busySignals, radio: true } },
      'busySignals',
      'Choose on or off for each of these.',
    ],
    [{ busyApps: ['Zoom', 'zoom'] }, 'busyApps', 'List each app once.'],
    [{ busyApps: ['  '] }, 'busyApps.0', 'Give each app its name, such as Zoom.'],
    [{ busyApps: ['---'] }, 'busyApps.0', 'Give each app its name, with letters or digits.'],
    [{ busyApps: ['x'.repeat(61)] }, 'busyApps.0', 'Keep each app’s name to 60 characters.'],
    [
      { busyApps: Array.from({ length: 21 }, (_, i) => `App ${i}`) },
      'busyApps',
      'List at most 20 apps.',
    ],
    [{ busyApps: 'Zoom' }, 'busyApps', 'List the apps by name.'],
    [{ shortcut: 'B' }, 'shortcut', SHORTCUT_FORMAT_MESSAGE],
    [{ shortcut: 'Shift+B' }, 'shortcut', SHORTCUT_FORMAT_MESSAGE],
    [{ shortcut: 'Ctrl+Alt' }, 'shortcut', SHORTCUT_FORMAT_MESSAGE],
    [{ shortcut: 'Ctrl+Ctrl+B' }, 'shortcut', SHORTCUT_FORMAT_MESSAGE],
    [{ shortcut: 'Hyper+B' }, 'shortcut', SHORTCUT_FORMAT_MESSAGE],
    [{ shortcut: 7 }, 'shortcut', SHORTCUT_FORMAT_MESSAGE],
    [{ version: 9 }, '', 'Backbreak has no such setting, so nothing was changed.'],
    [{}, '', 'There was nothing to change.'],
    ['interval=30', '', 'Backbreak could not read that change.'],
  ])('refuses %j, saying what is wrong beside the field', (patch, path, message) => {
    expect(problems(patch)).toContainEqual({ path, message });
  });

  it('takes the busy settings, tidying app names and the order of a shortcut’s keys', () => {
    const parsed = settingsPatchSchema.parse({
      busySignals: { ...current.busySignals, camera: false },
      busyApps: ['  Zoom ', 'Microsoft PowerPoint'],
      busyLimitMinutes: 240,
      shortcut: 'Alt+Ctrl+B',
    });
    expect(parsed).toEqual({
      busySignals: { ...current.busySignals, camera: false },
      busyApps: ['Zoom', 'Microsoft PowerPoint'],
      busyLimitMinutes: 240,
      shortcut: 'Ctrl+Alt+B',
    });
    expect(problems({ shortcut: '' })).toEqual([]);
    expect(problems({ shortcut: 'Super+F12' })).toEqual([]);
    expect(current).toMatchObject({
      busySignals: {
        camera: true,
        microphone: true,
        'do-not-disturb': true,
        'full-screen': true,
        'front-app': true,
      },
      busyApps: [],
      busyLimitMinutes: 90,
      shortcut: '',
    });
  });

  it('refuses overlapping ranges on one day, beside that day', () => {
    expect(
      problems(
        week({
          wed: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '17:00' },
          ],
        }),
      ),
    ).toEqual([{ path: 'workingHours.wed', message: 'Ranges on the same day must not overlap.' }]);
  });

  it('accepts hours that run past midnight, as part of the day they start on', () => {
    expect(problems(week({ fri: [{ start: '22:00', end: '06:00' }] }))).toEqual([]);
    expect(rangeMinutes({ start: '22:00', end: '06:00' })).toEqual([1320, 1800]);
    // An early range the same day does not touch the night that starts later.
    expect(
      problems(
        week({
          mon: [
            { start: '01:00', end: '03:00' },
            { start: '22:00', end: '02:00' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('refuses next-day hours that overlap the night before, beside the next day', () => {
    expect(
      problems(
        week({ sun: [{ start: '22:00', end: '06:00' }], mon: [{ start: '05:00', end: '13:00' }] }),
      ),
    ).toEqual([
      {
        path: 'workingHours.mon',
        message: 'These hours overlap hours that run past midnight from the day before.',
      },
    ]);
    // Ending exactly when the next day's hours begin is fine.
    expect(
      problems(
        week({ sun: [{ start: '22:00', end: '06:00' }], mon: [{ start: '06:00', end: '13:00' }] }),
      ),
    ).toEqual([]);
  });

  it('never shows the validator’s own wording, whatever a window sends', () => {
    const keys = Object.keys(settingFields);
    const anyValue = fc.oneof(
      fc.anything(),
      fc.constantFrom(NaN, Infinity, -1, 1e9, '', '24:00', [], {}, null),
      fc.record({ start: fc.string(), end: fc.string() }),
      fc.array(fc.record({ start: fc.string(), end: fc.string() }), { maxLength: 6 }),
    );
    const patch = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), anyValue, {
      maxKeys: 4,
    });
    const zodWords = /expected|received|invalid input|too (small|big)|unrecognized|must be/i;
    fc.assert(
      fc.property(fc.oneof(patch, fc.anything()), (input) => {
        for (const error of problems(input)) {
          expect(error.message).not.toMatch(zodWords);
          expect(error.message).toMatch(/^[A-Z].*\.$/);
          expect(error.path === '' || keys.includes(error.path.split('.')[0]!)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
