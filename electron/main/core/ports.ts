/**
 * The small ports through which core meets time and the OS. Adapters implement them with
 * Electron and Node; tests implement them with a simulated clock.
 */

export type Cancel = () => void;

export interface Clock {
  /** Wall-clock milliseconds since the epoch: for working hours and display only. */
  now(): number;
  /**
   * Milliseconds from an arbitrary origin that never go back and keep counting while the
   * computer sleeps. Every duration in core is measured with this.
   */
  monotonic(): number;
}

export interface Timers {
  /**
   * Runs `fn` once after `ms`. Like a real timer, the delay may be stretched by sleep or a busy
   * process, never shortened.
   */
  setTimeout(fn: () => void, ms: number): Cancel;
}

/** One way of asking the OS how long the person has not touched keyboard or mouse. */
export interface IdleReader {
  readonly name: string;
  /** Seconds since the last input, or null when this reader cannot tell right now. */
  read(): Promise<number | null>;
}

export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown';

export interface PowerEvents {
  subscribe(listener: (event: PowerEvent) => void): Cancel;
}

/** Keeps one JSON value across restarts. `load` returns raw data: core validates it. */
export interface SnapshotStore {
  load(): unknown;
  save(value: unknown): void;
}

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}
