import { toSnapshot, type EngineState } from './engineSnapshot';
import type { Logger, SnapshotStore } from './ports';
import { naturalBreakMs, type TrackerSettings } from './sittingTracker';

/**
 * When the sitting engine writes its state down: on every meaningful change, and while sitting
 * at least every half threshold, so that a crash and quick restart is not mistaken for a break
 * by the restart rule. A store that fails is logged once, not on every check.
 */
export interface EngineSaving {
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
