import type { BackbreakApi } from '../../../electron/shared/contract';

/**
 * Sends this window's uncaught errors and unhandled rejections to the main log, so a bug
 * report holds them. Reporting must never throw or loop: a failed report is dropped.
 */
export function reportErrors(api: Pick<BackbreakApi, 'reportError'>, target: Window = window) {
  const send = (message: string, where?: string) =>
    void api
      .reportError({
        message: message.slice(0, 1000),
        ...(where ? { where: where.slice(0, 300) } : {}),
      })
      .catch(() => undefined);
  target.addEventListener('error', (event) =>
    send(
      event.message || String(event.error),
      event.filename ? `${event.filename}:${event.lineno}` : undefined,
    ),
  );
  target.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    send(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
  });
}
