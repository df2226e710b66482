import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import { filterItems, withMissing } from '../../renderer/src/settings/pickList';
import { DEFAULT_WORDS, describeWeek, listWords } from '../../renderer/src/settings/settingsWords';
import {
  addRange,
  dayErrors,
  isTimeInvalid,
  newRange,
  removeRange,
  setTime,
} from '../../renderer/src/settings/workingWeek';

describe('describeWeek', () => {
  it('joins days in a row that share their hours', () => {
    expect(describeWeek(defaultSettings().workingHours)).toBe('Monday to Friday 09:00–18:00');
    const week = {
      ...defaultSettings().workingHours,
      wed: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      sat: [{ start: '10:00', end: '12:00' }],
    };
    expect(describeWeek(week)).toBe(
      'Monday to Tuesday 09:00–18:00; Wednesday 08:00–12:00, 13:00–17:00; Thursday to Friday 09:00–18:00; Saturday 10:00–12:00',
    );
    expect(describeWeek({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] })).toBe(
      'no working hours',
    );
  });

  it('describes the real defaults', () => {
    expect(DEFAULT_WORDS).toMatchObject({
      places: 'chair and standing',
      equipment: 'wall',
      reminderStyle: 'show a notification',
      theme: 'System',
      launchAtLogin: 'off',
    });
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listWords([])).toBe('none');
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
