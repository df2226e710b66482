import { restoreSnapshot, toSnapshot, type EngineState, type Restored } from './engineSnapshot';
import type { Logger, SnapshotStore } from './ports';
import { naturalBreakMs, type TrackerSettings } from './sittingTracker';

/**
 * When the sitting engine writes its state down: on every meaningful change, and while sitting
 * at least every half threshold, so that a crash and quick restart is not mistaken for a break
 * by the restart rule. A store that fails is logged once, not on every check. Reading it back
 * at start is here too: a file that cannot be read or trusted is logged and ignored.
 */
export interface EngineSaving {
  /** The saved state with the restart rule applied, or null to start fresh. */
  load(
    now: number,
    wall: number,
    settings: TrackerSettings,
  ): Extract<Restored, { ok: true }> | null;
  /** Writes now, whatever changed. */
  save(state: EngineState, now: number, wall: number): void;
  saveIfNeeded(state: EngineState, now: number, wall: number, settings: TrackerSettings): void;
}

/** Everything worth a write: the state without the last input time, which moves every check. */
function meaningfulKey(state: EngineState): string {
  return JSON.stringify([
    { ...state.sitting, lastInputAt: null },
    state.reminders,
    state.primaryIdleSuspect,
  ]);
}

export function engineSaving(store: SnapshotStore, log: Logger): EngineSaving {
  let lastSavedKey: string | null = null;
  let lastSavedAt: number | null = null;
  let failing = false;

  const write = (state: EngineState, now: number, wall: number, key: string) => {
    try {
      store.save(toSnapshot(state, now, wall));
      lastSavedKey = key;
      lastSavedAt = now;
      failing = false;
    } catch (error) {
      if (!failing) log.warn('Could not save the sitting state.', error);
      failing = true;
    }
  };

  return {
    load(now, wall, settings) {
      let raw: unknown;
      try {
        raw = store.load();
      } catch (error) {
        log.warn('Could not read the saved sitting state; starting fresh.', error);
        return null;
      }
      if (raw === undefined || raw === null) return null;
      const restored = restoreSnapshot(raw, now, wall, settings);
      if (!restored.ok) {
        log.warn('Ignored a saved sitting state that is not valid.', restored.error);
        return null;
      }
      log.info('Restored the sitting state.', { closedMs: restored.closedMs });
      return restored;
    },
    save: (state, now, wall) => write(state, now, wall, meaningfulKey(state)),
    saveIfNeeded(state, now, wall, settings) {
      const key = meaningfulKey(state);
      const stale =
        state.sitting.phase === 'sitting' &&
        (lastSavedAt === null || now - lastSavedAt >= naturalBreakMs(settings) / 2);
      if (key !== lastSavedKey || stale) write(state, now, wall, key);
    },
  };
}
