import type { BusyReason } from '../../shared/busy';
import type { Waiting } from '../../shared/views';
import {
  decideBusy,
  remindAnywayAt,
  signalsToRead,
  timeToCheck,
  type BusySettings,
} from './busyPolicy';
import type { BusyReadings, BusySignals } from './busySignals';
import type { Clock } from './ports';

/**
 * A due reminder's wait for the person to be free: the one piece of state between the
 * sitting engine, which knows *that* a reminder is due, and the busy policy, which decides
 * from one look at the busy signals whether it may show. It reads the signals only when a
 * reminder falls due and then at the policy's check points, never on the engine's idle
 * checks in between.
 *
 * The engine keeps it honest: whenever the reminder stops being due (a break, a pause, a
 * snooze or skip, standing, the end of working hours, a routine started) it calls `drop`,
 * and a look under way when that happens is thrown away.
 */

/** How a reminder is to be shown, once it may be. */
export interface ReminderManner {
  /** `gentle`: the wait reached its limit while still busy: no sound. */
  manner: 'normal' | 'gentle';
  /** Whether the routine window may open by itself; never over a call or a full-screen app. */
  mayOpenWindow: boolean;
  /** How long the reminder waited for the person to be free; 0 when it did not wait. */
  waitedMs: number;
}

export type WaitAnswer =
  | { action: 'remind'; how: ReminderManner }
  | { action: 'wait' }
  /** The reminder stopped being due during the look. */
  | { action: 'dropped' };

export interface ReminderWait {
  /** A reminder is due at `now`: may it show? Looks at the signals when a look is due. */
  consider(now: number): Promise<WaitAnswer>;
  /** The reminder no longer applies: forget the wait. */
  drop(): void;
  /**
   * When the busy settings changed while a reminder waits, plans the next look for `now`
   * and says so; false when nothing waits or nothing changed.
   */
  lookAgainIfChanged(now: number): boolean;
  /** When to look next (monotonic), for the engine's one timer; null when nothing waits. */
  nextLookAt(): number | null;
  /** The wait as the status shows it; null before the first look found the person busy. */
  view(now: number, wall: number): Waiting | null;
}

interface WaitState {
  /** Monotonic ms when the reminder fell due: the limit counts from here. */
  dueSince: number;
  /** Empty until the first look found the person busy. */
  reasons: BusyReason[];
  checkAgainAt: number;
  remindAnywayAt: number;
}

/** What a look that failed against its port's promise counts as: nothing known, not busy. */
const NOTHING_READ: BusyReadings = {};

export function createReminderWait(deps: {
  signals: BusySignals;
  settings: () => BusySettings;
  clock: Pick<Clock, 'monotonic'>;
}): ReminderWait {
  let state: WaitState | null = null;
  /** The busy settings as they were at the last look or change, to notice a change. */
  let lookedWith = JSON.stringify(deps.settings());

  async function look(asked: WaitState): Promise<WaitAnswer> {
    lookedWith = JSON.stringify(deps.settings());
    let readings = NOTHING_READ;
    try {
      readings = await deps.signals.read(signalsToRead(deps.settings()));
    } catch {
      // The port promises never to throw; if one does, nothing was learned.
    }
    if (state !== asked) return { action: 'dropped' };
    const decision = decideBusy({
      now: deps.clock.monotonic(),
      dueSince: asked.dueSince,
      readings,
      settings: deps.settings(),
      // A routine playing keeps reminders from falling due at all (the engine's quiet time).
      routinePlaying: false,
    });
    if (decision.action === 'wait') {
      state = {
        dueSince: asked.dueSince,
        reasons: decision.reasons,
        checkAgainAt: decision.checkAgainAt,
        remindAnywayAt: decision.remindAnywayAt,
      };
      return { action: 'wait' };
    }
    state = null;
    if (decision.action === 'leave-routine-be') return { action: 'dropped' };
    const { manner, mayOpenWindow, waitedMs } = decision;
    return { action: 'remind', how: { manner, mayOpenWindow, waitedMs } };
  }

  return {
    async consider(now) {
      if (signalsToRead(deps.settings()).length === 0) {
        // Every signal is off (or nothing is listed): nothing to wait for.
        const waitedMs = state === null ? 0 : Math.max(0, now - state.dueSince);
        state = null;
        return { action: 'remind', how: { manner: 'normal', mayOpenWindow: true, waitedMs } };
      }
      if (state !== null && !timeToCheck(state.checkAgainAt, now)) return { action: 'wait' };
      const asked = state ?? {
        dueSince: now,
        reasons: [],
        checkAgainAt: now,
        remindAnywayAt: remindAnywayAt(now, deps.settings()),
      };
      state = asked;
      return look(asked);
    },
    drop() {
      state = null;
    },
    lookAgainIfChanged(now) {
      const key = JSON.stringify(deps.settings());
      const changed = key !== lookedWith;
      lookedWith = key;
      if (!changed || state === null || state.reasons.length === 0) return false;
      state = { ...state, checkAgainAt: now };
      return true;
    },
    nextLookAt: () => state?.checkAgainAt ?? null,
    view(now, wall) {
      if (state === null || state.reasons.length === 0) return null;
      const toWall = (time: number) => Math.round(wall + (time - now));
      return {
        reasons: state.reasons,
        since: toWall(state.dueSince),
        remindAnywayAt: toWall(state.remindAnywayAt),
      };
    },
  };
}
