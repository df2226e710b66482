import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSY_CHECK_MS } from '../../../electron/main/core/busyPolicy';
import { BUSY_SIGNALS, type BusyReason } from '../../../electron/shared/busy';
import type { EngineSettings } from '../../../electron/main/core/sittingEngineApi';
import { MINUTE, startHarness, type EngineHarness } from '../../support/engineHarness';

/**
 * The busy promises over random afternoons at the desk: calls, presentations and Do Not
 * Disturb come and go, the person snoozes, skips and takes routines, with random settings.
 *
 * - A reminder never shows while the person is busy, unless the limit passed (and then it is
 *   gentle, and opens no window).
 * - No reminder is lost: when busy ends, one comes within one look.
 * - The sitting clock keeps counting while a reminder waits.
 * - Looks stay at most one every five minutes, and the engine keeps one timer.
 */

const REASONS: BusyReason[] = [
  { signal: 'camera', apps: [] },
  { signal: 'microphone', apps: ['Teams'] },
  { signal: 'do-not-disturb', how: 'focus' },
  { signal: 'full-screen', how: 'presenting' },
  { signal: 'front-app', app: 'Keynote' },
];

const settingsArb = fc.record({
  reminderIntervalMinutes: fc.integer({ min: 10, max: 120 }),
  snoozeMinutes: fc.integer({ min: 1, max: 60 }),
  maxReminders: fc.integer({ min: 1, max: 10 }),
  busyLimitMinutes: fc.integer({ min: 15, max: 240 }),
  busySignals: fc.record(
    Object.fromEntries(BUSY_SIGNALS.map((signal) => [signal, fc.boolean()])) as Record<
      (typeof BUSY_SIGNALS)[number],
      fc.Arbitrary<boolean>
    >,
  ),
  busyApps: fc.constantFrom<string[]>([], ['Keynote'], ['Zoom']),
});

const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('busy' as const),
      reasons: fc.subarray(REASONS, { minLength: 1 }),
      minutes: fc.integer({ min: 1, max: 150 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('free' as const),
      minutes: fc.integer({ min: 1, max: 90 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('snooze' as const, 'skip' as const) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('routine' as const),
      minutes: fc.integer({ min: 1, max: 10 }),
    }),
  },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Whether these reasons make the person busy under these settings, as the policy would say. */
function counts(reasons: readonly BusyReason[], settings: EngineSettings): boolean {
  return reasons.some((reason) =>
    reason.signal === 'front-app'
      ? settings.busySignals['front-app'] && settings.busyApps.includes(reason.app)
      : settings.busySignals[reason.signal],
  );
}

async function play(h: EngineHarness, current: Step): Promise<void> {
  const before = h.reminders.length;
  const startedAt = h.clock.monotonic();
  const sittingBefore = h.status().sittingMs;
  const waitingBefore = h.status().hold === 'waiting';
  const readsBefore = h.busy.reads.length;
  switch (current.kind) {
    case 'busy':
    case 'free': {
      h.busy.free();
      if (current.kind === 'busy') h.busy.busy(...current.reasons);
      const busy = current.kind === 'busy' && counts(current.reasons, h.settings);
      // Looks are the limit cut into equal steps of at least five minutes (busyPolicy.ts).
      const limitMs = h.settings.busyLimitMinutes * MINUTE;
      const lookMs = Math.floor(limitMs / Math.max(1, Math.floor(limitMs / BUSY_CHECK_MS)));
      const lookedAgain = current.minutes * MINUTE > lookMs + 1_000;
      await h.advance(current.minutes * MINUTE);
      for (const reminder of h.reminders.slice(before)) {
        if (busy) {
          // Only the limit lets a reminder through while busy, and then quietly.
          expect(reminder).toMatchObject({ manner: 'gentle', mayOpenWindow: false });
          expect(reminder.waitedMs).toBeGreaterThanOrEqual(
            h.settings.busyLimitMinutes * MINUTE - 1_000,
          );
        } else {
          expect(reminder).toMatchObject({ manner: 'normal', mayOpenWindow: true });
        }
      }
      // Busy or not, the person sat the whole time: waiting never stops the clock.
      expect(h.status().sittingMs).toBe(sittingBefore + current.minutes * MINUTE);
      // No reminder lost: free for a whole look's length after a wait, it came.
      if (!busy && waitingBefore && lookedAgain) {
        const first = h.reminders[before];
        expect(first).toBeDefined();
        expect(first!.at - startedAt).toBeLessThanOrEqual(lookMs + 1_000);
      }
      if (!busy && lookedAgain) expect(h.status().hold).not.toBe('waiting');
      // At most one look every five minutes, plus the one when a reminder falls due.
      const reads = h.busy.reads.length - readsBefore;
      const dues = h.reminders.length - before + 1;
      expect(reads).toBeLessThanOrEqual(Math.floor(current.minutes / 5) + dues);
      break;
    }
    case 'snooze':
      h.engine.snooze(h.settings.snoozeMinutes);
      expect(h.status().waiting).toBeNull();
      break;
    case 'skip':
      h.engine.skip();
      expect(h.status().waiting).toBeNull();
      break;
    case 'routine':
      h.engine.breakStarted();
      expect(h.status().waiting).toBeNull();
      await h.advance(current.minutes * MINUTE);
      // Busy or not, nothing interrupts the routine.
      expect(h.reminders.length).toBe(before);
      h.engine.breakTaken(current.minutes * MINUTE);
      break;
  }
  expect(h.clock.pendingTimers().length).toBeLessThanOrEqual(1);
}

describe('the busy promises under random afternoons', () => {
  it('never interrupts the busy before the limit, loses no reminder, keeps counting', async () => {
    await fc.assert(
      fc.asyncProperty(
        settingsArb,
        fc.array(step, { minLength: 1, maxLength: 30 }),
        async (settings, steps) => {
          const h = await startHarness({ settings });
          for (const current of steps) await play(h, current);
          h.engine.stop();
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
