import { describe, expect, it } from 'vitest';
import {
  idleDetection,
  initialIdleSelection,
  isProvingPrimary,
  readIdle,
  STUCK_READS,
  type IdleSelection,
} from '../../../electron/main/core/idleSelection';
import type { IdleReader } from '../../../electron/main/core/ports';

const MIN = 60_000;
const fixed = (name: string, seconds: number | null): IdleReader => ({
  name,
  read: async () => seconds,
});
/** A reader that answers from a list, one value per read, and counts its reads. */
function scripted(name: string, values: (number | null)[]) {
  const reader = {
    name,
    reads: 0,
    read: async () => values[Math.min(reader.reads++, values.length - 1)] ?? null,
  };
  return reader;
}

/** Reads `count` times, `spacing` apart, returning the last answer. */
async function readMany(
  readers: IdleReader[],
  count: number,
  spacing: number,
  from?: IdleSelection,
) {
  let selection = from ?? initialIdleSelection(readers);
  let idleMs: number | null = null;
  for (let i = 0; i < count; i++) {
    ({ selection, idleMs } = await readIdle(selection, readers, i * spacing));
  }
  return { selection, idleMs };
}

describe('choosing the idle reader', () => {
  it('uses a primary that answers, in milliseconds, without asking the fallbacks', async () => {
    const fallback = scripted('mutter', [99]);
    const { selection, idleMs } = await readMany([fixed('electron', 12), fallback], 1, 0);
    expect(idleMs).toBe(12_000);
    expect(selection).toMatchObject({ primaryAlive: true, source: 'electron' });
    expect(fallback.reads).toBe(0);
  });

  it('believes a 0 from the primary until it has looked stuck long enough', async () => {
    const fallback = scripted('mutter', [30]);
    const readers = [fixed('electron', 0), fallback];
    const early = await readMany(readers, STUCK_READS, 2 * MIN);
    expect(early.idleMs).toBe(0);
    expect(early.selection.primarySuspect).toBe(false);
    expect(fallback.reads).toBe(0);
  });

  it('suspects a primary stuck at exactly 0 over six reads and fifteen minutes, and turns to the first fallback that answers', async () => {
    const readers = [
      fixed('electron', 0),
      fixed('mutter', null),
      fixed('xprintidle', 42),
      fixed('loginctl', 7),
    ];
    const { selection, idleMs } = await readMany(readers, STUCK_READS, 3 * MIN);
    expect(selection.primarySuspect).toBe(true);
    expect(selection.source).toBe('xprintidle');
    expect(idleMs).toBe(42_000);
    expect(idleDetection(selection)).toEqual({ state: 'ok', source: 'xprintidle' });
  });

  it('never suspects a primary that has answered more than 0 once', async () => {
    const primary = scripted('electron', [5, 0]);
    const { selection } = await readMany([primary, fixed('mutter', 30)], 20, 3 * MIN);
    expect(selection).toMatchObject({
      primaryAlive: true,
      primarySuspect: false,
      source: 'electron',
    });
  });

  it('never suspects the only reader there is', async () => {
    const { selection, idleMs } = await readMany([fixed('electron', 0)], 20, 3 * MIN);
    expect(selection.primarySuspect).toBe(false);
    expect(idleMs).toBe(0);
  });

  it('heals a wrong suspicion as soon as the primary answers more than 0', async () => {
    const primary = scripted('electron', [0, 0, 0, 0, 0, 0, 4]);
    const { selection, idleMs } = await readMany([primary, fixed('mutter', 30)], 7, 3 * MIN);
    expect(selection).toMatchObject({
      primaryAlive: true,
      primarySuspect: false,
      source: 'electron',
    });
    expect(idleMs).toBe(4_000);
  });

  it('says detection is limited when no reader answers on two checks in a row', async () => {
    const readers = [fixed('electron', 0), fixed('mutter', null), fixed('loginctl', null)];
    const once = await readMany(readers, STUCK_READS, 3 * MIN);
    expect(once.idleMs).toBeNull();
    expect(idleDetection(once.selection).state).toBe('ok');
    const twice = await readMany(readers, 1, 0, once.selection);
    expect(idleDetection(twice.selection)).toEqual({
      state: 'limited',
      source: null,
    });
  });

  it('treats a reader that throws, or answers nonsense, as one that cannot tell', async () => {
    const throwing: IdleReader = {
      name: 'electron',
      read: () => Promise.reject(new Error('gone')),
    };
    const { idleMs, selection } = await readMany(
      [throwing, fixed('mutter', Number.NaN), fixed('loginctl', 9)],
      1,
      0,
    );
    expect(idleMs).toBe(9_000);
    expect(selection.source).toBe('loginctl');
  });

  it('starts from the fallbacks when the last run found the primary stuck', async () => {
    const readers = [fixed('electron', 0), fixed('mutter', 3)];
    const { idleMs } = await readMany(readers, 1, 0, initialIdleSelection(readers, true));
    expect(idleMs).toBe(3_000);
  });

  it('asks for frequent checks only while an unproven primary has fallbacks', () => {
    const two = [fixed('electron', 0), fixed('mutter', 0)];
    expect(isProvingPrimary(initialIdleSelection(two), two)).toBe(true);
    expect(isProvingPrimary(initialIdleSelection(two, true), two)).toBe(false);
    expect(isProvingPrimary(initialIdleSelection([two[0]!]), [two[0]!])).toBe(false);
  });
});
