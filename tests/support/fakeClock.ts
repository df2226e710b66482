import type { Cancel, Clock, Timers } from '../../electron/main/core/ports';

/**
 * A simulated clock and timer queue: days pass in milliseconds of real time and nothing ever
 * waits on the real clock.
 *
 * - `advance(ms)`: awake time passes. Wall and monotonic move together and due timers fire in
 *   order, each at its own moment. Between timers it lets pending promise callbacks run, so
 *   async code (an idle read) can re-arm before the next timer is due; hence `await` it.
 * - `sleep(ms)`: the computer sleeps. Wall and monotonic (which counts sleep) move on; no timer
 *   fires, and every pending timer is pushed back by the sleep, as Node's are, since they run
 *   on a clock that stops during suspend.
 * - `jumpWall(ms)`: someone changes the wall clock; monotonic and timers are unaffected.
 */

interface PendingTimer {
  due: number;
  order: number;
  fn: () => void;
}

/** Monday 6 January 2025, 09:00 local time: the start of a default working day. */
export function mondayMorning(): number {
  return new Date(2025, 0, 6, 9, 0).getTime();
}

/** Runaway guard: a timer that re-arms itself at zero delay forever would hang `advance`. */
const MOST_TIMERS_PER_ADVANCE = 1_000_000;

/** Lets every queued promise callback run (they all run before the next macrotask). */
const letPromisesRun = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakeClock implements Clock, Timers {
  #wall: number;
  #mono = 0;
  #order = 0;
  readonly #timers = new Map<number, PendingTimer>();
  /** How many timer callbacks have fired: the engine's wakeups. */
  wakeups = 0;

  constructor(startWallMs: number = mondayMorning()) {
    this.#wall = startWallMs;
  }

  now(): number {
    return this.#wall;
  }

  monotonic(): number {
    return this.#mono;
  }

  setTimeout(fn: () => void, ms: number): Cancel {
    const order = ++this.#order;
    const delay = Number.isFinite(ms) ? Math.max(0, ms) : 0;
    this.#timers.set(order, { due: this.#mono + delay, order, fn });
    return () => {
      this.#timers.delete(order);
    };
  }

  async advance(ms: number): Promise<void> {
    const target = this.#mono + Math.max(0, ms);
    await letPromisesRun();
    for (let fired = 0; ; fired++) {
      if (fired > MOST_TIMERS_PER_ADVANCE) throw new Error('Timers keep re-arming at no delay.');
      const next = this.#nextDue(target);
      if (next === undefined) break;
      this.#moveTo(next.due);
      this.#timers.delete(next.order);
      this.wakeups += 1;
      next.fn();
      await letPromisesRun();
    }
    this.#moveTo(target);
  }

  sleep(ms: number): void {
    const length = Math.max(0, ms);
    this.#wall += length;
    this.#mono += length;
    for (const timer of this.#timers.values()) timer.due += length;
  }

  jumpWall(ms: number): void {
    this.#wall += ms;
  }

  /** Milliseconds until each pending timer fires, soonest first. */
  pendingTimers(): number[] {
    return [...this.#timers.values()].map((timer) => timer.due - this.#mono).sort((a, b) => a - b);
  }

  #nextDue(limit: number): PendingTimer | undefined {
    let next: PendingTimer | undefined;
    for (const timer of this.#timers.values()) {
      if (timer.due > limit) continue;
      if (
        next === undefined ||
        timer.due < next.due ||
        (timer.due === next.due && timer.order < next.order)
      ) {
        next = timer;
      }
    }
    return next;
  }

  #moveTo(mono: number): void {
    if (mono <= this.#mono) return;
    this.#wall += mono - this.#mono;
    this.#mono = mono;
  }
}
