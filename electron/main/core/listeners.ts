import type { Cancel } from './ports';

/**
 * A set of listeners for one kind of event: `add` returns its own removal. Each listener is
 * isolated: one that throws never keeps the others from hearing. `emit` returns what the
 * failing ones threw (and hands each to `onError`), so the caller can say which part failed.
 */
export interface Listeners<T> {
  add(listener: (value: T) => void): Cancel;
  /**
   * Tells every listener, each on its own: one that throws does not keep the news from the
   * rest. Returns what the failing ones threw, in the order they were added; empty when all
   * went well.
   */
  emit(value: T): unknown[];
}

export function listeners<T>(onError?: (error: unknown) => void): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(value) {
      const failures: unknown[] = [];
      for (const listener of [...set]) {
        try {
          listener(value);
        } catch (error) {
          failures.push(error);
          onError?.(error);
        }
      }
      return failures;
    },
  };
}
