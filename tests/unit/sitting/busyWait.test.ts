import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/shared/settingsSchema';
import type { BusyReason } from '../../../electron/shared/busy';
import { FakeClock } from '../../support/fakeClock';
import { HOUR, MINUTE, startHarness, type EngineHarness } from '../../support/engineHarness';
import { inTimeZone } from '../../support/timeZone';

inTimeZone('Europe/Berlin');

/**
 * The sitting engine with the busy signals: a reminder that falls due during a call waits,
 * looks again every few minutes, comes at once when the call ends, and comes anyway, gently,
 * at the limit. Everything on the simulated clock; the default settings (45-minute interval,
 * 10-minute follow-ups, 3 reminders, 90-minute limit).
 */

const onCall: BusyReason = { signal: 'microphone', apps: ['Zoom'] };
const presenting: BusyReason = { signal: 'full-screen', how: 'presenting' };
const minutesOf = (times: number[]) => times.map((at) => at / MINUTE);
const readTimes = (h: EngineHarness) => minutesOf(h.busy.reads.map((read) => read.at));
const reminderTimes = (h: EngineHarness) => minutesOf(h.reminders.map((r) => r.at));

/** Sitting for 45 minutes on a call: the first reminder has just fallen due and waits. */
async function dueOnCall(settings = {}): Promise<EngineHarness> {
  const h = await startHarness({ settings });
  h.busy.busy(onCall);
  await h.advance(45 * MINUTE);
  return h;
}

describe('a reminder that falls due while the person is busy', () => {
  it('waits, while the sitting clock keeps counting, and the status says why and until when', async () => {
    const h = await dueOnCall();
    expect(h.reminders).toEqual([]);
    expect(readTimes(h)).toEqual([45]);
    const since = h.clock.now();
    await h.advance(7 * MINUTE);
    expect(h.status()).toMatchObject({
      activity: 'sitting',
      sittingMs: 52 * MINUTE,
      hold: 'waiting',
      remindersSent: 0,
      waiting: { reasons: [onCall], since, remindAnywayAt: since + 90 * MINUTE },
      nextReminderAt: since + 90 * MINUTE,
    });
    expect(h.statuses.at(-1)!.hold).toBe('waiting');
  });

  it('comes at the first look after the call ends, with how long they sat and how long it waited', async () => {
    const h = await dueOnCall();
    await h.advance(12 * MINUTE);
    h.busy.free();
    await h.advance(10 * MINUTE);
    // Looks at 45, 50, 55; the call ended at 57; the look at 60 finds them free.
    expect(readTimes(h)).toEqual([45, 50, 55, 60]);
    expect(h.reminders).toEqual([
      expect.objectContaining({
        at: 60 * MINUTE,
        sittingMs: 60 * MINUTE,
        count: 1,
        manner: 'normal',
        mayOpenWindow: true,
        waitedMs: 15 * MINUTE,
      }),
    ]);
    expect(h.status()).toMatchObject({ hold: 'none', waiting: null, remindersSent: 1 });
  });

  it('looks only on its own grid, never on the idle checks in between: at most 12 looks an hour', async () => {
    const h = await dueOnCall();
    const wakeupsBefore = h.clock.wakeups;
    await h.advance(HOUR);
    const looks = h.busy.reads.map((read) => read.at);
    expect(looks).toHaveLength(13);
    looks.slice(1).forEach((at, i) => expect(at - looks[i]!).toBe(5 * MINUTE));
    // Each look checks idle too, and the engine wakes for nothing else while it waits.
    expect(h.clock.wakeups - wakeupsBefore).toBe(12);
  });

  it('reminds anyway at the limit, gently and without a window, and the follow-up waits anew', async () => {
    const h = await dueOnCall();
    await h.advance(100 * MINUTE);
    expect(h.reminders).toEqual([
      expect.objectContaining({
        at: 135 * MINUTE,
        count: 1,
        manner: 'gentle',
        mayOpenWindow: false,
        waitedMs: 90 * MINUTE,
      }),
    ]);
    // Looks at 45, 50, … 135: nineteen over the 90 minutes, then the follow-up, due at 145,
    // starts a wait of its own.
    expect(readTimes(h).filter((at) => at <= 135)).toHaveLength(19);
    expect(readTimes(h).at(-1)).toBe(145);
    expect(h.status()).toMatchObject({
      hold: 'waiting',
      waiting: { since: h.clock.now() },
      remindersSent: 1,
    });
  });

  it('follows the limit the person set', async () => {
    const h = await dueOnCall({ busyLimitMinutes: 15 });
    await h.advance(20 * MINUTE);
    expect(reminderTimes(h)).toEqual([60]);
    expect(h.reminders[0]).toMatchObject({ manner: 'gentle', waitedMs: 15 * MINUTE });
  });

  it('goes quiet as overdue after the last reminder, and stops looking', async () => {
    const h = await dueOnCall({ maxReminders: 2 });
    await h.advance(5 * HOUR);
    expect(reminderTimes(h)).toEqual([135, 235]);
    expect(h.reminders.map((r) => r.manner)).toEqual(['gentle', 'gentle']);
    expect(h.status().hold).toBe('overdue');
    expect(readTimes(h).at(-1)).toBe(235);
  });
});

describe('a waiting reminder is dropped when it no longer applies', () => {
  it.each([
    ['a snooze', (h: EngineHarness) => h.engine.snooze(30)],
    ['a skip', (h: EngineHarness) => h.engine.skip()],
    ['a pause', (h: EngineHarness) => h.engine.pause('1h')],
    ['standing up', (h: EngineHarness) => h.engine.setStanding(true)],
    ['a routine', (h: EngineHarness) => h.engine.breakStarted()],
  ])('%s ends the wait, and the status no longer shows it', async (_what, act) => {
    const h = await dueOnCall();
    await h.advance(6 * MINUTE);
    const looks = h.busy.reads.length;
    act(h);
    expect(h.status()).toMatchObject({ waiting: null });
    expect(h.status().hold).not.toBe('waiting');
    await h.advance(14 * MINUTE);
    expect(h.busy.reads.length).toBe(looks);
    expect(h.reminders).toEqual([]);
  });

  it('a break away from the desk ends it and starts the clock over', async () => {
    const h = await dueOnCall();
    h.person.leave();
    await h.advance(10 * MINUTE);
    expect(h.status()).toMatchObject({ activity: 'away', waiting: null, hold: 'none' });
    h.person.arrive();
    h.busy.free();
    await h.advance(44 * MINUTE);
    expect(h.reminders).toEqual([]);
  });

  it('the end of working hours ends it; the next day starts fresh', async () => {
    const h = await startHarness({
      clock: new FakeClock(new Date(2025, 0, 6, 17, 0).getTime()),
      settings: { workingHours: defaultSettings().workingHours },
    });
    h.busy.busy(onCall);
    await h.advance(50 * MINUTE);
    expect(h.status().hold).toBe('waiting');
    await h.advance(15 * MINUTE);
    expect(h.status()).toMatchObject({ hold: 'outside-hours', waiting: null });
    const looks = h.busy.reads.length;
    await h.advance(2 * HOUR);
    expect(h.busy.reads.length).toBe(looks);
    expect(h.reminders).toEqual([]);
  });

  it('a snooze during a look under way throws that look away', async () => {
    const h = await startHarness();
    h.busy.busy(onCall).free();
    h.busy.hold();
    await h.advance(45 * MINUTE);
    expect(h.busy.reads).toHaveLength(1);
    h.engine.snooze(10);
    h.busy.release();
    await h.advance(MINUTE);
    expect(h.reminders).toEqual([]);
    expect(h.status().hold).toBe('snoozed');
    await h.advance(10 * MINUTE);
    expect(reminderTimes(h)).toEqual([55]);
  });

  it('a stop during a look sends nothing, and a restart looks again', async () => {
    const h = await startHarness();
    h.busy.hold();
    await h.advance(45 * MINUTE);
    h.engine.stop();
    h.busy.release();
    await h.advance(0);
    expect(h.reminders).toEqual([]);
    await h.restart(0);
    await h.advance(2 * MINUTE);
    // The restart's minute of grace, then the look that finds them free.
    expect(reminderTimes(h)).toEqual([46]);
  });
});

describe('busy settings', () => {
  it('with every signal off, nothing is read and reminders come as before', async () => {
    const h = await startHarness({
      settings: {
        busySignals: {
          camera: false,
          microphone: false,
          'do-not-disturb': false,
          'full-screen': false,
          'front-app': false,
        },
      },
    });
    h.busy.busy(onCall);
    await h.advance(HOUR);
    expect(h.busy.reads).toEqual([]);
    expect(reminderTimes(h)).toEqual([45, 55]);
    expect(h.reminders[0]).toMatchObject({ manner: 'normal', mayOpenWindow: true, waitedMs: 0 });
  });

  it('reads only the signals left on, and the front app only when an app is listed', async () => {
    const h = await startHarness({
      settings: { busySignals: { ...defaultSettings().busySignals, camera: false } },
    });
    await h.advance(45 * MINUTE);
    expect(h.busy.reads[0]!.signals).toEqual(['microphone', 'do-not-disturb', 'full-screen']);
    h.applySettings({ busyApps: ['Keynote'] });
    h.engine.snooze(1);
    await h.advance(MINUTE);
    expect(h.busy.reads[1]!.signals).toContain('front-app');
  });

  it('a listed app in front makes it wait', async () => {
    const h = await startHarness({ settings: { busyApps: ['PowerPoint'] } });
    h.busy.inFront('POWERPNT', 'Microsoft PowerPoint');
    await h.advance(50 * MINUTE);
    expect(h.status().waiting?.reasons).toEqual([{ signal: 'front-app', app: 'PowerPoint' }]);
  });

  it('turning off the signal it waits for brings the reminder at once, without another look', async () => {
    const h = await dueOnCall({
      busySignals: {
        ...defaultSettings().busySignals,
        camera: false,
        'do-not-disturb': false,
        'full-screen': false,
      },
    });
    await h.advance(2 * MINUTE);
    h.applySettings({ busySignals: { ...h.settings.busySignals, microphone: false } });
    await h.advance(0);
    expect(reminderTimes(h)).toEqual([47]);
    expect(h.reminders[0]).toMatchObject({ manner: 'normal', waitedMs: 2 * MINUTE });
    expect(h.busy.reads).toHaveLength(1);
  });

  it('another busy change while waiting looks again at once, once', async () => {
    const h = await dueOnCall();
    await h.advance(2 * MINUTE);
    h.busy.busy(presenting).free('microphone');
    h.applySettings({ busySignals: { ...h.settings.busySignals, 'full-screen': false } });
    await h.advance(0);
    expect(readTimes(h)).toEqual([45, 47]);
    expect(reminderTimes(h)).toEqual([47]);
  });

  it('a change to other settings while waiting reads nothing more', async () => {
    const h = await dueOnCall();
    await h.advance(2 * MINUTE);
    h.applySettings({ snoozeMinutes: 5 });
    await h.advance(0);
    expect(readTimes(h)).toEqual([45]);
    expect(h.status().hold).toBe('waiting');
  });

  it('a shorter limit while waiting reminds at the next look past it', async () => {
    const h = await dueOnCall();
    await h.advance(20 * MINUTE);
    h.applySettings({ busyLimitMinutes: 15 });
    await h.advance(0);
    expect(reminderTimes(h)).toEqual([65]);
    expect(h.reminders[0]).toMatchObject({ manner: 'gentle', waitedMs: 20 * MINUTE });
  });
});

describe('what it cannot read', () => {
  it('counts a signal it cannot read as not busy, so the reminder comes', async () => {
    const h = await startHarness();
    h.busy.unknown('microphone', 'linux-microphone-needs-pactl', 'missing');
    h.busy.cannot = { 'do-not-disturb': 'mac-focus-hidden' };
    await h.advance(45 * MINUTE);
    expect(reminderTimes(h)).toEqual([45]);
  });

  it('a look that fails against its promise counts as nothing known', async () => {
    const h = await startHarness();
    h.busy.read = () => Promise.reject(new Error('broken reader'));
    await h.advance(45 * MINUTE);
    expect(reminderTimes(h)).toEqual([45]);
  });
});

describe('a routine that plays', () => {
  it('is the person’s own: busy starting during it changes nothing, and nothing is read', async () => {
    const h = await startHarness();
    await h.advance(45 * MINUTE);
    const looks = h.busy.reads.length;
    h.engine.breakStarted();
    h.busy.busy(onCall, presenting);
    await h.advance(4 * MINUTE);
    expect(h.busy.reads.length).toBe(looks);
    expect(h.status().hold).not.toBe('waiting');
    h.engine.breakTaken(4 * MINUTE);
    expect(h.status()).toMatchObject({ sittingMs: 0, waiting: null, remindersSent: 0 });
  });
});
