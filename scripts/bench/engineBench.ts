import { performance } from 'node:perf_hooks';
import { createSittingEngine } from '../../electron/main/core/sittingEngine';
import type { SittingEngine } from '../../electron/main/core/sittingEngineApi';
import type { Logger } from '../../electron/main/core/ports';
import { FakeBusySignals } from '../../tests/support/fakeBusySignals';
import { FakeClock } from '../../tests/support/fakeClock';
import { FakePerson } from '../../tests/support/fakePerson';
import { FakePowerEvents } from '../../tests/support/fakePowerEvents';
import { MemorySnapshotStore } from '../../tests/support/memorySnapshotStore';
import { engineSettings } from '../../tests/support/engineHarness';

/**
 * What the sitting engine costs, measured on simulated time with the default settings:
 * how often it wakes the process (peers poll every second: 3,600 an hour) and whether its
 * memory stays flat over a week. Heap figures need `node --expose-gc`; without it they are
 * reported as -1 with a note in the target.
 */

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WARM_UP_WEEKS = 2;
const MEASURED_WEEKS = 4;
const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface Rig {
  clock: FakeClock;
  person: FakePerson;
  power: FakePowerEvents;
  /** Free unless a figure makes the person busy. */
  busy: FakeBusySignals;
  engine: SittingEngine;
  reminders: number;
  /** When a reminder waited for the person to be free (monotonic); `to` null while it waits. */
  waits: { from: number; to: number | null }[];
}

/** An engine on fakes, listened to the way the app does, keeping counts and nothing else. */
async function rig(): Promise<Rig> {
  const clock = new FakeClock();
  const person = new FakePerson(clock);
  const power = new FakePowerEvents();
  const busy = new FakeBusySignals(() => clock.monotonic());
  const engine = createSittingEngine({
    clock,
    timers: clock,
    idleReaders: [person.reader()],
    power,
    busySignals: busy,
    store: new MemorySnapshotStore(),
    settings: engineSettings(),
    log: quiet,
  });
  const result: Rig = { clock, person, power, busy, engine, reminders: 0, waits: [] };
  engine.onRemind(() => {
    result.reminders += 1;
  });
  engine.onStatus((status) => {
    const open = result.waits.at(-1);
    const waiting = status.hold === 'waiting';
    if (waiting && (open === undefined || open.to !== null)) {
      result.waits.push({ from: clock.monotonic(), to: null });
    } else if (!waiting && open !== undefined && open.to === null) open.to = clock.monotonic();
  });
  engine.onWithdrawReminder(() => undefined);
  engine.onStretchEnded(() => undefined);
  await engine.start();
  return result;
}

/** Wakeups an hour over `hours` of simulated time spent in `during`. */
async function wakeupsPerHour(r: Rig, hours: number, during: () => Promise<void>): Promise<number> {
  const before = r.clock.wakeups;
  const start = r.clock.monotonic();
  await during();
  const elapsedHours = (r.clock.monotonic() - start) / HOUR;
  return Number(((r.clock.wakeups - before) / Math.max(elapsedHours, hours)).toFixed(1));
}

/**
 * One working day of a scripted person: sits, ignores the first reminder, takes a routine at
 * the second, sometimes snoozes, locks the screen for lunch, leaves at six and the computer
 * sleeps through the night (or the weekend).
 */
async function workingDay(r: Rig, weekend: boolean): Promise<void> {
  const { clock, person, power, engine } = r;
  if (weekend) {
    power.emit('suspend');
    clock.sleep(DAY);
    power.emit('resume');
    return;
  }
  person.arrive();
  power.emit('unlock-screen');
  for (let block = 0; block < 6; block++) {
    const seen = r.reminders;
    await clock.advance(55 * MINUTE);
    if (block % 3 === 2) engine.snooze(10);
    if (r.reminders > seen) {
      engine.breakStarted();
      await clock.advance(3 * MINUTE);
      engine.breakTaken(3 * MINUTE);
    }
    if (block === 2) {
      person.leave();
      power.emit('lock-screen');
      await clock.advance(45 * MINUTE);
      power.emit('unlock-screen');
      person.arrive();
    }
  }
  person.leave();
  await clock.advance(20 * MINUTE);
  power.emit('lock-screen');
  power.emit('suspend');
  clock.sleep(DAY - (clock.monotonic() % DAY));
  power.emit('resume');
}

function heapKb(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 4; i++) collect?.();
  return process.memoryUsage().heapUsed / 1024;
}

export async function benchEngine(): Promise<BenchFigure[]> {
  const counting = await rig();
  const countingRate = await wakeupsPerHour(counting, 8, async () => {
    // Eight hours at the desk, taking a routine whenever reminded.
    for (let hour = 0; hour < 8; hour++) {
      const seen = counting.reminders;
      await counting.clock.advance(HOUR);
      if (counting.reminders > seen) counting.engine.breakTaken();
    }
  });
  counting.engine.stop();

  const paused = await rig();
  paused.engine.pause('tomorrow');
  const pausedRate = await wakeupsPerHour(paused, 12, () => paused.clock.advance(12 * HOUR));
  paused.engine.stop();

  // On calls all afternoon: every reminder waits the full 90 minutes and comes gently. The
  // look when a reminder falls due is every reminder's, busy or not; the looks that count
  // are the ones made while it waits, the last of which sends it.
  const onCall = await rig();
  onCall.busy.busy({ signal: 'microphone', apps: ['Teams'] });
  const wakeupsBeforeCall = onCall.clock.wakeups;
  await onCall.clock.advance(8 * HOUR);
  const waits = onCall.waits.map((wait) => ({ ...wait, to: wait.to ?? onCall.clock.monotonic() }));
  const waitedHours = waits.reduce((sum, wait) => sum + (wait.to - wait.from), 0) / HOUR;
  const looksWhileWaiting = onCall.busy.reads.filter((read) =>
    waits.some((wait) => read.at > wait.from && read.at <= wait.to),
  ).length;
  const wakeupsWhileWaiting = onCall.clock.wakeups - wakeupsBeforeCall;
  const callHours = (onCall.clock.monotonic() - waits[0]!.from) / HOUR;
  onCall.engine.stop();

  const away = await rig();
  away.person.leave();
  const awayRate = await wakeupsPerHour(away, 2, () => away.clock.advance(2 * HOUR));
  away.engine.stop();

  // V8 settles its own caches over the first simulated weeks and its heap breathes by a few
  // hundred KB from one collection to the next; so: two weeks of warm-up, then the average
  // growth per week over four weeks. A leak shows as a steady slope; noise averages out.
  const week = await rig();
  const canMeasureHeap = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const weekOfDays = async () => {
    for (let day = 0; day < 7; day++) await workingDay(week, day >= 5);
  };
  for (let warmUp = 0; warmUp < WARM_UP_WEEKS; warmUp++) await weekOfDays();
  const heapBefore = heapKb();
  const cpuStart = performance.now();
  const wakeupsBefore = week.clock.wakeups;
  const remindersBefore = week.reminders;
  for (let measured = 0; measured < MEASURED_WEEKS; measured++) await weekOfDays();
  const cpuMs = performance.now() - cpuStart;
  const weekWakeups = week.clock.wakeups - wakeupsBefore;
  const heapAfter = heapKb();
  week.engine.stop();

  return [
    { name: 'wakeups_per_hour_counting', value: countingRate, unit: '/h', target: '≤ 70' },
    { name: 'wakeups_per_hour_paused', value: pausedRate, unit: '/h', target: '≤ 2' },
    { name: 'wakeups_per_hour_away', value: awayRate, unit: '/h' },
    {
      name: 'busy_checks_per_hour_waiting',
      value: Number((looksWhileWaiting / waitedHours).toFixed(1)),
      unit: '/h',
      target: '≤ 12',
    },
    {
      name: 'busy_reads_per_hour_on_calls',
      value: Number((onCall.busy.reads.length / callHours).toFixed(1)),
      unit: '/h',
      target: 'all looks, from the first reminder to the end of the day',
    },
    {
      name: 'wakeups_per_hour_waiting',
      value: Number((wakeupsWhileWaiting / 8).toFixed(1)),
      unit: '/h',
      target: 'each look checks idle too',
    },
    {
      name: 'engine_week_heap_growth_kb',
      value: canMeasureHeap ? Math.round((heapAfter - heapBefore) / MEASURED_WEEKS) : -1,
      unit: 'KB',
      target: canMeasureHeap ? '< 256' : '< 256 (run node with --expose-gc to measure)',
    },
    {
      name: 'engine_week_reminders',
      value: Math.round((week.reminders - remindersBefore) / MEASURED_WEEKS),
      unit: 'reminders',
    },
    {
      name: 'engine_cpu_per_wakeup_us',
      value: Math.round((cpuMs * 1000) / Math.max(1, weekWakeups)),
      unit: 'µs',
    },
  ];
}
