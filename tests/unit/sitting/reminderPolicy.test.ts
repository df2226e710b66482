import { describe, expect, it } from 'vitest';
import {
  afterBreak,
  GRACE_MS,
  initialReminderState,
  paused,
  quietForRoutine,
  reminderDueAt,
  reminderHold,
  remindIfDue,
  resumed,
  ROUTINE_QUIET_MS,
  skipped,
  snoozed,
  withGrace,
  withoutExpiredHolds,
  type ReminderContext,
  type ReminderState,
} from '../../../electron/main/core/reminderPolicy';

const MIN = 60_000;
const settings = {
  reminderIntervalMinutes: 45,
  snoozeMinutes: 10,
  maxReminders: 3,
  remindOutsideWorkingHours: false,
};
/** Sitting since monotonic 0, inside working hours, at `now`. */
const at = (now: number, overrides: Partial<ReminderContext> = {}): ReminderContext => ({
  now,
  sittingMs: now,
  withinWorkingHours: true,
  hoursChangeAt: null,
  ...overrides,
});

/** Lets reminders fire at every given minute, returning the minutes they fired at. */
function remindersAt(minutes: number[], start: ReminderState = initialReminderState()) {
  let state = start;
  const fired: number[] = [];
  for (const minute of minutes) {
    const result = remindIfDue(state, at(minute * MIN), settings);
    state = result.state;
    if (result.reminder) fired.push(minute);
  }
  return { state, fired };
}
const everyMinute = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('reminders while sitting', () => {
  it('come at the interval, then after each snooze length, up to the limit, then go quiet', () => {
    const { state, fired } = remindersAt(everyMinute(0, 180));
    expect(fired).toEqual([45, 55, 65]);
    expect(reminderHold(state, at(180 * MIN), settings)).toBe('overdue');
    expect(reminderDueAt(state, at(180 * MIN), settings)).toBeNull();
  });

  it('number themselves and mark the last one', () => {
    let state = initialReminderState();
    const seen = [];
    for (const minute of [45, 55, 65]) {
      const result = remindIfDue(state, at(minute * MIN), settings);
      state = result.state;
      seen.push(result.reminder);
    }
    expect(seen).toEqual([
      { sittingMs: 45 * MIN, count: 1, last: false },
      { sittingMs: 55 * MIN, count: 2, last: false },
      { sittingMs: 65 * MIN, count: 3, last: true },
    ]);
  });

  it('do not come while the person is not sitting at the desk', () => {
    expect(
      reminderDueAt(initialReminderState(), at(60 * MIN, { sittingMs: null }), settings),
    ).toBeNull();
  });

  it('start over after a break, keeping a pause the person chose', () => {
    const { state } = remindersAt(everyMinute(0, 70));
    const fresh = afterBreak(paused(state, 100 * MIN));
    expect(fresh).toMatchObject({ sent: 0, baselineMs: 0, pausedUntil: 100 * MIN });
  });
});

describe('snooze and skip', () => {
  it('a snooze puts the next reminder that many minutes away and restarts the count', () => {
    const { state } = remindersAt(everyMinute(0, 65));
    const afterSnooze = snoozed(state, 66 * MIN, 30);
    expect(reminderHold(afterSnooze, at(66 * MIN), settings)).toBe('snoozed');
    expect(reminderDueAt(afterSnooze, at(66 * MIN), settings)).toBe(96 * MIN);
    const { fired } = remindersAt(everyMinute(66, 130), afterSnooze);
    expect(fired).toEqual([96, 106, 116]);
  });

  it('the latest answer wins: a snooze after a skip, or a skip after a snooze', () => {
    const { state } = remindersAt(everyMinute(0, 45));
    const snoozeAfterSkip = snoozed(skipped(state, 45 * MIN), 50 * MIN, 5);
    expect(reminderDueAt(snoozeAfterSkip, at(50 * MIN), settings)).toBe(55 * MIN);
    const skipAfterSnooze = skipped(snoozed(state, 46 * MIN, 5), 47 * MIN);
    expect(reminderDueAt(skipAfterSnooze, at(47 * MIN), settings)).toBe(92 * MIN);
  });

  it('a skip is not a break: the next reminder comes after another full interval of sitting', () => {
    const { state } = remindersAt(everyMinute(0, 45));
    const afterSkip = skipped(state, 45 * MIN);
    expect(reminderDueAt(afterSkip, at(46 * MIN), settings)).toBe(90 * MIN);
  });
});

describe('holds', () => {
  it('a pause holds reminders and gives one at its end, not the ones it held back', () => {
    const start = paused(initialReminderState(), 120 * MIN);
    expect(reminderHold(start, at(60 * MIN), settings)).toBe('paused');
    const { fired } = remindersAt(everyMinute(0, 140), start);
    expect(fired).toEqual([120, 130, 140]);
  });

  it('resume ends a pause at once', () => {
    const state = resumed(paused(initialReminderState(), 120 * MIN));
    expect(reminderDueAt(state, at(60 * MIN), settings)).toBe(60 * MIN);
  });

  it('grace delays what came due while the person was away from the screen', () => {
    const state = withGrace(initialReminderState(), 50 * MIN);
    expect(reminderDueAt(state, at(50 * MIN), settings)).toBe(50 * MIN + GRACE_MS);
  });

  it('a routine in progress holds reminders until it is done or takes too long', () => {
    const state = quietForRoutine(initialReminderState(), 50 * MIN);
    expect(reminderDueAt(state, at(50 * MIN), settings)).toBe(50 * MIN + ROUTINE_QUIET_MS);
    expect(afterBreak(state).quietUntil).toBeNull();
  });

  it('outside working hours reminders wait for the hours to begin, unless reminders are on outside them', () => {
    const outside = at(60 * MIN, { withinWorkingHours: false, hoursChangeAt: 200 * MIN });
    const state = initialReminderState();
    expect(reminderHold(state, outside, settings)).toBe('outside-hours');
    expect(reminderDueAt(state, outside, settings)).toBe(200 * MIN);
    expect(reminderDueAt(state, { ...outside, hoursChangeAt: null }, settings)).toBeNull();
    const remindAnyway = { ...settings, remindOutsideWorkingHours: true };
    expect(reminderHold(state, outside, remindAnyway)).toBe('none');
    expect(reminderDueAt(state, outside, remindAnyway)).toBe(60 * MIN);
  });

  it('never lets two reminders come within a minute, whatever the settings', () => {
    const { state } = remindersAt([45]);
    const tiny = { ...settings, snoozeMinutes: 0 };
    expect(reminderDueAt(state, at(45 * MIN), tiny)).toBe(46 * MIN);
  });

  it('forgets holds that have run out', () => {
    const state = withGrace(snoozed(paused(initialReminderState(), 10 * MIN), 0, 5), 0);
    expect(withoutExpiredHolds(state, 10 * MIN)).toMatchObject({
      pausedUntil: null,
      snoozedUntil: null,
      graceUntil: null,
    });
    expect(withoutExpiredHolds(state, 30_000)).toBe(state);
  });
});
