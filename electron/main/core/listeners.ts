import type { Cancel } from './ports';

/** A set of listeners for one kind of event: `add` returns its own removal. */
export interface Listeners<T> {
  add(listener: (value: T) => void): Cancel;
  emit(value: T): void;
}

export function listeners<T>(): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(value) {
      for (const listener of [...set]) listener(value);
    },
  };
}
