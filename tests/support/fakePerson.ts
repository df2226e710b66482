import type { Clock, IdleReader } from '../../electron/main/core/ports';

/**
 * A scripted person at the computer, and the idle readers that watch them. While at the desk
 * they touch something every few seconds (the reading wobbles between 0 and 8 s, as a real one
 * does between key presses); once they leave, the reading grows from their last input.
 */
export class FakePerson {
  #atDesk = true;
  #lastInput: number;

  constructor(private readonly clock: Clock) {
    this.#lastInput = clock.monotonic();
  }

  get atDesk(): boolean {
    return this.#atDesk;
  }

  /** Milliseconds since the last input, as the OS would report it now. */
  idleMs(): number {
    const now = this.clock.monotonic();
    const sinceLastInput = Math.max(0, now - this.#lastInput);
    if (!this.#atDesk) return sinceLastInput;
    const betweenKeys = (Math.floor(now / 1000) % 9) * 1000;
    return Math.min(betweenKeys, sinceLastInput);
  }

  /** Gets up and walks away: the last input is now. */
  leave(): void {
    if (this.#atDesk) this.#lastInput = this.clock.monotonic();
    this.#atDesk = false;
  }

  /** Sits down and starts working again. */
  arrive(): void {
    this.#atDesk = true;
    this.#lastInput = this.clock.monotonic();
  }

  /** One touch of the mouse in passing, without staying. */
  touch(): void {
    this.#lastInput = this.clock.monotonic();
  }

  /** A reader of this person's idle time in whole seconds, like Electron's. */
  reader(name = 'electron'): IdleReader {
    return { name, read: async () => Math.floor(this.idleMs() / 1000) };
  }
}

/** Electron's reading under Wayland: exactly 0, whatever the person does. */
export function stuckAtZero(name = 'electron'): IdleReader {
  return { name, read: async () => 0 };
}

/** A reader that cannot tell here (not installed, wrong desktop). */
export function silent(name: string): IdleReader {
  return { name, read: async () => null };
}
