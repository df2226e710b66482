import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSystemClock, LONGEST_TIMER_MS } from '../../electron/main/adapters/systemClock';

/** Clock sources a test moves by hand: uptime counts sleep, awake time does not. */
function sources(start = { uptimeSeconds: 1_000, awakeMs: 50_000 }) {
  const now = { ...start, wallMs: Date.UTC(2025, 0, 6, 9) };
  return {
    now,
    sources: {
      uptimeSeconds: () => now.uptimeSeconds,
      awakeMs: () => now.awakeMs,
      wallMs: () => now.wallMs,
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the system clock', () => {
  it('counts time awake in milliseconds between uptime’s coarse steps', () => {
    const { now, sources: s } = sources();
    const clock = createSystemClock(s);
    const first = clock.monotonic();
    now.awakeMs += 250.7;
    expect(clock.monotonic() - first).toBe(250);
    expect(Number.isInteger(clock.monotonic())).toBe(true);
  });

  it('keeps counting through a sleep, which only uptime sees', () => {
    const { now, sources: s } = sources();
    const clock = createSystemClock(s);
    const before = clock.monotonic();
    now.uptimeSeconds += 3600;
    now.wallMs += 3600_000;
    expect(clock.monotonic() - before).toBe(3600_000);
  });

  it('does not mistake uptime’s rounding for a sleep, and never goes back', () => {
    const { now, sources: s } = sources({ uptimeSeconds: 1_000, awakeMs: 50_000 });
    const clock = createSystemClock(s);
    const readings = [clock.monotonic()];
    for (let i = 0; i < 20; i++) {
      now.awakeMs += 100;
      // Whole-second uptime, as macOS and Windows give it, lagging the awake clock.
      now.uptimeSeconds = 1_000 + Math.floor((i + 1) / 10);
      readings.push(clock.monotonic());
    }
    expect(readings.at(-1)! - readings[0]!).toBe(2_000);
    for (let i = 1; i < readings.length; i++)
      expect(readings[i]!).toBeGreaterThanOrEqual(readings[i - 1]!);
    now.awakeMs -= 5_000;
    expect(clock.monotonic()).toBe(readings.at(-1));
  });

  it('keeps up with the real uptime on this machine', async () => {
    const { uptime } = await import('node:os');
    const clock = createSystemClock();
    expect(Math.abs(clock.monotonic() - uptime() * 1000)).toBeLessThan(2_000);
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(1_000);
  });

  it('clamps timers to Node’s longest delay instead of firing at once, and cancels them', () => {
    vi.useFakeTimers();
    const clock = createSystemClock(sources().sources);
    const far = vi.fn();
    clock.setTimeout(far, 40 * 24 * 3600_000);
    vi.advanceTimersByTime(1_000);
    expect(far).not.toHaveBeenCalled();
    vi.advanceTimersByTime(LONGEST_TIMER_MS);
    expect(far).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    const cancel = clock.setTimeout(cancelled, 10);
    cancel();
    vi.advanceTimersByTime(100);
    expect(cancelled).not.toHaveBeenCalled();
    const odd = vi.fn();
    clock.setTimeout(odd, Number.NaN);
    vi.advanceTimersByTime(0);
    expect(odd).toHaveBeenCalledTimes(1);
  });
});
