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

/** What IPC answers for a patch the settings window sends: nothing, or what is wrong where. */
function problems(patch: unknown): FieldError[] {
  const result = settingsPatchSchema.safeParse(patch);
  return result.success ? [] : fieldErrorsOf(result.error.issues);
}

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
    [{ version: 9 }, '', 'Backbreak has no such setting, so nothing was changed.'],
    [{}, '', 'There was nothing to change.'],
    ['interval=30', '', 'Backbreak could not read that change.'],
  ])('refuses %j, saying what is wrong beside the field', (patch, path, message) => {
    expect(problems(patch)).toContainEqual({ path, message });
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
