import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import timersModule from 'node:timers';
import timersPromises from 'node:timers/promises';
import type { ClockReading } from './wire';

/**
 * Simulated time for the app's process, installed before the app loads: `Date`,
 * `performance.now`, `process.hrtime`, `os.uptime` and the timer functions all read one clock
 * that moves only when the test says so, so a 45-minute schedule takes no real time and no
 * test waits on the real clock. The app's own clock adapter (`adapters/systemClock.ts`) runs
 * unchanged on top of it.
 *
 * Three readings move together while the computer is awake: wall time, awake time
 * (performance.now and hrtime, which stop in sleep) and time since boot (os.uptime, which
 * counts sleep). `sleep` moves wall and boot time only, as a suspended computer does, so the
 * app's sleep detection sees what it would see.
 *
 * A timer asked for with no delay (0 or 1 ms: "as soon as you can") is the event loop's
 * business, not the schedule's: it runs on the real loop. Every longer timer waits for the
 * simulated clock.
 */

/** The real timers, for the stand-in's own plumbing. */
export const realTimers = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setImmediate: globalThis.setImmediate,
};
const RealDate = Date;

const state = { wallMs: 0, awakeMs: 0, uptimeMs: 0 };

interface PendingTimer {
  id: number;
  due: number;
  repeatMs: number | null;
  run: () => void;
  refed: boolean;
}

const timers = new Map<number, PendingTimer>();
let nextId = 1;
/** Node's longest delay; longer ones fire at once (after 1 ms), as in Node. */
const TIMEOUT_MAX = 2 ** 31 - 1;

/** A stand-in for Node's Timeout object: enough for code that refs, unrefs or compares it. */
class SimulatedTimeout {
  constructor(readonly id: number) {}
  ref() {
    const timer = timers.get(this.id);
    if (timer) timer.refed = true;
    return this;
  }
  unref() {
    const timer = timers.get(this.id);
    if (timer) timer.refed = false;
    return this;
  }
  hasRef() {
    return timers.get(this.id)?.refed ?? false;
  }
  refresh() {
    const timer = timers.get(this.id);
    if (timer) timer.due = state.awakeMs + (timer.repeatMs ?? 1);
    return this;
  }
  close() {
    timers.delete(this.id);
    return this;
  }
  [Symbol.toPrimitive]() {
    return this.id;
  }
}

function delayOf(ms: unknown): number {
  const delay = Number(ms);
  return delay >= 1 && delay <= TIMEOUT_MAX ? delay : 1;
}

function schedule(
  callback: (...args: unknown[]) => void,
  ms: unknown,
  args: unknown[],
  repeat: boolean,
): SimulatedTimeout {
  if (typeof callback !== 'function') {
    throw new TypeError('The "callback" argument must be of type function.');
  }
  const id = nextId++;
  const delay = delayOf(ms);
  const run = () => callback(...args);
  timers.set(id, {
    id,
    due: state.awakeMs + delay,
    repeatMs: repeat ? delay : null,
    run,
    refed: true,
  });
  if (delay <= 1 && !repeat) {
    // As soon as possible: the real loop runs it, unless it is cleared first.
    realTimers.setImmediate(() => {
      if (!timers.delete(id)) return;
      fire(run);
    });
  }
  return new SimulatedTimeout(id);
}

function clear(handle: unknown): void {
  if (handle instanceof SimulatedTimeout) timers.delete(handle.id);
  else if (typeof handle === 'number') timers.delete(handle);
}

/** A timer callback that throws is an uncaught exception, as it would be in Node. */
function fire(run: () => void): void {
  try {
    run();
  } catch (error) {
    process.nextTick(() => {
      throw error;
    });
  }
}

function move(awakeTo: number): void {
  if (awakeTo <= state.awakeMs) return;
  const step = awakeTo - state.awakeMs;
  state.awakeMs = awakeTo;
  state.wallMs += step;
  state.uptimeMs += step;
}

/** Lets promise callbacks and I/O that are ready run before the next timer. */
const settle = () => new Promise<void>((done) => realTimers.setImmediate(done));

/** Runaway guard: a timer re-arming itself at no delay forever would hang `advance`. */
const MOST_TIMERS_PER_ADVANCE = 100_000;

/** Time passes while the computer is awake: due timers fire in order, each at its moment. */
export async function advance(ms: number): Promise<void> {
  const target = state.awakeMs + Math.max(0, ms);
  await settle();
  for (let fired = 0; ; fired++) {
    if (fired > MOST_TIMERS_PER_ADVANCE) throw new Error('timers keep re-arming at no delay');
    let next: PendingTimer | undefined;
    for (const timer of timers.values()) {
      if (timer.due <= target && (!next || timer.due < next.due)) next = timer;
    }
    if (!next) break;
    move(next.due);
    if (next.repeatMs === null) timers.delete(next.id);
    else next.due += next.repeatMs;
    fire(next.run);
    await settle();
  }
  move(target);
  await settle();
}

/** The computer sleeps: wall time and uptime move on; awake time and its timers wait. */
export async function sleep(ms: number): Promise<void> {
  state.wallMs += Math.max(0, ms);
  state.uptimeMs += Math.max(0, ms);
  await settle();
}

export function reading(): ClockReading {
  return { wallMs: state.wallMs, uptimeMs: state.uptimeMs };
}

export function nowMs(): number {
  return state.wallMs;
}

export function uptimeMs(): number {
  return state.uptimeMs;
}

function SimulatedDate(this: unknown, ...args: unknown[]): Date | string {
  if (!new.target) return new RealDate(state.wallMs).toString();
  return args.length === 0
    ? new RealDate(state.wallMs)
    : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
}
SimulatedDate.prototype = RealDate.prototype;
SimulatedDate.now = () => state.wallMs;
SimulatedDate.parse = RealDate.parse;
SimulatedDate.UTC = RealDate.UTC;

/** Takes over the process's time, starting at `start`. */
export function installClock(start: ClockReading): void {
  state.wallMs = start.wallMs;
  state.uptimeMs = start.uptimeMs;
  state.awakeMs = 0;

  globalThis.Date = SimulatedDate as unknown as DateConstructor;
  performance.now = () => state.awakeMs;
  const hrtime = (previous?: [number, number]): [number, number] => {
    const ns = BigInt(Math.round(state.awakeMs * 1e6));
    const now: [number, number] = [Number(ns / 1_000_000_000n), Number(ns % 1_000_000_000n)];
    if (!previous) return now;
    let seconds = now[0] - previous[0];
    let nanos = now[1] - previous[1];
    if (nanos < 0) {
      seconds -= 1;
      nanos += 1e9;
    }
    return [seconds, nanos];
  };
  hrtime.bigint = () => BigInt(Math.round(state.awakeMs * 1e6));
  process.hrtime = hrtime as NodeJS.HRTime;
  os.uptime = () => state.uptimeMs / 1000;

  const setTimeoutSimulated = (
    callback: (...args: unknown[]) => void,
    ms?: unknown,
    ...args: unknown[]
  ) => schedule(callback, ms, args, false);
  const setIntervalSimulated = (
    callback: (...args: unknown[]) => void,
    ms?: unknown,
    ...args: unknown[]
  ) => schedule(callback, ms, args, true);
  for (const target of [globalThis, timersModule] as unknown as Record<string, unknown>[]) {
    target.setTimeout = setTimeoutSimulated;
    target.setInterval = setIntervalSimulated;
    target.clearTimeout = clear;
    target.clearInterval = clear;
  }
  (timersPromises as unknown as Record<string, unknown>).setTimeout = (
    ms?: number,
    value?: unknown,
  ) => new Promise((resolve) => schedule(() => resolve(value), ms, [], false));
  // `import { uptime } from 'node:os'` and friends read these copies.
  syncBuiltinESMExports();
}
