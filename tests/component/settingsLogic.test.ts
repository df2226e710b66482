import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { CHOICE_DEFAULTS } from '../../electron/shared/settingsLimits';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import { filterItems, withMissing } from '../../renderer/src/settings/pickList';
import {
  addRange,
  dayErrors,
  daysWithHours,
  isTimeInvalid,
  newRange,
  removeRange,
  setTime,
  timeChoices,
} from '../../renderer/src/settings/workingWeek';

const en = messagesFor('en', 'en-GB').settings;
const us = messagesFor('en', 'en-US').settings;

describe('a week in a line', () => {
  it('joins days in a row that share their hours, and leaves out days without', () => {
    const week = {
      ...defaultSettings().workingHours,
      wed: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      sat: [{ start: '10:00', end: '12:00' }],
    };
    expect(daysWithHours(week).map((group) => [group.first, group.last])).toEqual([
      ['mon', 'tue'],
      ['wed', 'wed'],
      ['thu', 'fri'],
      ['sat', 'sat'],
    ]);
    expect(en.hours.hint(daysWithHours(week))).toContain(
      'Default: Monday to Tuesday 09:00–18:00; Wednesday 08:00–12:00, 13:00–17:00; Thursday to Friday 09:00–18:00; Saturday 10:00–12:00.',
    );
    const empty = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(daysWithHours(empty)).toEqual([]);
    expect(en.hours.hint([])).toContain('Default: no working hours.');
  });

  it('writes the times as the region does', () => {
    const office = daysWithHours(CHOICE_DEFAULTS.workingHours);
    expect(en.hours.hint(office)).toContain('Default: Monday to Friday 09:00–18:00.');
    // Intl may put a narrow space before AM: any space will do here.
    expect(us.hours.hint(office).replace(/\s/g, ' ')).toContain(
      'Default: Monday to Friday 9:00 AM–6:00 PM.',
    );
  });

  it('describes the real defaults', () => {
    expect(en.places.hint(CHOICE_DEFAULTS.places)).toBe('Default: chair and standing.');
    expect(en.equipment.hint(CHOICE_DEFAULTS.equipment)).toMatch(/Default: wall\.$/);
    expect(en.equipment.hint([])).toMatch(/Default: none\.$/);
    expect(en.reminderStyle.hint(CHOICE_DEFAULTS.reminderStyle)).toBe(
      'Default: show a notification.',
    );
    expect(en.theme.hint(CHOICE_DEFAULTS.theme)).toMatch(/Default: System\.$/);
    expect(en.launchAtLogin.hint(CHOICE_DEFAULTS.launchAtLogin)).toBe('Default: off.');
  });
});

describe('time lists', () => {
  it('offer every half hour, and a time between them when it is the one held', () => {
    const halves = timeChoices('09:00');
    expect(halves).toHaveLength(48);
    expect(halves.slice(0, 3)).toEqual(['00:00', '00:30', '01:00']);
    expect(halves.at(-1)).toBe('23:30');
    const between = timeChoices('23:59');
    expect(between).toHaveLength(49);
    expect(between.slice(-2)).toEqual(['23:30', '23:59']);
    expect(timeChoices('08:45').slice(17, 20)).toEqual(['08:30', '08:45', '09:00']);
  });
});

describe('working week edits', () => {
  const week = defaultSettings().workingHours;

  it('adds the office day to a free day, and the next hour after the latest range otherwise', () => {
    expect(newRange([])).toEqual({ start: '09:00', end: '18:00' });
    expect(newRange([{ start: '09:00', end: '12:00' }])).toEqual({ start: '12:00', end: '13:00' });
    expect(newRange([{ start: '20:00', end: '23:30' }])).toEqual({ start: '23:30', end: '23:59' });
    expect(newRange([{ start: '09:00', end: '' }])).toEqual({ start: '09:00', end: '18:00' });
    expect(addRange(week, 'sat').sat).toEqual([{ start: '09:00', end: '18:00' }]);
  });

  it('changes one time or removes one range without touching the others or the original', () => {
    const changed = setTime(week, 'mon', 0, 'end', '17:30');
    expect(changed.mon).toEqual([{ start: '09:00', end: '17:30' }]);
    expect(changed.tue).toEqual(week.tue);
    expect(week.mon).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(removeRange(week, 'fri', 0).fri).toEqual([]);
  });

  it('finds the messages and the boxes each one is about', () => {
    const errors = [
      { path: 'workingHours.mon.1', message: 'The end of a range must be later than its start.' },
      { path: 'workingHours.tue', message: 'Ranges on the same day must not overlap.' },
      { path: 'workingHours.wed.0.start', message: 'Use a 24-hour time such as 09:00.' },
    ];
    expect(dayErrors(errors, 'mon').map((e) => e.path)).toEqual(['workingHours.mon.1']);
    expect(dayErrors(errors, 'thu')).toEqual([]);
    expect(isTimeInvalid(errors, 'mon', 1, 'start')).toBe(true);
    expect(isTimeInvalid(errors, 'mon', 0, 'start')).toBe(false);
    expect(isTimeInvalid(errors, 'tue', 0, 'end')).toBe(true);
    expect(isTimeInvalid(errors, 'wed', 0, 'start')).toBe(true);
    expect(isTimeInvalid(errors, 'wed', 0, 'end')).toBe(false);
  });
});

describe('pick lists', () => {
  const items = [
    { id: 'cote', label: 'Côté stretch', detail: 'Standing' },
    { id: 'cat-cow', label: 'Seated cat-cow', detail: 'Chair' },
  ];

  it('filters by every word, ignoring case and accents, in the name or the detail', () => {
    expect(filterItems(items, 'cote').map((i) => i.id)).toEqual(['cote']);
    expect(filterItems(items, 'CAT chair').map((i) => i.id)).toEqual(['cat-cow']);
    expect(filterItems(items, 'cat standing')).toEqual([]);
    expect(filterItems(items, '  ')).toEqual(items);
  });

  it('keeps chosen ids the library no longer has', () => {
    expect(withMissing(items, ['cat-cow', 'gone'], 'missing').map((i) => [i.id, i.detail])).toEqual(
      [
        ['cote', 'Standing'],
        ['cat-cow', 'Chair'],
        ['gone', 'missing'],
      ],
    );
  });
});
