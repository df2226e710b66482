import type { PowerEvent, PowerEvents } from '../../electron/main/core/ports';

/** Power events a test fires by hand, in any order, duplicated or missing. */
export class FakePowerEvents implements PowerEvents {
  readonly #listeners = new Set<(event: PowerEvent) => void>();

  subscribe(listener: (event: PowerEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: PowerEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }
}
