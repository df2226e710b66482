import { describe, expect, it } from 'vitest';
import { RECENT_BREAK_COUNT, summarizeHistory } from '../../electron/main/core/historySummary';
import type { HistoryRecord, HistoryRecordOf } from '../../electron/shared/historySchema';
import { inTimeZone } from '../support/timeZone';

// A zone with daylight saving: 30 March 2025 has 23 hours, 26 October 2025 has 25.
inTimeZone('Europe/Berlin');

const MIN = 60_000;
const HOUR = 60 * MIN;

/** A local wall time in the test's zone; month is 1-based like a calendar. */
const local = (year: number, month: number, day: number, hour = 0, minute = 0) =>
  new Date(year, month - 1, day, hour, minute).getTime();

const stretch = (start: number, end: number, sittingMs = end - start): HistoryRecord => ({
  type: 'stretch',
  start,
  end,
  sittingMs,
  endedBy: 'idle',
});

let breakCount = 0;
const breakAt = (
  at: number,
  outcome: 'taken' | 'skipped' = 'taken',
  id = `b${++breakCount}`,
): HistoryRecordOf<'break'> => ({
  type: 'break',
  id,
  at,
  outcome,
  routineId: 'desk-reset',
  routineTitle: 'Desk reset',
  trigger: 'reminder',
  durationMs: 3 * MIN,
  plannedMs: 3 * MIN,
  exercises: ['cat-cow'],
  stepsSkipped: 0,
});

describe('summarizeHistory: days', () => {
  it('runs in a zone whose days change length', () => {
    expect(local(2025, 3, 31) - local(2025, 3, 30)).toBe(23 * HOUR);
    expect(local(2025, 10, 27) - local(2025, 10, 26)).toBe(25 * HOUR);
  });

  it('lists 30 local days ending today, and the last 7 of them', () => {
    const view = summarizeHistory([], local(2025, 6, 15, 10), 4);
    expect(view.last30).toHaveLength(30);
    expect(view.last30[0]!.date).toBe('2025-05-17');
    expect(view.today.date).toBe('2025-06-15');
    expect(view.last7.map((d) => d.date)).toEqual([
      '2025-06-09',
      '2025-06-10',
      '2025-06-11',
      '2025-06-12',
      '2025-06-13',
      '2025-06-14',
      '2025-06-15',
    ]);
    expect(view.today).toEqual({
      date: '2025-06-15',
      sittingMs: 0,
      longestStretchMs: 0,
      taken: 0,
      snoozed: 0,
      skipped: 0,
    });
    expect(view.streakDays).toBe(0);
    expect(view.unreadableLines).toBe(0);
  });

  it('neither skips the 23-hour day nor repeats the 25-hour day', () => {
    // Shortly after midnight, stepping back 24 hours would land two days back in spring...
    const spring = summarizeHistory([], local(2025, 3, 31, 0, 30), 4);
    expect(spring.last7.map((d) => d.date)).toEqual([
      '2025-03-25',
      '2025-03-26',
      '2025-03-27',
      '2025-03-28',
      '2025-03-29',
      '2025-03-30',
      '2025-03-31',
    ]);
    // ...and late in the evening it would stay on the same day in autumn.
    const autumn = summarizeHistory([], local(2025, 10, 26, 23, 30), 4);
    expect(autumn.last7.map((d) => d.date)).toEqual([
      '2025-10-20',
      '2025-10-21',
      '2025-10-22',
      '2025-10-23',
      '2025-10-24',
      '2025-10-25',
      '2025-10-26',
    ]);
    const dates = autumn.last30.map((d) => d.date);
    expect(new Set(dates).size).toBe(30);
  });
});

describe('summarizeHistory: sitting', () => {
  const now = local(2025, 6, 15, 18);

  it('adds up the stretches of each day and keeps the longest', () => {
    const view = summarizeHistory(
      [
        stretch(local(2025, 6, 15, 9), local(2025, 6, 15, 9, 30)),
        stretch(local(2025, 6, 15, 10), local(2025, 6, 15, 10, 50)),
        stretch(local(2025, 6, 14, 9), local(2025, 6, 14, 11)),
      ],
      now,
      4,
    );
    expect(view.today.sittingMs).toBe(80 * MIN);
    expect(view.today.longestStretchMs).toBe(50 * MIN);
    expect(view.last7[5]).toMatchObject({
      date: '2025-06-14',
      sittingMs: 2 * HOUR,
      longestStretchMs: 2 * HOUR,
    });
  });

  it('splits a stretch that crosses midnight between the two days', () => {
    const view = summarizeHistory(
      [stretch(local(2025, 6, 14, 23, 30), local(2025, 6, 15, 0, 30))],
      now,
      4,
    );
    expect(view.last7[5]).toMatchObject({
      date: '2025-06-14',
      sittingMs: 30 * MIN,
      longestStretchMs: 30 * MIN,
    });
    expect(view.today).toMatchObject({ sittingMs: 30 * MIN, longestStretchMs: 30 * MIN });
  });

  it('shares sitting time in proportion to the wall time when the stretch held standing time too', () => {
    // Two wall hours of which one was sat: half an hour lands on each side of midnight.
    const view = summarizeHistory(
      [stretch(local(2025, 6, 14, 23), local(2025, 6, 15, 1), HOUR)],
      now,
      4,
    );
    expect(view.last7[5]!.sittingMs).toBe(30 * MIN);
    expect(view.today.sittingMs).toBe(30 * MIN);
  });

  it('loses no millisecond when a stretch spans three days, including a 23-hour one', () => {
    const sittingMs = 12_345_679;
    const view = summarizeHistory(
      [stretch(local(2025, 3, 29, 22), local(2025, 3, 31, 2), sittingMs)],
      local(2025, 3, 31, 12),
      4,
    );
    const total = view.last30.reduce((sum, day) => sum + day.sittingMs, 0);
    expect(total).toBe(sittingMs);
    expect(view.last7.slice(-3).every((day) => day.sittingMs > 0)).toBe(true);
    // 2 of 28 wall hours on the 29th, 23 on the 30th, 2 on the 31st (the 30th lost an hour).
    const [d29, d30, d31] = view.last7.slice(-3).map((day) => day.sittingMs);
    expect(d30! / d29!).toBeCloseTo(23 / 2, 3);
    expect(d31! / d29!).toBeCloseTo(1, 3);
  });

  it('counts the stretch still going on when the app passes it in', () => {
    const view = summarizeHistory(
      [stretch(local(2025, 6, 15, 9), local(2025, 6, 15, 9, 30))],
      now,
      4,
      {
        ongoingStretch: { start: local(2025, 6, 15, 17, 20), sittingMs: 40 * MIN },
        unreadableLines: 3,
      },
    );
    expect(view.today.sittingMs).toBe(70 * MIN);
    expect(view.today.longestStretchMs).toBe(40 * MIN);
    expect(view.unreadableLines).toBe(3);
  });
});

describe('summarizeHistory: breaks', () => {
  const now = local(2025, 6, 15, 18);

  it('counts breaks taken, snoozes, and skips from both skipped reminders and skipped routines', () => {
    const view = summarizeHistory(
      [
        breakAt(local(2025, 6, 15, 10)),
        breakAt(local(2025, 6, 15, 11)),
        breakAt(local(2025, 6, 15, 12), 'skipped'),
        { type: 'skip', at: local(2025, 6, 15, 13), sittingMs: 50 * MIN },
        { type: 'snooze', at: local(2025, 6, 15, 14), minutes: 10, sittingMs: 45 * MIN },
        { type: 'snooze', at: local(2025, 6, 14, 14), minutes: 5, sittingMs: 45 * MIN },
      ],
      now,
      4,
    );
    expect(view.today).toMatchObject({ taken: 2, skipped: 2, snoozed: 1 });
    expect(view.last7[5]).toMatchObject({ taken: 0, skipped: 0, snoozed: 1 });
  });

  it('files a break by the local day it happened on', () => {
    const view = summarizeHistory(
      [breakAt(local(2025, 6, 14, 23, 59)), breakAt(local(2025, 6, 15, 0, 1))],
      now,
      4,
    );
    expect(view.last7[5]!.taken).toBe(1);
    expect(view.today.taken).toBe(1);
  });

  it('lists recent breaks newest first with their latest feeling, or null', () => {
    const first = breakAt(local(2025, 6, 15, 9), 'taken', 'first');
    const second = breakAt(local(2025, 6, 15, 11), 'skipped', 'second');
    const third = breakAt(local(2025, 6, 15, 13), 'taken', 'third');
    const view = summarizeHistory(
      [
        first,
        { type: 'feeling', at: local(2025, 6, 15, 9, 5), breakId: 'first', feeling: 'same' },
        second,
        third,
        { type: 'feeling', at: local(2025, 6, 15, 13, 5), breakId: 'third', feeling: 'worse' },
        { type: 'feeling', at: local(2025, 6, 15, 13, 6), breakId: 'third', feeling: 'better' },
      ],
      now,
      4,
    );
    expect(view.recentBreaks.map((b) => [b.id, b.feeling])).toEqual([
      ['third', 'better'],
      ['second', null],
      ['first', 'same'],
    ]);
    expect(view.recentBreaks[0]).toEqual({ ...third, feeling: 'better' });
  });

  it(`keeps only the latest ${RECENT_BREAK_COUNT} breaks`, () => {
    const records = Array.from({ length: RECENT_BREAK_COUNT + 5 }, (_, i) =>
      breakAt(local(2025, 6, 15, 8) + i * MIN, 'taken', `n${i}`),
    );
    const view = summarizeHistory(records, now, 4);
    expect(view.recentBreaks).toHaveLength(RECENT_BREAK_COUNT);
    expect(view.recentBreaks[0]!.id).toBe(`n${RECENT_BREAK_COUNT + 4}`);
  });
});

describe('summarizeHistory: streak', () => {
  const takenOn = (dates: [number, number, number, number][]) =>
    dates.flatMap(([y, m, d, count]) =>
      Array.from({ length: count }, (_, i) => breakAt(local(y, m, d, 9 + i))),
    );

  it('counts from yesterday while today has not met the goal yet', () => {
    const records = takenOn([
      [2025, 6, 12, 1],
      [2025, 6, 13, 3],
      [2025, 6, 14, 2],
      [2025, 6, 15, 1],
    ]);
    expect(summarizeHistory(records, local(2025, 6, 15, 18), 2).streakDays).toBe(2);
  });

  it('counts today once it has met the goal', () => {
    const records = takenOn([
      [2025, 6, 13, 3],
      [2025, 6, 14, 2],
      [2025, 6, 15, 2],
    ]);
    expect(summarizeHistory(records, local(2025, 6, 15, 18), 2).streakDays).toBe(3);
  });

  it('stops at a day without enough breaks and ignores skipped ones', () => {
    const records = [
      ...takenOn([
        [2025, 6, 12, 2],
        [2025, 6, 14, 2],
      ]),
      breakAt(local(2025, 6, 13, 9), 'skipped'),
      breakAt(local(2025, 6, 13, 10), 'skipped'),
    ];
    expect(summarizeHistory(records, local(2025, 6, 15, 8), 2).streakDays).toBe(1);
  });

  it('runs through both clock changes and further back than the chart', () => {
    const records: HistoryRecord[] = [];
    for (let day = 0; day < 240; day++)
      records.push(breakAt(new Date(2025, 2, 1 + day, 0, 30).getTime()));
    // One break on each day from 1 March to 26 October 2025, half an hour after local midnight;
    // nothing yet on the 27th, so the streak is the 240 days before it.
    expect(summarizeHistory(records, local(2025, 10, 27, 12), 1).streakDays).toBe(240);
  });
});
