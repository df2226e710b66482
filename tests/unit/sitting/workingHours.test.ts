import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWithinWorkingHours,
  nextWorkingHoursChange,
  startOfNextWorkingDay,
  type WorkingHoursSettings,
} from '../../../electron/main/core/workingHours';
import { defaultSettings, workingHoursSchema } from '../../../electron/shared/settingsSchema';
import { inTimeZone } from '../../support/timeZone';

// In Europe/Berlin DST starts 30 March 2025 (02:00 → 03:00) and ends 26 October 2025
// (03:00 → 02:00).
inTimeZone('Europe/Berlin');

const HOUR = 3600_000;
const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();
const office: WorkingHoursSettings = { workingHours: defaultSettings().workingHours };
const none: WorkingHoursSettings = {
  workingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
};
const everyDay = (...ranges: [string, string][]): WorkingHoursSettings => {
  const day = ranges.map(([start, end]) => ({ start, end }));
  return { workingHours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day } };
};
const onSunday = (...ranges: [string, string][]): WorkingHoursSettings => ({
  workingHours: { ...none.workingHours, sun: ranges.map(([start, end]) => ({ start, end })) },
});

describe('isWithinWorkingHours', () => {
  it('follows the weekday ranges, with the start inside and the end outside', () => {
    expect(isWithinWorkingHours(local(2025, 1, 6, 9, 0), office)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 1, 6, 8, 59), office)).toBe(false);
    expect(isWithinWorkingHours(local(2025, 1, 6, 17, 59), office)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 1, 6, 18, 0), office)).toBe(false);
    expect(isWithinWorkingHours(local(2025, 1, 11, 12, 0), office)).toBe(false);
  });

  it('reads local time, so the same clock time counts on both sides of a DST change', () => {
    expect(isWithinWorkingHours(local(2025, 3, 28, 9, 30), office)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 3, 31, 9, 30), office)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 3, 31, 8, 30), office)).toBe(false);
  });
});

describe('hours that run past midnight', () => {
  const nights = everyDay(['22:00', '06:00']);
  const fridayNight = {
    workingHours: { ...none.workingHours, fri: [{ start: '22:00', end: '06:00' }] },
  };
  const sundayNight = {
    workingHours: { ...none.workingHours, sun: [{ start: '22:00', end: '06:00' }] },
  };

  it('count from the start on their own day until the end on the next', () => {
    expect(isWithinWorkingHours(local(2025, 1, 6, 21, 59), nights)).toBe(false);
    expect(isWithinWorkingHours(local(2025, 1, 6, 22, 0), nights)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 1, 7, 0, 0), nights)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 1, 7, 5, 59), nights)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 1, 7, 6, 0), nights)).toBe(false);
    expect(nextWorkingHoursChange(local(2025, 1, 6, 23), nights)).toBe(local(2025, 1, 7, 6));
    expect(nextWorkingHoursChange(local(2025, 1, 7, 7), nights)).toBe(local(2025, 1, 7, 22));
  });

  it('belong to the day they start on: Friday night runs into Saturday, not Saturday night', () => {
    expect(isWithinWorkingHours(local(2025, 1, 11, 3, 0), fridayNight)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 1, 11, 23, 0), fridayNight)).toBe(false);
    expect(isWithinWorkingHours(local(2025, 1, 10, 3, 0), fridayNight)).toBe(false);
    expect(nextWorkingHoursChange(local(2025, 1, 11, 2), fridayNight)).toBe(local(2025, 1, 11, 6));
  });

  it('cross the end of the week: Sunday night runs into Monday morning', () => {
    expect(isWithinWorkingHours(local(2025, 1, 13, 4, 0), sundayNight)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 1, 14, 4, 0), sundayNight)).toBe(false);
    expect(nextWorkingHoursChange(local(2025, 1, 12, 20), sundayNight)).toBe(
      local(2025, 1, 12, 22),
    );
    expect(nextWorkingHoursChange(local(2025, 1, 12, 23), sundayNight)).toBe(local(2025, 1, 13, 6));
  });

  it('end at midnight when they end at 00:00', () => {
    const lateEvening = everyDay(['20:00', '00:00']);
    expect(isWithinWorkingHours(local(2025, 1, 6, 23, 59), lateEvening)).toBe(true);
    expect(isWithinWorkingHours(local(2025, 1, 7, 0, 0), lateEvening)).toBe(false);
    expect(nextWorkingHoursChange(local(2025, 1, 6, 21), lateEvening)).toBe(local(2025, 1, 7));
  });

  it('last an hour less on the spring-forward night and an hour more in the autumn', () => {
    // 29→30 March: 02:00 becomes 03:00, so 22:00–06:00 is 7 hours long.
    const spring = local(2025, 3, 29, 22, 30);
    expect(nextWorkingHoursChange(spring, nights)! - spring).toBe(6.5 * HOUR);
    expect(new Date(nextWorkingHoursChange(spring, nights)!).getHours()).toBe(6);
    // 25→26 October: 03:00 becomes 02:00 again, so it is 9 hours long.
    const autumn = local(2025, 10, 25, 22, 30);
    expect(nextWorkingHoursChange(autumn, nights)! - autumn).toBe(8.5 * HOUR);
    // Inside all through the repeated hour.
    expect(isWithinWorkingHours(Date.UTC(2025, 9, 26, 0, 30), nights)).toBe(true);
    expect(isWithinWorkingHours(Date.UTC(2025, 9, 26, 1, 30), nights)).toBe(true);
  });

  it('make "until the next working day" mean the next night’s start', () => {
    // Pausing at 03:00 or 10:00 after Monday night's hours: back for Tuesday night.
    expect(startOfNextWorkingDay(local(2025, 1, 7, 3), nights)).toBe(local(2025, 1, 7, 22));
    expect(startOfNextWorkingDay(local(2025, 1, 7, 10), nights)).toBe(local(2025, 1, 7, 22));
    // Pausing during Tuesday night's hours: back on Wednesday night.
    expect(startOfNextWorkingDay(local(2025, 1, 7, 23), nights)).toBe(local(2025, 1, 8, 22));
    // Friday night's hours end on Saturday; nothing until Friday again.
    const fridays = {
      workingHours: { ...none.workingHours, fri: [{ start: '22:00', end: '06:00' }] },
    };
    expect(startOfNextWorkingDay(local(2025, 1, 11, 3), fridays)).toBe(local(2025, 1, 17, 22));
  });
});

describe('nextWorkingHoursChange', () => {
  it('finds the end of the day and the start of the next working day, skipping the weekend', () => {
    expect(nextWorkingHoursChange(local(2025, 1, 6, 10), office)).toBe(local(2025, 1, 6, 18));
    expect(nextWorkingHoursChange(local(2025, 1, 6, 19), office)).toBe(local(2025, 1, 7, 9));
    expect(nextWorkingHoursChange(local(2025, 1, 10, 19), office)).toBe(local(2025, 1, 13, 9));
  });

  it('sees a lunch gap between ranges, and no change where two ranges touch', () => {
    const lunch = everyDay(['09:00', '12:00'], ['13:00', '17:00']);
    expect(nextWorkingHoursChange(local(2025, 1, 6, 10), lunch)).toBe(local(2025, 1, 6, 12));
    expect(nextWorkingHoursChange(local(2025, 1, 6, 12, 30), lunch)).toBe(local(2025, 1, 6, 13));
    const touching = everyDay(['12:00', '18:00'], ['09:00', '12:00']);
    expect(nextWorkingHoursChange(local(2025, 1, 6, 10), touching)).toBe(local(2025, 1, 6, 18));
  });

  it('is null when working hours never begin', () => {
    expect(nextWorkingHoursChange(local(2025, 1, 6, 10), none)).toBeNull();
  });

  it('counts a 23-hour day right: Saturday evening to Sunday 09:00 across spring forward', () => {
    const from = local(2025, 3, 29, 18, 30);
    const next = nextWorkingHoursChange(from, everyDay(['09:00', '18:00']));
    expect(next).toBe(local(2025, 3, 30, 9));
    expect(new Date(next!).getHours()).toBe(9);
    expect(next! - from).toBe(13.5 * HOUR);
  });

  it('counts a 25-hour day right: Saturday evening to Sunday 09:00 across fall back', () => {
    const from = local(2025, 10, 25, 18, 30);
    const next = nextWorkingHoursChange(from, everyDay(['09:00', '18:00']));
    expect(new Date(next!).getHours()).toBe(9);
    expect(next! - from).toBe(15.5 * HOUR);
  });

  it('ends a range at the spring-forward jump when its end time does not exist that night', () => {
    // 01:00–02:30 on 30 March: at 02:00 CET the clock shows 03:00 CEST, already past the end.
    const next = nextWorkingHoursChange(local(2025, 3, 30, 1, 30), onSunday(['01:00', '02:30']));
    expect(next).toBe(Date.UTC(2025, 2, 30, 1, 0));
  });

  it('sees the repeated hour of fall back: out at 02:30 CEST, in again at 02:00 CET, out at 02:30 CET', () => {
    const settings = onSunday(['01:00', '02:30']);
    const firstQuarterPast = Date.UTC(2025, 9, 26, 0, 15); // 02:15 CEST
    expect(isWithinWorkingHours(firstQuarterPast, settings)).toBe(true);
    expect(nextWorkingHoursChange(firstQuarterPast, settings)).toBe(Date.UTC(2025, 9, 26, 0, 30));
    expect(nextWorkingHoursChange(Date.UTC(2025, 9, 26, 0, 45), settings)).toBe(
      Date.UTC(2025, 9, 26, 1, 0),
    );
    expect(nextWorkingHoursChange(Date.UTC(2025, 9, 26, 1, 10), settings)).toBe(
      Date.UTC(2025, 9, 26, 1, 30),
    );
  });

  it('returns the first change: nothing changes between the time asked and the answer', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
    const hhmm = ([h, m]: [number, number]) =>
      `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    // Any week the settings accept, hours past midnight included.
    const range = fc
      .tuple(time, time)
      .filter(([a, b]) => hhmm(a) !== hhmm(b))
      .map(([a, b]) => ({ start: hhmm(a), end: hhmm(b) }));
    const day = fc.array(range, { maxLength: 2 });
    const settings = fc
      .record({
        workingHours: fc.record({
          mon: day,
          tue: day,
          wed: day,
          thu: day,
          fri: day,
          sat: day,
          sun: day,
        }),
      })
      .filter((s) => workingHoursSchema.safeParse(s.workingHours).success);
    // Times around both DST changes of 2025 and an ordinary week.
    const around = fc.constantFrom(local(2025, 3, 27), local(2025, 10, 23), local(2025, 6, 10));
    fc.assert(
      fc.property(
        settings,
        around,
        fc.integer({ min: 0, max: 6 * 24 * 60 }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 40,
          maxLength: 40,
        }),
        (s, base, minutes, samples) => {
          const from = base + minutes * 60_000;
          const inside = isWithinWorkingHours(from, s);
          const next = nextWorkingHoursChange(from, s);
          if (next === null) return;
          expect(next).toBeGreaterThan(from);
          expect(isWithinWorkingHours(next, s)).toBe(!inside);
          expect(isWithinWorkingHours(next - 1, s)).toBe(inside);
          for (const fraction of samples) {
            expect(isWithinWorkingHours(from + Math.floor(fraction * (next - from)), s)).toBe(
              inside,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('startOfNextWorkingDay', () => {
  it('is the first working start on a later calendar day, even before today’s hours begin', () => {
    expect(startOfNextWorkingDay(local(2025, 1, 6, 10), office)).toBe(local(2025, 1, 7, 9));
    expect(startOfNextWorkingDay(local(2025, 1, 6, 7), office)).toBe(local(2025, 1, 7, 9));
    expect(startOfNextWorkingDay(local(2025, 1, 10, 17), office)).toBe(local(2025, 1, 13, 9));
  });

  it('takes the earliest range of that day, in whatever order they are listed', () => {
    const split = everyDay(['13:00', '17:00'], ['07:30', '12:00']);
    expect(startOfNextWorkingDay(local(2025, 1, 6, 10), split)).toBe(local(2025, 1, 7, 7, 30));
  });

  it('falls back to the coming midnight when no day has working hours', () => {
    expect(startOfNextWorkingDay(local(2025, 1, 6, 10), none)).toBe(local(2025, 1, 7));
  });

  it('lands on local 09:00 and local midnight across both DST changes', () => {
    const spring = startOfNextWorkingDay(local(2025, 3, 29, 20), everyDay(['09:00', '18:00']));
    expect(spring - local(2025, 3, 29, 20)).toBe(12 * HOUR);
    expect(new Date(spring).getHours()).toBe(9);
    const autumnMidnight = startOfNextWorkingDay(local(2025, 10, 25, 22), none);
    expect(autumnMidnight - local(2025, 10, 25, 22)).toBe(2 * HOUR);
    const autumnMonday = startOfNextWorkingDay(local(2025, 10, 25, 22), office);
    expect(autumnMonday - local(2025, 10, 25, 22)).toBe(36 * HOUR);
  });
});

describe('in a zone with a 30-minute DST shift (Lord Howe Island)', () => {
  it('ends a range at the half-hour jump', () => {
    // 5 October 2025: 02:00 standard time becomes 02:30 daylight time.
    const zone = process.env.TZ;
    process.env.TZ = 'Australia/Lord_Howe';
    try {
      const from = new Date(2025, 9, 5, 1, 30).getTime();
      const next = nextWorkingHoursChange(from, onSunday(['01:00', '02:15']));
      expect(next! - from).toBe(30 * 60_000);
      expect(new Date(next!).getHours() * 60 + new Date(next!).getMinutes()).toBe(2 * 60 + 30);
    } finally {
      process.env.TZ = zone;
    }
  });
});
