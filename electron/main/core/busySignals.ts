/**
 * What the computer can tell about the person being busy: on a call, presenting, in Do Not
 * Disturb. The busy policy (busyPolicy.ts) decides from these answers; adapters read them
 * from the OS. Each signal is read only when a reminder is due or while one waits, never on
 * a tick.
 */

import type { BusyReason, BusySignal, BusyWhy } from '../../shared/busy';

// The vocabulary lives in shared, so the settings window and the status can name signals too.
export { BUSY_SIGNALS, type BusyReason, type BusySignal, type BusyWhy } from '../../shared/busy';

/**
 * Why a signal could not be read. `unsupported` is for good on this computer (the OS offers no
 * way without a permission Backbreak does not ask for); `missing` means a program it needs is
 * not installed; `failed` is this time only.
 */
export interface CannotTell {
  state: 'unknown';
  cause: 'unsupported' | 'missing' | 'failed';
  /** Why, as a code Settings says in the person's language. */
  why: BusyWhy;
}

export type SignalAnswer = { state: 'busy'; reason: BusyReason } | { state: 'free' } | CannotTell;

/**
 * The front app is not busy or free by itself: the policy compares it with the person's list.
 * `names` holds every name the OS gives it (process, window class, display name).
 */
export type FrontAppAnswer = { state: 'known'; names: string[] } | CannotTell;

export interface BusyReadings {
  camera?: SignalAnswer;
  microphone?: SignalAnswer;
  'do-not-disturb'?: SignalAnswer;
  'full-screen'?: SignalAnswer;
  'front-app'?: FrontAppAnswer;
}

/** The port: one read of the signals asked for. */
export interface BusySignals {
  /**
   * Reads the signals asked for, at once, and always resolves: a signal that cannot be read
   * answers `unknown`, never throws or hangs past the adapter's deadline.
   */
  read(signals: readonly BusySignal[]): Promise<BusyReadings>;
  /**
   * The signals this computer can never read, each with why, so
   * Settings can explain it before anything is read.
   */
  cannotRead(): Partial<Record<BusySignal, BusyWhy>>;
}
