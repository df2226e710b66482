import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextTrayChangeAt,
  reminderIsOut,
  trayView as trayViewIn,
  type TrayAction,
  type TrayMenuItem,
} from '../../electron/main/core/trayModel';
import { messagesFor } from '../../electron/shared/i18n/messages';
import type { EngineStatus } from '../../electron/shared/views';
import { inTimeZone } from '../support/timeZone';

inTimeZone('Europe/Berlin');

const en = messagesFor('en', 'en-GB');
const trayView = (status: EngineStatus, at: number) => trayViewIn(status, at, en);
const MIN = 60_000;
const local = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime();

/** Someone who has sat 32½ minutes of a 45-minute interval, at 10:00 on a Wednesday. */
const now = () => local(2025, 6, 11, 10);

function status(overrides: Partial<EngineStatus> = {}): EngineStatus {
  const at = now();
  return {
    activity: 'sitting',
    sittingMs: 32 * MIN + 30_000,
    sittingSince: at - 32 * MIN - 30_000,
    hold: 'none',
    waiting: null,
    pausedUntil: null,
    snoozedUntil: null,
    nextReminderAt: at + 12 * MIN + 30_000,
    remindersSent: 0,
    withinWorkingHours: true,
    idleDetection: { state: 'ok', source: 'electron' },
    ...overrides,
  };
}

const limited = { state: 'limited', source: null } as const;

const labels = (menu: TrayMenuItem[]) =>
  menu.map((item) =>
    item.kind === 'separator'
      ? '---'
      : item.kind === 'submenu'
        ? `${item.label} ▸ ${item.items.map((choice) => choice.label).join(' / ')}`
        : item.label,
  );

const actions = (menu: TrayMenuItem[]): TrayAction[] =>
  menu.flatMap((item) =>
    item.kind === 'action'
      ? [item.action]
      : item.kind === 'submenu'
        ? item.items.map((choice) => choice.action)
        : [],
  );

describe('trayView while sitting', () => {
  it('says how long and when the next reminder comes, and fills the ring that far', () => {
    const view = trayView(status(), now());
    expect(view.statusLine).toBe('Sitting 32 mins · next reminder in 13 mins');
    expect(view.icon).toEqual({ look: 'normal', minutes: 32, progress: 32 / 45 });
    expect(view.title).toBe('32m');
    expect(view.tooltip).toBe('Backbreak\nSitting 32 mins · next reminder in 13 mins');
    expect(labels(view.menu)).toEqual([
      'Sitting 32 mins · next reminder in 13 mins',
      '---',
      'Start a routine now',
      'Pause ▸ 30 minutes / 1 hour / Until the next working day',
      'I’m standing',
      '---',
      'Settings…',
      'History…',
      '---',
      'Quit',
    ]);
    expect(view.menu[0]).toEqual({ kind: 'status', label: view.statusLine });
    expect(actions(view.menu)).toEqual([
      'start',
      'pause-30m',
      'pause-1h',
      'pause-tomorrow',
      'standing',
      'settings',
      'history',
      'quit',
    ]);
  });

  it('writes long stretches in hours and minutes', () => {
    const view = trayView(status({ sittingMs: 65 * MIN, nextReminderAt: now() + 55 * MIN }), now());
    expect(view.statusLine).toBe('Sitting 1 hr 5 mins · next reminder in 55 mins');
  });

  it('offers Snooze once a reminder is out, snoozed, or due', () => {
    const snoozeOf = (s: EngineStatus) =>
      labels(trayView(s, now()).menu).find((l) => l.startsWith('Snooze'));
    expect(snoozeOf(status())).toBeUndefined();
    expect(snoozeOf(status({ remindersSent: 1 }))).toBe(
      'Snooze ▸ 5 minutes / 10 minutes / 30 minutes',
    );
    expect(
      snoozeOf(
        status({ hold: 'snoozed', snoozedUntil: now() + 5 * MIN, nextReminderAt: now() + 5 * MIN }),
      ),
    ).toBeDefined();
    expect(snoozeOf(status({ nextReminderAt: now() }))).toBeDefined();
    const due = trayView(status({ sittingMs: 45 * MIN, nextReminderAt: now() }), now());
    expect(due.statusLine).toBe('Sitting 45 mins · time for a break');
    expect(due.icon.progress).toBe(1);
    expect(actions(due.menu)).toEqual(
      expect.arrayContaining(['snooze-5', 'snooze-10', 'snooze-30']),
    );
  });

  it('offers Skip this break beside Snooze, and neither when nothing is out', () => {
    expect(actions(trayView(status(), now()).menu)).not.toContain('skip');
    expect(labels(trayView(status({ remindersSent: 1 }), now()).menu).slice(2, 5)).toEqual([
      'Start a routine now',
      'Snooze ▸ 5 minutes / 10 minutes / 30 minutes',
      'Skip this break',
    ]);
    expect(
      actions(trayView(status({ hold: 'paused', remindersSent: 1 }), now()).menu),
    ).not.toContain('skip');
  });

  it('says what a waiting reminder waits for, keeps counting, and offers Skip and Snooze', () => {
    const waiting = status({
      sittingMs: 52 * MIN + 20_000,
      hold: 'waiting',
      waiting: {
        reasons: [{ signal: 'microphone', apps: ['Zoom'] }],
        since: now() - 7 * MIN,
        remindAnywayAt: now() + 83 * MIN,
      },
      nextReminderAt: now() + 83 * MIN,
    });
    const view = trayView(waiting, now());
    expect(view.statusLine).toBe('Waiting: microphone in use · sitting 52 mins');
    expect(view.icon).toEqual({ look: 'waiting', minutes: 52, progress: 1 });
    expect(view.title).toBe('52m');
    expect(view.tooltip).toBe('Backbreak\nWaiting: microphone in use · sitting 52 mins');
    expect(actions(view.menu)).toEqual(expect.arrayContaining(['skip', 'snooze-10', 'start']));
    // The minutes tick on; the moment it comes anyway is no countdown.
    expect(nextTrayChangeAt(waiting, now())).toBe(now() + 40_000);
    const both = trayView(
      {
        ...waiting,
        waiting: {
          ...waiting.waiting!,
          reasons: [
            { signal: 'camera', apps: [] },
            { signal: 'microphone', apps: [] },
            { signal: 'full-screen', how: 'presenting' },
          ],
        },
      },
      now(),
    );
    expect(both.statusLine).toBe(
      'Waiting: camera and microphone in use, presenting · sitting 52 mins',
    );
  });

  it('tells when a reminder is out for the shortcut to snooze', () => {
    expect(reminderIsOut(status(), now())).toBe(false);
    expect(reminderIsOut(status({ remindersSent: 1 }), now())).toBe(true);
    expect(reminderIsOut(status({ nextReminderAt: now() }), now())).toBe(true);
    expect(reminderIsOut(status({ hold: 'waiting' }), now())).toBe(true);
    expect(reminderIsOut(status({ hold: 'overdue', remindersSent: 3 }), now())).toBe(true);
    // Snoozed, the person has answered already: the shortcut starts a routine instead.
    expect(reminderIsOut(status({ hold: 'snoozed', remindersSent: 1 }), now())).toBe(false);
    expect(reminderIsOut(status({ activity: 'away', remindersSent: 1 }), now())).toBe(false);
  });

  it('shows overdue quietly: a full warning ring and the minutes', () => {
    const view = trayView(
      status({ hold: 'overdue', sittingMs: 78 * MIN, nextReminderAt: null, remindersSent: 3 }),
      now(),
    );
    expect(view.icon).toEqual({ look: 'overdue', minutes: 78, progress: 1 });
    expect(view.statusLine).toBe('Overdue for a break · sitting 1 hr 18 mins');
    expect(actions(view.menu)).toContain('snooze-10');
  });

  it('adds the limited idle detection line and look, under the more urgent looks', () => {
    const view = trayView(status({ idleDetection: limited }), now());
    expect(view.icon.look).toBe('limited');
    expect(labels(view.menu).slice(0, 2)).toEqual([
      'Sitting 32 mins · next reminder in 13 mins',
      en.tray.idleLimited,
    ]);
    expect(view.menu[1]).toEqual({ kind: 'status', label: en.tray.idleLimited });
    expect(view.tooltip).toContain(en.tray.idleLimited);
    const overdue = trayView(
      status({ idleDetection: limited, hold: 'overdue', nextReminderAt: null }),
      now(),
    );
    expect(overdue.icon.look).toBe('overdue');
    expect(labels(overdue.menu)).toContain(en.tray.idleLimited);
  });
});

describe('trayView when not counting', () => {
  it('shows a pause with its end and offers Resume instead of Pause', () => {
    const view = trayView(
      status({ hold: 'paused', pausedUntil: local(2025, 6, 11, 14, 30), nextReminderAt: null }),
      now(),
    );
    expect(view.statusLine).toBe('Paused until 14:30');
    expect(view.icon).toEqual({ look: 'paused', minutes: 0, progress: 0 });
    expect(view.title).toBe('');
    expect(actions(view.menu)).toContain('resume');
    expect(actions(view.menu)).not.toContain('pause-1h');
    expect(actions(view.menu)).not.toContain('snooze-5');
  });

  it('names the day of a pause that ends tomorrow or later', () => {
    const paused = (until: number) =>
      trayView(status({ hold: 'paused', pausedUntil: until, nextReminderAt: null }), now())
        .statusLine;
    expect(paused(local(2025, 6, 12, 9))).toBe('Paused until tomorrow 09:00');
    expect(paused(local(2025, 6, 14, 9))).toBe('Paused until Sat 09:00');
  });

  it('offers "I\'m sitting" while standing', () => {
    const view = trayView(status({ activity: 'standing' }), now());
    expect(view.statusLine).toBe('Standing');
    expect(view.icon.look).toBe('standing');
    expect(actions(view.menu)).toContain('sitting');
    expect(actions(view.menu)).not.toContain('standing');
  });

  it('stays still outside working hours and while away', () => {
    const outside = trayView(
      status({ hold: 'outside-hours', withinWorkingHours: false, nextReminderAt: null }),
      now(),
    );
    expect(outside.statusLine).toBe('Outside working hours');
    expect(outside.icon).toEqual({ look: 'outside-hours', minutes: 0, progress: 0 });
    expect(actions(outside.menu)).not.toContain('snooze-5');
    const away = trayView(
      status({ activity: 'away', sittingMs: 0, sittingSince: null, nextReminderAt: null }),
      now(),
    );
    expect(away.statusLine).toBe('Away from the desk');
    expect(away.icon).toEqual({ look: 'away', minutes: 0, progress: 0 });
  });

  it('reaches every action from some state, each once per menu', () => {
    const states = [
      status(),
      status({ remindersSent: 1 }),
      status({ hold: 'paused', pausedUntil: now() + 30 * MIN }),
      status({ activity: 'standing' }),
    ];
    const seen = new Set<TrayAction>();
    for (const s of states) {
      const list = actions(trayView(s, now()).menu);
      expect(new Set(list).size).toBe(list.length);
      list.forEach((action) => seen.add(action));
    }
    expect([...seen].sort()).toEqual(
      [
        'start',
        'skip',
        'snooze-5',
        'snooze-10',
        'snooze-30',
        'pause-30m',
        'pause-1h',
        'pause-tomorrow',
        'resume',
        'standing',
        'sitting',
        'settings',
        'history',
        'quit',
      ].sort(),
    );
  });
});

describe('nextTrayChangeAt', () => {
  it('is the next whole minute of sitting or of the countdown, whichever is first', () => {
    // 32:30 sat and 12:30 to go: both tick over in 30 seconds.
    expect(nextTrayChangeAt(status(), now())).toBe(now() + 30_000);
    // 32:10 sat, 12:40 to go: the countdown drops from 13 to 12 after 40 s, sitting after 50 s.
    expect(
      nextTrayChangeAt(
        status({ sittingMs: 32 * MIN + 10_000, nextReminderAt: now() + 12 * MIN + 40_000 }),
        now(),
      ),
    ).toBe(now() + 40_000);
  });

  it('is the end of a pause, or midnight first when the pause is named by its day', () => {
    const until = local(2025, 6, 11, 14, 30);
    expect(
      nextTrayChangeAt(status({ hold: 'paused', pausedUntil: until, nextReminderAt: null }), now()),
    ).toBe(until);
    const tomorrow = local(2025, 6, 12, 9);
    expect(
      nextTrayChangeAt(
        status({ hold: 'paused', pausedUntil: tomorrow, nextReminderAt: null }),
        now(),
      ),
    ).toBe(local(2025, 6, 12));
    const atMidnight = trayView(
      status({ hold: 'paused', pausedUntil: tomorrow, nextReminderAt: null }),
      local(2025, 6, 12),
    );
    expect(atMidnight.statusLine).toBe('Paused until 09:00');
  });

  it('is null when only the engine can change what the tray shows', () => {
    expect(nextTrayChangeAt(status({ activity: 'standing' }), now())).toBeNull();
    expect(
      nextTrayChangeAt(status({ hold: 'outside-hours', nextReminderAt: null }), now()),
    ).toBeNull();
    expect(
      nextTrayChangeAt(status({ activity: 'away', sittingMs: 0, nextReminderAt: null }), now()),
    ).toBeNull();
    expect(
      nextTrayChangeAt(status({ hold: 'paused', pausedUntil: null, nextReminderAt: null }), now()),
    ).toBeNull();
  });

  it('keeps the view unchanged until the moment it names, and changed at it', () => {
    // A sitting person seen at `start`; at a later moment the engine reports the same stretch
    // grown by the time passed, with the same reminder time.
    const at = (base: EngineStatus, start: number, t: number): EngineStatus => ({
      ...base,
      sittingMs: base.sittingMs + (t - start),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 * MIN }),
        fc.option(fc.integer({ min: -5 * MIN, max: 120 * MIN }), { nil: null }),
        fc.constantFrom<EngineStatus['hold']>('none', 'snoozed', 'overdue'),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (sittingMs, reminderIn, hold, isLimited, where) => {
          const start = now();
          const base = status({
            sittingMs,
            hold,
            nextReminderAt: reminderIn === null ? null : start + reminderIn,
            idleDetection: isLimited ? limited : { state: 'ok', source: 'electron' },
          });
          const next = nextTrayChangeAt(base, start);
          expect(next).not.toBeNull();
          expect(next!).toBeGreaterThan(start);
          expect(next! - start).toBeLessThanOrEqual(MIN);
          const before = start + Math.floor(where * (next! - start - 1));
          expect(trayView(at(base, start, before), before)).toEqual(trayView(base, start));
          expect(trayView(at(base, start, next!), next!)).not.toEqual(trayView(base, start));
        },
      ),
    );
  });
});
