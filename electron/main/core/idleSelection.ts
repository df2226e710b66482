import type { IdleReader, Timers } from './ports';
import { answerWithin } from './deadline';
import type { IdleDetection } from '../../shared/views';
import { isAbsent, type SittingEvent, type SittingState } from './sittingTracker';

/**
 * Which idle reader to believe. The first reader (Electron's) is trusted until it looks stuck:
 * on Linux Wayland it answers exactly 0 forever. A real reader answers more than 0 whenever a
 * check lands while the person is not touching anything, which happens within the first few
 * checks; so a primary that has ever answered more than 0 is alive for the rest of the run,
 * and one that has answered exactly 0 on every one of at least STUCK_READS checks spread
 * over at least STUCK_SPAN_MS is suspected. While it is suspected the fallbacks are asked in
 * order and the first that answers at all is used. The primary is still read on every check
 * (it costs nothing), so a wrong suspicion heals as soon as it answers more than 0.
 *
 * Why six reads over fifteen minutes: a heavy typist has input in roughly half of all seconds,
 * so six reads in a row landing on a key press is about a 1.6% chance, and it can only happen
 * while the primary is still unproven (the first quarter hour of a run). The cost of a wrong
 * suspicion is small: a fallback gives equally good readings, and with none the status says
 * "limited" until the next check heals it. The cost of waiting longer is breaks missed on
 * Wayland, so the engine checks every few minutes while the primary is unproven.
 */

export const STUCK_READS = 6;
export const STUCK_SPAN_MS = 15 * 60_000;
/** While the primary is unproven, check at least this often so a stuck one is found quickly. */
export const PROVING_CHECK_MS = 3 * 60_000;
/** Checks in a row without any answer before the status says detection is limited. */
const LIMITED_AFTER_FAILURES = 2;

export interface IdleSelection {
  /** The primary has answered more than 0 in this run, so it is not stuck. */
  primaryAlive: boolean;
  /** Readings of exactly 0 in a row from the unproven primary, and when the first came. */
  zeroReads: number;
  zeroSince: number | null;
  /** The primary looks stuck at 0; kept across restarts so Wayland is not rediscovered daily. */
  primarySuspect: boolean;
  /** The reader the last answer came from; null once no reader answered for a while. */
  source: string | null;
  /** Checks in a row in which no trusted reader answered. */
  failures: number;
}

export interface IdleAnswer {
  selection: IdleSelection;
  /** Milliseconds since the last input, or null when no reader could tell. */
  idleMs: number | null;
}

export function initialIdleSelection(
  readers: readonly IdleReader[],
  primarySuspect = false,
): IdleSelection {
  return {
    primaryAlive: false,
    zeroReads: 0,
    zeroSince: null,
    primarySuspect,
    source: readers[0]?.name ?? null,
    failures: 0,
  };
}

export function idleDetection(selection: IdleSelection): IdleDetection {
  return selection.source === null
    ? { state: 'limited', source: null }
    : { state: 'ok', source: selection.source };
}

/** Whether checks should come at least every PROVING_CHECK_MS to settle the primary's fate. */
export function isProvingPrimary(
  selection: IdleSelection,
  readers: readonly IdleReader[],
): boolean {
  return readers.length > 1 && !selection.primaryAlive && !selection.primarySuspect;
}

async function readSafely(reader: IdleReader): Promise<number | null> {
  try {
    const seconds = await reader.read();
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
  } catch {
    return null;
  }
}

function answered(selection: IdleSelection, source: string, seconds: number): IdleAnswer {
  return {
    selection: { ...selection, source, failures: 0 },
    idleMs: Math.round(seconds * 1000),
  };
}

/**
 * One check: reads the primary and, when it cannot be believed, the fallbacks in order.
 * `at` is the monotonic time of the check, used only to measure how long zeros have lasted.
 */
export async function readIdle(
  selection: IdleSelection,
  readers: readonly IdleReader[],
  at: number,
): Promise<IdleAnswer> {
  const [primary, ...fallbacks] = readers;
  if (primary === undefined) return { selection: { ...selection, source: null }, idleMs: null };
  let next = { ...selection };
  const first = await readSafely(primary);
  if (first !== null && first > 0) {
    next = { ...next, primaryAlive: true, primarySuspect: false, zeroReads: 0, zeroSince: null };
    return answered(next, primary.name, first);
  }
  if (first === 0 && !next.primaryAlive) {
    next.zeroReads += 1;
    next.zeroSince ??= at;
    // With no fallback to turn to there is nothing to gain from suspecting the only reader,
    // and the stuck-at-0 failure is known only where fallbacks exist (Linux).
    if (
      fallbacks.length > 0 &&
      next.zeroReads >= STUCK_READS &&
      at - next.zeroSince >= STUCK_SPAN_MS
    ) {
      next.primarySuspect = true;
    }
  }
  if (first !== null && !next.primarySuspect) return answered(next, primary.name, first);
  for (const fallback of fallbacks) {
    const seconds = await readSafely(fallback);
    if (seconds !== null) return answered(next, fallback.name, seconds);
  }
  const failures = next.failures + 1;
  return {
    selection: {
      ...next,
      failures,
      source: failures >= LIMITED_AFTER_FAILURES ? null : next.source,
    },
    idleMs: null,
  };
}

/** What a check's idle answer tells the sitting tracker, if anything. */
export function sittingEventOfReading(
  answer: IdleAnswer,
  sitting: SittingState,
  now: number,
): SittingEvent | null {
  if (answer.idleMs !== null) return { type: 'idle', at: now, idleMs: answer.idleMs };
  // The timer ran, so the computer is awake even if the resume event never came.
  if (sitting.suspended) return { type: 'resume', at: now };
  // Without idle readings only sleep and lock end a stretch, so the person is presumed back
  // once the computer runs again.
  if (sitting.phase === 'away' && !isAbsent(sitting) && answer.selection.source === null) {
    return { type: 'input', at: now };
  }
  return null;
}

/** What the log says when the readings come from another reader; null when nothing changed. */
export function sourceChangeNote(before: IdleSelection, after: IdleSelection): string | null {
  if (before.source === after.source) return null;
  return after.source === null
    ? 'No idle reader gives usable readings: counting breaks from sleep and lock only.'
    : `Idle readings now come from ${after.source}.`;
}

/** A reader that has not answered by then counts as not answering. */
const READ_DEADLINE_MS = 5_000;

/** A reader that hangs must not stop the engine: after the deadline it counts as silent. */
export function withDeadline(reader: IdleReader, timers: Timers): IdleReader {
  return {
    name: reader.name,
    read: () =>
      answerWithin(() => reader.read(), READ_DEADLINE_MS, { late: null, failed: null }, timers),
  };
}
