import type { Timers } from './ports';

/**
 * What `read` answers, or `late` when no answer has come by `ms`, or `failed` when it throws:
 * a reader of the OS that hangs or breaks (an idle reader, a busy signal) never holds up a
 * decision.
 */
export function answerWithin<T>(
  read: () => T | Promise<T>,
  ms: number,
  fallbacks: { late: T; failed: T },
  timers: Timers,
): Promise<T> {
  return new Promise<T>((resolve) => {
    const cancel = timers.setTimeout(() => resolve(fallbacks.late), ms);
    Promise.resolve()
      .then(read)
      .then(resolve, () => resolve(fallbacks.failed))
      .finally(cancel);
  });
}
