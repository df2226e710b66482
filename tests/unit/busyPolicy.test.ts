import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUSY_CHECK_MS,
  busyReasons,
  decideBusy,
  DEFAULT_BUSY_SETTINGS,
  listedAppInFront,
  nextBusyCheckAt,
  remindAnywayAt,
  signalsToRead,
  type BusyDecision,
  type BusySettings,
} from '../../electron/main/core/busyPolicy';
import { messagesFor } from '../../electron/shared/i18n/messages';
import type {
  BusyReadings,
  BusyReason,
  BusySignal,
  SignalAnswer,
} from '../../electron/main/core/busySignals';
import { FakeClock } from '../support/fakeClock';

/** The tray's words for why a reminder waits, in English. */
const trayWords = messagesFor('en', 'en-GB').busy.reasons;

const MIN = 60_000;
const HOUR = 60 * MIN;

const mic: SignalAnswer = { state: 'busy', reason: { signal: 'microphone', apps: ['Zoom'] } };
const camera: SignalAnswer = { state: 'busy', reason: { signal: 'camera', apps: [] } };
const presenting: SignalAnswer = {
  state: 'busy',
  reason: { signal: 'full-screen', how: 'presenting' },
};
const free: SignalAnswer = { state: 'free' };
const cannotTell: SignalAnswer = {
  state: 'unknown',
  cause: 'unsupported',
  why: 'not-on-this-system',
};

const settings = (overrides: Partial<BusySettings> = {}): BusySettings => ({
  ...DEFAULT_BUSY_SETTINGS,
  ...overrides,
  signals: { ...DEFAULT_BUSY_SETTINGS.signals, ...overrides.signals },
});

const check = (now: number, readings: BusyReadings, overrides: Partial<BusySettings> = {}) =>
  decideBusy({ now, dueSince: 0, readings, settings: settings(overrides), routinePlaying: false });

/** When the person is busy, as a function of monotonic time; what each read would return. */
type Timeline = (at: number) => BusyReadings;

interface WaitRecord {
  reads: number[];
  reminder: { at: number; decision: Extract<BusyDecision, { action: 'remind' }> } | null;
  reminders: number[];
  statuses: string[];
}

/**
 * The engine's part, in small: when a reminder falls due, read the signals and decide; while
 * the answer is "wait", arm one timer for `checkAgainAt` and do the same again. Driven by the
 * simulated clock, so a 90-minute wait takes no real time.
 */
async function waitForReminder(
  clock: FakeClock,
  dueAt: number,
  timeline: Timeline,
  busySettings: BusySettings = settings(),
  runFor = 6 * HOUR,
): Promise<WaitRecord> {
  const record: WaitRecord = { reads: [], reminder: null, reminders: [], statuses: [] };
  const checkNow = () => {
    const now = clock.monotonic();
    record.reads.push(now);
    const decision = decideBusy({
      now,
      dueSince: dueAt,
      readings: timeline(now),
      settings: busySettings,
      routinePlaying: false,
    });
    if (decision.action === 'remind') {
      record.reminder = { at: now, decision };
      record.reminders.push(now);
    } else if (decision.action === 'wait') {
      record.statuses.push(`Waiting: ${trayWords(decision.reasons)}`);
      clock.setTimeout(checkNow, decision.checkAgainAt - now);
    }
  };
  clock.setTimeout(checkNow, dueAt - clock.monotonic());
  await clock.advance(runFor);
  return record;
}

/** On a call (microphone in use) from `from` to `to`, monotonic ms. */
const callBetween =
  (from: number, to: number): Timeline =>
  (at) => ({ microphone: at >= from && at < to ? mic : free });

describe('a reminder that falls due while the person is busy', () => {
  it('comes at once when nothing is busy', () => {
    expect(check(0, { microphone: free, camera: free })).toEqual({
      action: 'remind',
      manner: 'normal',
      mayOpenWindow: true,
      waitedMs: 0,
      busyWith: [],
    });
  });

  it('waits during a call and comes at the first check after it ends, with how long it waited', async () => {
    const clock = new FakeClock();
    const record = await waitForReminder(clock, 20 * MIN, callBetween(10 * MIN, 47 * MIN));
    expect(record.reads).toEqual([20, 25, 30, 35, 40, 45, 50].map((m) => m * MIN));
    expect(record.reminder).toEqual({
      at: 50 * MIN,
      decision: {
        action: 'remind',
        manner: 'normal',
        mayOpenWindow: true,
        waitedMs: 30 * MIN,
        busyWith: [],
      },
    });
    expect(record.statuses[0]).toBe('Waiting: microphone in use');
  });

  it('reminds gently at the limit if busy lasts past it, never opening a window', async () => {
    const clock = new FakeClock();
    const record = await waitForReminder(clock, 0, callBetween(0, 5 * HOUR));
    expect(record.reminder?.at).toBe(90 * MIN);
    expect(record.reminder?.decision).toMatchObject({
      manner: 'gentle',
      mayOpenWindow: false,
      waitedMs: 90 * MIN,
      busyWith: [{ signal: 'microphone', apps: ['Zoom'] }],
    });
    // 18 five-minute steps to the limit, plus the read when the reminder fell due.
    expect(record.reads).toEqual(Array.from({ length: 19 }, (_, i) => i * BUSY_CHECK_MS));
  });

  it('keeps the limit the person set, checking on an even grid that ends on it', async () => {
    const clock = new FakeClock();
    const busy = settings({ limitMinutes: 62 });
    const record = await waitForReminder(clock, 0, callBetween(0, 5 * HOUR), busy);
    expect(record.reminder?.at).toBe(62 * MIN);
    expect(record.reads).toHaveLength(13);
    const gaps = record.reads.slice(1).map((at, i) => at - record.reads[i]!);
    expect(new Set(gaps)).toEqual(new Set([(62 * MIN) / 12]));
  });

  it('with a limit shorter than a check step, looks once more at the limit', async () => {
    const clock = new FakeClock();
    const record = await waitForReminder(
      clock,
      0,
      callBetween(0, HOUR),
      settings({ limitMinutes: 3 }),
    );
    expect(record.reads).toEqual([0, 3 * MIN]);
    expect(record.reminder?.decision.manner).toBe('gentle');
  });

  it('never takes a limit below one minute, even from a broken setting', () => {
    expect(remindAnywayAt(0, settings({ limitMinutes: 0 }))).toBe(MIN);
    expect(remindAnywayAt(0, settings({ limitMinutes: -5 }))).toBe(MIN);
    expect(remindAnywayAt(0, settings({ limitMinutes: Number.NaN }))).toBe(90 * MIN);
  });

  it('checks late after a stalled timer on the same grid, without a burst of checks', () => {
    // The timer meant for minute 10 ran at minute 13: the next check is minute 15, not 18.
    expect(nextBusyCheckAt(0, 13 * MIN, settings())).toBe(15 * MIN);
    // A timer a few ms early is on time, not a reason to check again straight away.
    expect(nextBusyCheckAt(0, 10 * MIN - 3, settings())).toBe(15 * MIN);
  });

  it('reminds gently at once when the first check is already past the limit', () => {
    expect(
      decideBusy({
        now: 2 * HOUR,
        dueSince: 0,
        readings: { microphone: mic },
        settings: settings(),
        routinePlaying: false,
      }),
    ).toMatchObject({ action: 'remind', manner: 'gentle', waitedMs: 2 * HOUR });
  });

  it('leaves a playing routine alone, whatever starts meanwhile', () => {
    expect(
      decideBusy({
        now: 10 * MIN,
        dueSince: 0,
        readings: { microphone: mic, camera, 'full-screen': presenting },
        settings: settings(),
        routinePlaying: true,
      }),
    ).toEqual({ action: 'leave-routine-be' });
  });
});

describe('what counts as busy', () => {
  it('is every signal that says busy, among those left on', () => {
    const readings = { microphone: mic, camera, 'full-screen': presenting };
    expect(busyReasons(readings, settings()).map((r) => r.signal)).toEqual([
      'camera',
      'microphone',
      'full-screen',
    ]);
    const noCalls = settings({ signals: { ...DEFAULT_BUSY_SETTINGS.signals, microphone: false } });
    expect(busyReasons(readings, noCalls).map((r) => r.signal)).toEqual(['camera', 'full-screen']);
  });

  it('never counts a signal the computer cannot read, or one missing from the read', () => {
    expect(check(0, { microphone: cannotTell, camera: cannotTell }).action).toBe('remind');
    expect(check(0, {}).action).toBe('remind');
  });

  it('reads only the signals left on, and the front app only when some app is listed', () => {
    expect(signalsToRead(settings())).toEqual([
      'camera',
      'microphone',
      'do-not-disturb',
      'full-screen',
    ]);
    expect(signalsToRead(settings({ frontApps: ['  ', ''] }))).not.toContain('front-app');
    expect(signalsToRead(settings({ frontApps: ['Zoom'] }))).toContain('front-app');
    const allOff = Object.fromEntries(
      signalsToRead(settings()).map((signal) => [signal, false]),
    ) as Record<BusySignal, boolean>;
    expect(signalsToRead(settings({ signals: allOff, frontApps: ['Zoom'] }))).toEqual([
      'front-app',
    ]);
  });

  it('counts an app the person listed when it is in front, in their own words', () => {
    const listed = settings({ frontApps: ['zoom', 'PowerPoint'] });
    const front = (...names: string[]) => ({ 'front-app': { state: 'known' as const, names } });
    expect(busyReasons(front('zoom.us'), listed)).toEqual([{ signal: 'front-app', app: 'zoom' }]);
    expect(busyReasons(front('POWERPNT', 'Microsoft PowerPoint'), listed)).toEqual([
      { signal: 'front-app', app: 'PowerPoint' },
    ]);
    expect(busyReasons(front('firefox', 'Navigator'), listed)).toEqual([]);
  });

  it('matches listed apps on whole words of any name, ignoring case, .exe and .app', () => {
    expect(listedAppInFront(['Zoom.exe'], ['zoom'])).toBe('zoom');
    expect(listedAppInFront(['Keynote.app'], ['Keynote'])).toBe('Keynote');
    expect(listedAppInFront(['ms-teams'], ['Teams'])).toBe('Teams');
    expect(listedAppInFront(['VSCodium'], ['Code'])).toBeNull();
    expect(listedAppInFront(['Microsoft Teams'], ['Microsoft Word'])).toBeNull();
    expect(listedAppInFront(['anything'], ['', '  '])).toBeNull();
  });
});

describe('the words in the tray', () => {
  const reason = (r: BusyReason) => r;
  it('say why in a few words, at most two reasons', () => {
    expect(trayWords([reason({ signal: 'microphone', apps: [] })])).toBe('microphone in use');
    expect(
      trayWords([
        reason({ signal: 'microphone', apps: [] }),
        reason({ signal: 'camera', apps: [] }),
      ]),
    ).toBe('camera and microphone in use');
    expect(
      trayWords([
        reason({ signal: 'full-screen', how: 'presenting' }),
        reason({ signal: 'do-not-disturb', how: 'focus' }),
        reason({ signal: 'front-app', app: 'Zoom' }),
      ]),
    ).toBe('presenting, Do Not Disturb is on');
    expect(trayWords([reason({ signal: 'do-not-disturb', how: 'notifications-off' })])).toBe(
      'notifications are off',
    );
    expect(trayWords([reason({ signal: 'full-screen', how: 'game' })])).toBe(
      'a game is full screen',
    );
    expect(trayWords([reason({ signal: 'full-screen', how: 'full-screen' })])).toBe(
      'an app is full screen',
    );
    expect(trayWords([reason({ signal: 'front-app', app: 'Keynote' })])).toBe(
      'Keynote is in front',
    );
  });
});

// ------------------------------------------------------------ properties

/** Random busy spells: [start, end) in minutes from the moment the reminder fell due. */
const spells = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 200 }))
    .map(([start, length]) => [start * MIN, (start + length) * MIN] as const),
  { maxLength: 5 },
);
const busySignal = fc.constantFrom<SignalAnswer>(mic, camera, presenting);
const limitMinutes = fc.integer({ min: 1, max: 240 });

function spellTimeline(busy: readonly (readonly [number, number])[], answer: SignalAnswer) {
  const isBusy = (at: number) => busy.some(([from, to]) => at >= from && at < to);
  const timeline: Timeline = (at) =>
    isBusy(at) ? { [answer.state === 'busy' ? answer.reason.signal : 'microphone']: answer } : {};
  return { isBusy, timeline };
}

describe('properties over random busy spells and limits', () => {
  it('a reminder never shows while busy unless the limit passed', async () => {
    await fc.assert(
      fc.asyncProperty(spells, busySignal, limitMinutes, async (busy, answer, limit) => {
        const { isBusy, timeline } = spellTimeline(busy, answer);
        const clock = new FakeClock();
        const record = await waitForReminder(clock, 0, timeline, settings({ limitMinutes: limit }));
        const reminder = record.reminder!;
        if (reminder.decision.manner === 'normal') {
          expect(isBusy(reminder.at)).toBe(false);
        } else {
          expect(isBusy(reminder.at)).toBe(true);
          expect(reminder.at).toBeGreaterThanOrEqual(limit * MIN - 1_000);
          expect(reminder.decision.mayOpenWindow).toBe(false);
        }
      }),
    );
  });

  it('no reminder is lost: exactly one comes, by the limit, at the first check that finds busy over', async () => {
    await fc.assert(
      fc.asyncProperty(spells, busySignal, limitMinutes, async (busy, answer, limit) => {
        const { isBusy, timeline } = spellTimeline(busy, answer);
        const clock = new FakeClock();
        const record = await waitForReminder(clock, 0, timeline, settings({ limitMinutes: limit }));
        expect(record.reminders).toHaveLength(1);
        expect(record.reminder!.at).toBeLessThanOrEqual(limit * MIN);
        expect(clock.pendingTimers()).toEqual([]);
        const before = record.reads.filter((at) => at < record.reminder!.at);
        expect(before.every(isBusy)).toBe(true);
      }),
    );
  });

  it('checks at most 12 times in any hour of waiting', async () => {
    await fc.assert(
      fc.asyncProperty(limitMinutes, async (limit) => {
        const clock = new FakeClock();
        const record = await waitForReminder(
          clock,
          0,
          callBetween(0, 10 * HOUR),
          settings({ limitMinutes: limit }),
        );
        for (const start of record.reads) {
          expect(
            record.reads.filter((at) => at >= start && at < start + HOUR).length,
          ).toBeLessThanOrEqual(12);
        }
      }),
    );
  });

  it('a signal that cannot be read never holds a reminder back', () => {
    fc.assert(
      fc.property(
        fc.subarray(['camera', 'microphone', 'do-not-disturb', 'full-screen'] as const),
        fc.integer({ min: 0, max: 10 * HOUR }),
        (unknown, now) => {
          const readings = Object.fromEntries(unknown.map((signal) => [signal, cannotTell]));
          expect(check(now, readings).action).toBe('remind');
        },
      ),
    );
  });
});
