import { uptime } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Cancel, Clock, Timers } from '../core/ports';

/**
 * The real clock and timers.
 *
 * Core measures every duration with `monotonic()`, which must keep counting while the computer
 * sleeps. Node's performance.now() and hrtime use CLOCK_MONOTONIC on Linux and
 * mach_absolute_time on macOS, and both stop during suspend. os.uptime() comes from libuv's
 * uv_uptime (CLOCK_BOOTTIME on Linux, GetTickCount64 on Windows, kern.boottime on macOS), which
 * does count sleep, but only to 10 ms on Linux and to the whole second elsewhere. So monotonic
 * runs on performance.now() for millisecond steps and is pulled forward to uptime whenever
 * uptime has got ahead by more than its own resolution (that is the sleep). It is whole
 * milliseconds, never goes back, and after a sleep is right to about a second.
 */

/** Node's timers take at most a signed 32-bit millisecond delay; longer ones fire at once. */
export const LONGEST_TIMER_MS = 2 ** 31 - 1;
/** The coarsest uptime resolution among the platforms: anything less is rounding, not sleep. */
const UPTIME_RESOLUTION_MS = 1_000;

export interface SystemClockSources {
  /** Seconds since boot, counting sleep. */
  uptimeSeconds: () => number;
  /** Milliseconds from an arbitrary origin, not counting sleep. */
  awakeMs: () => number;
  wallMs: () => number;
}

const realSources: SystemClockSources = {
  uptimeSeconds: uptime,
  awakeMs: () => performance.now(),
  wallMs: () => Date.now(),
};

export function createSystemClock(sources: SystemClockSources = realSources): Clock & Timers {
  let offset = sources.uptimeSeconds() * 1000 - sources.awakeMs();
  let last = 0;
  return {
    now: () => sources.wallMs(),
    monotonic() {
      const awake = sources.awakeMs();
      const boot = sources.uptimeSeconds() * 1000;
      if (boot - (awake + offset) > UPTIME_RESOLUTION_MS) offset = boot - awake;
      last = Math.max(last, Math.floor(awake + offset));
      return last;
    },
    setTimeout(fn: () => void, ms: number): Cancel {
      const delay = Number.isFinite(ms) ? Math.min(Math.max(0, ms), LONGEST_TIMER_MS) : 0;
      const handle = setTimeout(fn, delay);
      return () => clearTimeout(handle);
    },
  };
}
