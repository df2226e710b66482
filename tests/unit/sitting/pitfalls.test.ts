import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../support/fakeClock';
import { silent, stuckAtZero } from '../../support/fakePerson';
import { ALWAYS, HOUR, MINUTE, startHarness } from '../../support/engineHarness';
import { inTimeZone } from '../../support/timeZone';

/**
 * One scenario for each way peers go wrong: Wayland's zero idle reading, duplicate and missing
 * power events, a wall clock jumping back, and DST.
 */
inTimeZone('Europe/Berlin');

const minutesOf = (times: { at: number }[]) => times.map((t) => t.at / MINUTE);

describe('Wayland: Electron reads 0 forever', () => {
  it('turns to GNOME Mutter within a quarter of an hour and then sees breaks', async () => {
    const h = await startHarness({
      readers: (person) => [
        stuckAtZero('electron'),
        person.reader('mutter'),
        silent('xprintidle'),
        silent('loginctl'),
      ],
    });
    await h.advance(20 * MINUTE);
    expect(h.status().idleDetection).toEqual({ state: 'ok', source: 'mutter' });
    expect(h.log.messages('info')).toContain('Idle readings now come from mutter.');
    h.person.leave();
    await h.advance(15 * MINUTE);
    expect(h.stretches).toEqual([
      expect.objectContaining({ sittingMs: 20 * MINUTE, endedBy: 'idle' }),
    ]);
  });

  it('remembers across a restart that Electron was stuck', async () => {
    const h = await startHarness({
      readers: (person) => [stuckAtZero('electron'), person.reader('mutter')],
    });
    await h.advance(20 * MINUTE);
    await h.restart(MINUTE);
    expect(h.status().idleDetection).toEqual({ state: 'ok', source: 'mutter' });
  });

  it('says plainly that detection is limited when nothing else works, and counts breaks from sleep and lock', async () => {
    const h = await startHarness({
      readers: () => [
        stuckAtZero('electron'),
        silent('mutter'),
        silent('xprintidle'),
        silent('loginctl'),
      ],
    });
    await h.advance(25 * MINUTE);
    expect(h.status().idleDetection).toEqual({
      state: 'limited',
      source: null,
    });
    expect(h.log.messages('warn')).toContain(
      'No idle reader gives usable readings: counting breaks from sleep and lock only.',
    );
    h.person.leave();
    await h.advance(30 * MINUTE);
    expect(h.stretches).toEqual([]);
    h.power.emit('suspend');
    h.clock.sleep(HOUR);
    h.power.emit('resume');
    await h.advance(10 * MINUTE);
    h.power.emit('lock-screen');
    await h.advance(10 * MINUTE);
    h.power.emit('unlock-screen');
    expect(h.stretches.map((s) => [s.sittingMs / MINUTE, s.endedBy])).toEqual([
      [55, 'sleep'],
      [10, 'lock'],
    ]);
    expect(h.status()).toMatchObject({ activity: 'sitting', sittingMs: 0 });
  });
});

describe('duplicate and missing power events', () => {
  it('duplicate suspends, resumes and unlocks make one break and no burst', async () => {
    const h = await startHarness();
    await h.advance(50 * MINUTE);
    h.person.leave();
    h.power.emit('suspend');
    h.power.emit('suspend');
    h.clock.sleep(HOUR);
    h.power.emit('resume');
    h.power.emit('resume');
    h.power.emit('unlock-screen');
    h.power.emit('unlock-screen');
    h.person.arrive();
    await h.advance(30 * MINUTE);
    expect(h.stretches).toEqual([
      expect.objectContaining({ sittingMs: 50 * MINUTE, endedBy: 'sleep' }),
    ]);
    expect(minutesOf(h.reminders)).toEqual([45]);
    expect(h.status().sittingMs).toBe(30 * MINUTE);
  });

  it('duplicate locks during a short lock are no break at all', async () => {
    const h = await startHarness();
    await h.advance(20 * MINUTE);
    for (let i = 0; i < 3; i++) h.power.emit('lock-screen');
    await h.advance(3 * MINUTE);
    h.power.emit('unlock-screen');
    h.power.emit('unlock-screen');
    await h.advance(MINUTE);
    expect(h.stretches).toEqual([]);
    expect(h.status().sittingMs).toBe(24 * MINUTE);
  });

  it('a resume without a suspend after an unreported sleep: one break, the open reminder closed, no burst', async () => {
    const h = await startHarness();
    await h.advance(50 * MINUTE);
    h.person.leave();
    h.clock.sleep(2 * HOUR);
    h.person.arrive();
    h.power.emit('resume');
    await h.advance(20 * MINUTE);
    expect(h.stretches).toEqual([expect.objectContaining({ endedBy: 'sleep' })]);
    expect(h.withdrawals).toHaveLength(1);
    expect(minutesOf(h.reminders)).toEqual([45]);
  });

  it('a short unreported sleep over a due reminder gives it a minute of grace after the resume', async () => {
    const h = await startHarness();
    await h.advance(43 * MINUTE);
    h.clock.sleep(3 * MINUTE);
    h.power.emit('resume');
    const resumedAt = h.clock.monotonic();
    await h.advance(5 * MINUTE);
    expect(h.reminders).toHaveLength(1);
    expect(h.reminders[0]!.at - resumedAt).toBe(MINUTE);
    expect(h.stretches).toEqual([]);
  });

  it('a lost unlock is recovered from the next reading that shows the person working', async () => {
    const h = await startHarness();
    await h.advance(20 * MINUTE);
    h.person.leave();
    h.power.emit('lock-screen');
    await h.advance(30 * MINUTE);
    h.person.arrive();
    await h.advance(50 * MINUTE);
    expect(h.stretches).toEqual([
      expect.objectContaining({ sittingMs: 20 * MINUTE, endedBy: 'lock' }),
    ]);
    expect(h.status().activity).toBe('sitting');
    expect(h.status().sittingMs).toBeGreaterThan(0);
  });
});

describe('the wall clock jumping back by 2 hours', () => {
  it('changes nothing about sitting time or reminder timing, only the displayed start', async () => {
    const h = await startHarness();
    await h.advance(30 * MINUTE);
    const before = h.status();
    h.clock.jumpWall(-2 * HOUR);
    await h.advance(10 * MINUTE);
    const after = h.status();
    expect(after.sittingMs).toBe(40 * MINUTE);
    expect(after.sittingSince).toBe(before.sittingSince! - 2 * HOUR);
    await h.advance(60 * MINUTE);
    expect(minutesOf(h.reminders)).toEqual([45, 55, 65]);
    expect(h.stretches).toEqual([]);
  });

  it('does not count as closed time across a restart', async () => {
    const h = await startHarness();
    await h.advance(30 * MINUTE);
    h.engine.stop();
    h.clock.jumpWall(-2 * HOUR);
    await h.restart(MINUTE);
    expect(h.stretches).toEqual([]);
    // The wall clock says the app was closed for minus two hours: that counts as no time.
    expect(h.status().sittingMs).toBe(30 * MINUTE);
  });

  it('back out of working hours and forward in again gives one reminder, not a burst', async () => {
    const h = await startHarness({
      settings: { workingHours: { ...ALWAYS, mon: [{ start: '09:00', end: '18:00' }] } },
    });
    await h.advance(40 * MINUTE);
    h.clock.jumpWall(-2 * HOUR);
    await h.advance(MINUTE);
    expect(h.status().hold).toBe('outside-hours');
    await h.advance(60 * MINUTE);
    expect(h.reminders).toEqual([]);
    h.clock.jumpWall(2 * HOUR);
    await h.advance(60 * MINUTE);
    expect(h.reminders.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < h.reminders.length; i++) {
      expect(h.reminders[i]!.at - h.reminders[i - 1]!.at).toBeGreaterThanOrEqual(10 * MINUTE);
    }
  });
});

describe('DST in Europe/Berlin', () => {
  it('measures a stretch across the repeated hour of fall back by real time', async () => {
    const h = await startHarness({
      clock: new FakeClock(new Date(2025, 9, 26, 1, 30).getTime()),
      settings: { remindOutsideWorkingHours: true },
    });
    await h.advance(3 * HOUR);
    expect(new Date(h.clock.now()).getHours()).toBe(3);
    expect(h.status().sittingMs).toBe(3 * HOUR);
    expect(minutesOf(h.reminders)).toEqual([45, 55, 65]);
  });

  it('pauses until tomorrow across spring forward: 13 hours by the clock, 12 in real time', async () => {
    const every = { start: '09:00', end: '18:00' };
    const workingHours = {
      mon: [every],
      tue: [every],
      wed: [every],
      thu: [every],
      fri: [every],
      sat: [every],
      sun: [every],
    };
    const saturdayEvening = new Date(2025, 2, 29, 20, 0).getTime();
    const h = await startHarness({
      clock: new FakeClock(saturdayEvening),
      settings: { workingHours, remindOutsideWorkingHours: true },
    });
    h.engine.pause('tomorrow');
    expect(h.status().pausedUntil).toBe(new Date(2025, 2, 30, 9, 0).getTime());
    await h.advance(12 * HOUR - MINUTE);
    expect(h.reminders).toEqual([]);
    await h.advance(MINUTE);
    expect(minutesOf(h.reminders)).toEqual([12 * 60]);
    expect(new Date(h.reminders[0]!.wall).getHours()).toBe(9);
  });
});
