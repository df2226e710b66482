import { describe, expect, it } from 'vitest';
import {
  fromSnapshot,
  restoreSnapshot,
  toSnapshot,
  type EngineState,
} from '../../../electron/main/core/engineSnapshot';
import { initialReminderState, paused, snoozed } from '../../../electron/main/core/reminderPolicy';
import {
  initialSittingState,
  observe,
  sittingMsAt,
} from '../../../electron/main/core/sittingTracker';

const MIN = 60_000;
const settings = { naturalBreakMinutes: 5 };
const WALL = Date.UTC(2025, 0, 6, 9);

/** Sitting since monotonic 1,000,000, last input at +20 min, with a pause and a snooze set. */
function sittingState(): EngineState {
  const t0 = 1_000_000;
  let sitting = observe(initialSittingState(), { type: 'idle', at: t0, idleMs: 0 }, settings).state;
  sitting = observe(sitting, { type: 'idle', at: t0 + 20 * MIN, idleMs: 0 }, settings).state;
  return {
    sitting,
    reminders: snoozed(paused(initialReminderState(), t0 + 80 * MIN), t0 + 20 * MIN, 10),
    primaryIdleSuspect: true,
  };
}
const savedAt = 1_000_000 + 20 * MIN;
/** What a file would hold: only what survives JSON. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the engine snapshot', () => {
  it('round-trips unchanged when restored at the moment it was saved', () => {
    const state = sittingState();
    const restored = restoreSnapshot(
      throughJson(toSnapshot(state, savedAt, WALL)),
      savedAt,
      WALL,
      settings,
    );
    expect(restored).toMatchObject({ ok: true, closedMs: 0, ended: null, continued: true });
    expect(restored.ok && restored.state).toEqual(state);
  });

  it('moves every time into the new process’s monotonic clock, keeping durations', () => {
    const state = sittingState();
    const elsewhere = fromSnapshot(toSnapshot(state, savedAt, WALL), 5);
    expect(elsewhere.sitting.stretchStart).toBe(5 - 20 * MIN);
    expect(elsewhere.reminders.pausedUntil).toBe(5 + 60 * MIN);
    expect(sittingMsAt(elsewhere.sitting, 5)).toBe(sittingMsAt(state.sitting, savedAt));
  });

  it('continues the stretch when the app was closed for less than the natural-break threshold', () => {
    const snapshot = throughJson(toSnapshot(sittingState(), savedAt, WALL));
    const restored = restoreSnapshot(snapshot, 42, WALL + 4 * MIN, settings);
    if (!restored.ok) throw new Error(restored.error);
    expect(restored).toMatchObject({ closedMs: 4 * MIN, ended: null, continued: true });
    expect(sittingMsAt(restored.state.sitting, 42)).toBe(24 * MIN);
  });

  it('counts a longer closing as a break ended by the app being closed', () => {
    const snapshot = throughJson(toSnapshot(sittingState(), savedAt, WALL));
    const restored = restoreSnapshot(snapshot, 42, WALL + 8 * 3600_000, settings);
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.ended).toMatchObject({ sittingMs: 20 * MIN, endedBy: 'app-closed' });
    expect(restored.state.sitting.phase).toBe('away');
    expect(restored.state.reminders.pausedUntil).toBe(42 - 8 * 3600_000 + 60 * MIN);
  });

  it('counts a wall clock that went back while the app was closed as no time at all', () => {
    const snapshot = throughJson(toSnapshot(sittingState(), savedAt, WALL));
    const restored = restoreSnapshot(snapshot, 42, WALL - 2 * 3600_000, settings);
    expect(restored).toMatchObject({ ok: true, closedMs: 0, ended: null });
  });

  it('refuses a broken snapshot with a reason instead of throwing', () => {
    const good = throughJson(toSnapshot(sittingState(), savedAt, WALL)) as Record<string, unknown>;
    const broken: unknown[] = [
      undefined,
      'not json at all',
      { ...good, version: 99 },
      { ...good, sitting: { ...(good.sitting as object), phase: 'sitting', stretchStart: null } },
      { ...good, sitting: { ...(good.sitting as object), locked: true, absentSince: null } },
      { ...good, reminders: { ...(good.reminders as object), sent: -1 } },
      { ...good, extra: true },
    ];
    for (const raw of broken) {
      const restored = restoreSnapshot(raw, 0, WALL, settings);
      expect(restored.ok).toBe(false);
      expect(!restored.ok && restored.error.length).toBeGreaterThan(0);
    }
  });
});
