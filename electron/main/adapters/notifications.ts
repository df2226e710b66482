import { Notification } from 'electron';
import type { NotifierPort } from '../appPorts';

/** One id for every reminder: macOS and Windows replace a notification with the same id. */
const REMINDER_ID = 'backbreak-reminder';

/**
 * Reminders as system notifications. Buttons (Start, Snooze, Skip this break) where the
 * platform has them: Windows shows all three, macOS the first and the others when the
 * pointer is over it. Elsewhere a click starts the routine. A gentle reminder makes no sound.
 * A new reminder replaces the last one, so they never stack, and each expires by itself.
 */
export function createNotifier(options: { platform: NodeJS.Platform }): NotifierPort {
  const hasActions = options.platform === 'darwin' || options.platform === 'win32';
  let current: Notification | null = null;

  const close = () => {
    current?.close();
    current = null;
  };

  return {
    showReminder(notice, handlers) {
      if (!Notification.isSupported()) return false;
      close();
      const notification = new Notification({
        id: REMINDER_ID,
        title: notice.title,
        body: notice.body,
        timeoutType: 'default',
        silent: notice.silent ?? false,
        actions: hasActions
          ? [
              { type: 'button', text: notice.buttons.start },
              { type: 'button', text: notice.buttons.snooze },
              { type: 'button', text: notice.buttons.skip },
            ]
          : [],
      });
      const answers = [handlers.start, handlers.snooze, handlers.skip];
      notification.on('click', () => handlers.start());
      notification.on('action', (details) => answers[details.actionIndex]?.());
      notification.on('failed', () => {
        if (current === notification) current = null;
        handlers.failed();
      });
      notification.on('close', () => {
        if (current === notification) current = null;
      });
      current = notification;
      notification.show();
      return true;
    },
    closeReminder: close,
    tell(notice) {
      if (Notification.isSupported())
        new Notification({ title: notice.title, body: notice.body }).show();
    },
  };
}
