import { BUSY_SIGNALS, type BusySignal, type BusyWhy } from '../../shared/busy';
import type { BusySupport } from '../../shared/views';
import type { BusySignals } from './busySignals';

/**
 * The busy signals, remembering what the last look could not read, so the settings window
 * can say which signals this computer can tell, which it never can (and why), and which it
 * could not read last time (a program missing, a system that did not answer). Nothing is
 * read for this: only the reminders' own looks are remembered.
 */
export interface WatchedBusySignals extends BusySignals {
  support(): BusySupport;
}

export function watchBusySignals(port: BusySignals): WatchedBusySignals {
  const notLastTime = new Map<BusySignal, BusyWhy>();
  return {
    async read(signals) {
      const readings = await port.read(signals);
      for (const signal of signals) {
        const answer = readings[signal];
        if (answer?.state === 'unknown') notLastTime.set(signal, answer.why);
        else notLastTime.delete(signal);
      }
      return readings;
    },
    cannotRead: () => port.cannotRead(),
    support() {
      const never = port.cannotRead();
      const entries = BUSY_SIGNALS.map((signal) => {
        const why = never[signal];
        const lastTime = notLastTime.get(signal);
        const state: BusySupport[BusySignal] =
          why !== undefined
            ? { state: 'never', why }
            : lastTime !== undefined
              ? { state: 'not-last-time', why: lastTime }
              : { state: 'readable' };
        return [signal, state] as const;
      });
      return Object.fromEntries(entries) as BusySupport;
    },
  };
}
