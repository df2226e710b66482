import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/shared/settingsSchema';
import { FakeClock } from '../../support/fakeClock';
import { MemorySnapshotStore } from '../../support/memorySnapshotStore';
import { HOUR, MINUTE, startHarness } from '../../support/engineHarness';
import { inTimeZone } from '../../support/timeZone';

inTimeZone('Europe/Berlin');

const officeHours = defaultSettings().workingHours;
/** Reminder times in minutes since the engine started. */
const minutesOf = (times: { at: number }[]) => times.map((t) => t.at / MINUTE);

describe('the sitting clock', () => {
  it('starts at the first input after start, not when the app started', async () => {
    const h = await startHarness({ start: false });
    h.person.leave();
    await h.clock.advance(20 * MINUTE);
    await h.start();
    expect(h.status()).toMatchObject({ activity: 'away', sittingSince: null, sittingMs: 0 });
    await h.advance(10 * MINUTE);
    h.person.arrive();
    await h.advance(30 * MINUTE);
    // Back at minute 30, noticed within a minute; now minute 60.
    expect(h.status().sittingMs).toBeGreaterThanOrEqual(29 * MINUTE);
    expect(h.status().sittingMs).toBeLessThanOrEqual(30 * MINUTE);
  });

  it('ends a stretch where the person left, reports it for history, and closes the open reminder', async () => {
    const h = await startHarness();
    await h.advance(50 * MINUTE);
    expect(h.reminders).toHaveLength(1);
    h.person.leave();
    await h.advance(20 * MINUTE);
    expect(h.stretches).toEqual([
      {
        type: 'stretch',
        start: h.clock.now() - 70 * MINUTE,
        end: h.clock.now() - 20 * MINUTE,
        sittingMs: 50 * MINUTE,
        endedBy: 'idle',
      },
    ]);
    expect(h.withdrawals).toHaveLength(1);
    expect(h.status()).toMatchObject({ activity: 'away', hold: 'none', remindersSent: 0 });
  });

  it('keeps a glance at the screen out of history', async () => {
    const h = await startHarness();
    await h.advance(20 * MINUTE);
    h.person.leave();
    await h.advance(20 * MINUTE);
    h.person.arrive();
    await h.advance(MINUTE);
    h.person.leave();
    await h.advance(20 * MINUTE);
    expect(h.stretches.map((s) => s.sittingMs)).toEqual([20 * MINUTE]);
  });
});

describe('reminders', () => {
  it('come at the interval, again after each snooze length up to the limit, then overdue quietly', async () => {
    const h = await startHarness();
    await h.advance(3 * HOUR);
    expect(minutesOf(h.reminders)).toEqual([45, 55, 65]);
    expect(h.reminders.map((r) => [r.count, r.last])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(h.status()).toMatchObject({ hold: 'overdue', nextReminderAt: null, remindersSent: 3 });
  });

  it('snooze sets the next one that many minutes away and restarts the count', async () => {
    const h = await startHarness();
    await h.advance(46 * MINUTE);
    h.engine.snooze(30);
    expect(h.status()).toMatchObject({
      hold: 'snoozed',
      snoozedUntil: h.clock.now() + 30 * MINUTE,
    });
    expect(h.withdrawals).toHaveLength(1);
    await h.advance(40 * MINUTE);
    expect(minutesOf(h.reminders)).toEqual([45, 76, 86]);
    expect(h.reminders[1]!.count).toBe(1);
  });

  it('skip is not a break: the next comes after another full interval of sitting', async () => {
    const h = await startHarness();
    await h.advance(46 * MINUTE);
    h.engine.skip();
    await h.advance(50 * MINUTE);
    expect(minutesOf(h.reminders)).toEqual([45, 91]);
    expect(h.stretches).toEqual([]);
  });

  it('follow changed settings at once', async () => {
    const h = await startHarness();
    await h.advance(20 * MINUTE);
    h.applySettings({ reminderIntervalMinutes: 15 });
    await h.advance(0);
    expect(minutesOf(h.reminders)).toEqual([20]);
    h.applySettings({ maxReminders: 1 });
    await h.advance(0);
    expect(h.status().hold).toBe('overdue');
  });
});

describe('pause', () => {
  it('holds reminders, keeps counting, and gives one reminder when it ends', async () => {
    const h = await startHarness();
    await h.advance(30 * MINUTE);
    h.engine.pause('1h');
    expect(h.status()).toMatchObject({ hold: 'paused', pausedUntil: h.clock.now() + HOUR });
    await h.advance(HOUR - MINUTE);
    expect(h.reminders).toEqual([]);
    expect(h.status().sittingMs).toBe(89 * MINUTE);
    await h.advance(MINUTE);
    expect(minutesOf(h.reminders)).toEqual([90]);
    expect(h.status().hold).toBe('none');
  });

  it('still lets a break reset the clock while paused', async () => {
    const h = await startHarness();
    await h.advance(30 * MINUTE);
    h.engine.pause('30m');
    h.power.emit('lock-screen');
    await h.advance(10 * MINUTE);
    h.power.emit('unlock-screen');
    await h.advance(20 * MINUTE);
    expect(h.stretches.map((s) => s.endedBy)).toEqual(['lock']);
    expect(h.status().sittingMs).toBe(20 * MINUTE);
  });

  it('resume ends it at once with one reminder if they are over the interval', async () => {
    const h = await startHarness();
    await h.advance(30 * MINUTE);
    h.engine.pause('1h');
    await h.advance(30 * MINUTE);
    h.engine.resume();
    await h.advance(MINUTE);
    expect(minutesOf(h.reminders)).toEqual([60]);
  });

  it('until tomorrow ends at the next working day’s start: Friday evening to Monday 09:00', async () => {
    const friday = new Date(2025, 0, 10, 17, 0).getTime();
    const h = await startHarness({
      clock: new FakeClock(friday),
      settings: { workingHours: officeHours },
    });
    h.engine.pause('tomorrow');
    expect(h.status().pausedUntil).toBe(new Date(2025, 0, 13, 9, 0).getTime());
  });

  it('wakes at most twice an hour while paused', async () => {
    const h = await startHarness();
    h.engine.pause('tomorrow');
    const before = h.clock.wakeups;
    await h.advance(10 * HOUR);
    expect(h.clock.wakeups - before).toBeLessThanOrEqual(20);
  });
});

describe('standing', () => {
  it('freezes the clock and holds reminders; sitting again resumes where it was', async () => {
    const h = await startHarness();
    await h.advance(40 * MINUTE);
    h.engine.setStanding(true);
    await h.advance(HOUR);
    expect(h.status()).toMatchObject({
      activity: 'standing',
      sittingMs: 40 * MINUTE,
      nextReminderAt: null,
    });
    expect(h.reminders).toEqual([]);
    h.engine.setStanding(false);
    await h.advance(5 * MINUTE);
    expect(h.status().sittingMs).toBe(45 * MINUTE);
    expect(minutesOf(h.reminders)).toEqual([105]);
  });

  it('counts a long lock while standing as a break', async () => {
    const h = await startHarness();
    await h.advance(40 * MINUTE);
    h.engine.setStanding(true);
    h.power.emit('lock-screen');
    await h.advance(10 * MINUTE);
    h.power.emit('unlock-screen');
    h.engine.setStanding(false);
    expect(h.stretches).toEqual([
      expect.objectContaining({ sittingMs: 40 * MINUTE, endedBy: 'lock' }),
    ]);
    expect(h.status().sittingMs).toBe(0);
  });
});

describe('routines', () => {
  it('a finished routine is a break: the clock starts over, the stretch ends where it began', async () => {
    const h = await startHarness();
    await h.advance(46 * MINUTE);
    h.engine.breakStarted();
    expect(h.withdrawals).toHaveLength(1);
    await h.advance(3 * MINUTE);
    h.engine.breakTaken(3 * MINUTE);
    expect(h.stretches).toEqual([
      expect.objectContaining({ sittingMs: 46 * MINUTE, endedBy: 'routine' }),
    ]);
    expect(h.status()).toMatchObject({ activity: 'sitting', sittingMs: 0, remindersSent: 0 });
  });

  it('no follow-up reminder interrupts a routine that is playing', async () => {
    const h = await startHarness({ settings: { snoozeMinutes: 1 } });
    await h.advance(45 * MINUTE);
    h.engine.breakStarted();
    await h.advance(5 * MINUTE);
    expect(minutesOf(h.reminders)).toEqual([45]);
  });
});

describe('working hours', () => {
  const monday8 = () => new FakeClock(new Date(2025, 0, 6, 8, 0).getTime());

  it('hold reminders outside them and give one when they begin if the person is over the interval', async () => {
    const h = await startHarness({ clock: monday8(), settings: { workingHours: officeHours } });
    expect(h.status()).toMatchObject({ hold: 'outside-hours', withinWorkingHours: false });
    await h.advance(HOUR);
    expect(minutesOf(h.reminders)).toEqual([60]);
    expect(h.status()).toMatchObject({ hold: 'none', withinWorkingHours: true });
  });

  it('remind outside them when that is switched on', async () => {
    const h = await startHarness({
      clock: monday8(),
      settings: { workingHours: officeHours, remindOutsideWorkingHours: true },
    });
    await h.advance(HOUR);
    expect(minutesOf(h.reminders)).toEqual([45, 55]);
  });

  it('close an open reminder when working hours end', async () => {
    const h = await startHarness({
      clock: new FakeClock(new Date(2025, 0, 6, 17, 0).getTime()),
      settings: { workingHours: officeHours },
    });
    await h.advance(50 * MINUTE);
    expect(h.reminders).toHaveLength(1);
    await h.advance(20 * MINUTE);
    expect(h.withdrawals).toHaveLength(1);
    expect(h.status().hold).toBe('outside-hours');
  });
});

describe('lock, sleep and resume', () => {
  it('a reminder that came due during a short lock waits a minute after unlock', async () => {
    const h = await startHarness();
    await h.advance(43 * MINUTE);
    h.power.emit('lock-screen');
    await h.advance(4 * MINUTE);
    expect(h.reminders).toEqual([]);
    h.power.emit('unlock-screen');
    await h.advance(30_000);
    expect(h.reminders).toEqual([]);
    await h.advance(30_000);
    expect(minutesOf(h.reminders)).toEqual([48]);
  });

  it('counts a reported sleep of the threshold or longer as a break', async () => {
    const h = await startHarness();
    await h.advance(30 * MINUTE);
    h.power.emit('suspend');
    h.clock.sleep(HOUR);
    h.power.emit('resume');
    await h.advance(MINUTE);
    expect(h.stretches).toEqual([
      expect.objectContaining({ sittingMs: 30 * MINUTE, endedBy: 'sleep' }),
    ]);
  });

  it('detects a sleep nobody reported from a timer that fired that late', async () => {
    const h = await startHarness();
    await h.advance(30 * MINUTE);
    h.clock.sleep(2 * HOUR);
    await h.advance(5 * MINUTE);
    expect(h.stretches).toEqual([expect.objectContaining({ endedBy: 'sleep' })]);
    expect(h.stretches[0]!.sittingMs).toBeGreaterThanOrEqual(30 * MINUTE);
    expect(h.stretches[0]!.sittingMs).toBeLessThanOrEqual(35 * MINUTE);
  });

  it('stays quiet while locked and checks no more than a watchdog would', async () => {
    const h = await startHarness();
    await h.advance(10 * MINUTE);
    h.person.leave();
    h.power.emit('lock-screen');
    const before = h.clock.wakeups;
    await h.advance(3 * HOUR);
    expect(h.clock.wakeups - before).toBeLessThanOrEqual(4);
  });
});

describe('restarts', () => {
  it('continue the stretch when the app was closed for less than the threshold', async () => {
    const store = new MemorySnapshotStore();
    const h = await startHarness({ store });
    await h.advance(30 * MINUTE);
    await h.restart(2 * MINUTE);
    expect(h.status().sittingMs).toBe(32 * MINUTE);
    expect(h.stretches).toEqual([]);
  });

  it('count a longer closing as a break ended by the app being closed', async () => {
    const h = await startHarness();
    await h.advance(30 * MINUTE);
    await h.restart(HOUR);
    expect(h.stretches).toEqual([
      expect.objectContaining({ sittingMs: 30 * MINUTE, endedBy: 'app-closed' }),
    ]);
    expect(h.status().activity).toBe('sitting');
    expect(h.status().sittingMs).toBe(0);
  });

  it('keep a pause across a restart', async () => {
    const h = await startHarness();
    h.engine.pause('1h');
    await h.restart(10 * MINUTE);
    expect(h.status()).toMatchObject({ hold: 'paused', pausedUntil: h.clock.now() + 50 * MINUTE });
  });

  it('log and ignore a broken snapshot', async () => {
    const h = await startHarness({
      store: new MemorySnapshotStore({ version: 1, nonsense: true }),
    });
    expect(h.log.messages('warn')).toEqual(['Ignored a saved sitting state that is not valid.']);
    expect(h.status().activity).toBe('sitting');
  });

  it('save on meaningful changes and on stop, not on every check', async () => {
    const h = await startHarness();
    h.person.leave();
    await h.advance(10 * MINUTE);
    const whileAway = h.store.saves;
    await h.advance(HOUR);
    expect(h.store.saves).toBe(whileAway);
    h.engine.stop();
    expect(h.store.saves).toBe(whileAway + 1);
    expect(h.clock.pendingTimers()).toEqual([]);
    expect(h.power.listenerCount).toBe(0);
  });
});

describe('being cheap and quiet', () => {
  it('keeps one timer armed at a time', async () => {
    const h = await startHarness();
    for (let i = 0; i < 50; i++) {
      await h.advance(7 * MINUTE);
      expect(h.clock.pendingTimers()).toHaveLength(1);
    }
  });

  it('wakes far less than once a minute while someone sits', async () => {
    const h = await startHarness();
    h.engine.skip();
    await h.advance(8 * HOUR);
    expect(h.clock.wakeups / 8).toBeLessThanOrEqual(20);
  });

  it('tells the status only when something a person would see changes', async () => {
    const h = await startHarness();
    const before = h.statuses.length;
    await h.advance(40 * MINUTE);
    expect(h.statuses.length).toBe(before);
    await h.advance(10 * MINUTE);
    expect(h.statuses.at(-1)).toMatchObject({ remindersSent: 1 });
  });

  it('survives a listener that throws', async () => {
    const h = await startHarness();
    h.engine.onRemind(() => {
      throw new Error('notification centre on fire');
    });
    await h.advance(2 * HOUR);
    expect(h.reminders).toHaveLength(3);
    expect(h.log.messages('error')).toContain('A sitting-engine listener failed.');
  });
});
