/**
 * One wake-up at a time, at the next moment the player's screen changes. It uses both a page
 * timer and a worker timer and acts on whichever comes first: the page timer is what tests'
 * simulated clocks drive; the worker keeps time when the window is hidden and its page timers
 * are throttled.
 */
export interface WakeUp {
  at(delayMs: number, wake: () => void): void;
  cancel(): void;
  close(): void;
}

export function createWakeUp(makeWorker: () => Worker | null = defaultWorker): WakeUp {
  let worker: Worker | null | undefined;
  let pageTimer: ReturnType<typeof setTimeout> | undefined;
  let current: (() => void) | null = null;

  const fire = () => {
    const wake = current;
    current = null;
    clearTimeout(pageTimer);
    worker?.postMessage(-1);
    wake?.();
  };

  return {
    at(delayMs, wake) {
      current = wake;
      clearTimeout(pageTimer);
      pageTimer = setTimeout(fire, delayMs);
      if (worker === undefined) {
        worker = makeWorker();
        if (worker) worker.onmessage = fire;
      }
      worker?.postMessage(delayMs);
    },
    cancel() {
      current = null;
      clearTimeout(pageTimer);
      worker?.postMessage(-1);
    },
    close() {
      this.cancel();
      worker?.terminate();
      worker = null;
    },
  };
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./wakeWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
