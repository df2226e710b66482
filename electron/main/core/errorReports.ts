import type { WindowKind } from '../../shared/views';
import type { Clock, Logger } from './ports';

/**
 * Errors the windows report (uncaught exceptions, unhandled rejections) go to the main log,
 * where a bug report finds them. A window stuck in a loop of errors must not fill the log, so
 * each window may report a few in a span of time; past that, one line says how many were left out.
 */

const PER_SPAN = 10;
const SPAN_MS = 10 * 60_000;

export interface ErrorReports {
  report(window: WindowKind, error: { message: string; where?: string }): void;
}

export function errorReports(clock: Clock, log: Logger): ErrorReports {
  const spans = new Map<WindowKind, { since: number; reported: number; dropped: number }>();
  return {
    report(window, { message, where }) {
      const now = clock.monotonic();
      let span = spans.get(window);
      if (!span || now - span.since >= SPAN_MS) {
        if (span && span.dropped > 0) {
          log.warn(`the ${window} window reported ${span.dropped} more errors, not logged`);
        }
        span = { since: now, reported: 0, dropped: 0 };
        spans.set(window, span);
      }
      if (span.reported >= PER_SPAN) {
        span.dropped += 1;
        return;
      }
      span.reported += 1;
      log.error(`the ${window} window failed: ${message}`, where ? { where } : undefined);
    },
  };
}
