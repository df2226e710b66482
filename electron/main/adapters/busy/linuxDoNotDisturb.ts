import type { SignalAnswer } from '../../core/busySignals';
import type { RunCommand } from './commands';

/**
 * Do Not Disturb on Linux, where the desktop says it. GNOME keeps it as the `show-banners`
 * setting (off means Do Not Disturb); KDE Plasma and other notification services that follow
 * the freedesktop specification expose an `Inhibited` property on the session bus. Other
 * desktops do not say, and the answer is plainly "cannot tell".
 */

const focusOn: SignalAnswer = {
  state: 'busy',
  reason: { signal: 'do-not-disturb', how: 'focus' },
};

/** `gsettings get org.gnome.desktop.notifications show-banners` prints `true` or `false`. */
export function parseShowBanners(stdout: string): boolean | null {
  const text = stdout.trim();
  return text === 'true' ? true : text === 'false' ? false : null;
}

/** gdbus prints a property read as `(<true>,)`. */
export function parseInhibited(stdout: string): boolean | null {
  const match = /^\(<(true|false)>,\)$/.exec(stdout.trim());
  return match ? match[1] === 'true' : null;
}

export async function readGnomeDoNotDisturb(run: RunCommand): Promise<SignalAnswer> {
  const result = await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners']);
  if (!result.ok) {
    if (result.missing) {
      return {
        state: 'unknown',
        cause: 'missing',
        why: 'linux-dnd-needs-gsettings',
      };
    }
    return /No such (schema|key)/.test(result.stderr)
      ? { state: 'unknown', cause: 'unsupported', why: 'linux-dnd-not-told' }
      : { state: 'unknown', cause: 'failed', why: 'linux-dnd-failed' };
  }
  const banners = parseShowBanners(result.stdout);
  if (banners === null) return { state: 'unknown', cause: 'failed', why: 'linux-dnd-failed' };
  return banners ? { state: 'free' } : focusOn;
}

export async function readInhibitedNotifications(run: RunCommand): Promise<SignalAnswer> {
  const result = await run('gdbus', [
    'call',
    '--session',
    '--dest',
    'org.freedesktop.Notifications',
    '--object-path',
    '/org/freedesktop/Notifications',
    '--method',
    'org.freedesktop.DBus.Properties.Get',
    'org.freedesktop.Notifications',
    'Inhibited',
  ]);
  if (!result.ok) {
    if (result.missing) {
      return {
        state: 'unknown',
        cause: 'missing',
        why: 'linux-dnd-needs-gdbus',
      };
    }
    // No notification service on the bus, or one without the property: the desktop does not say.
    return /ServiceUnknown|InvalidArgs|UnknownProperty|No such property/.test(result.stderr)
      ? { state: 'unknown', cause: 'unsupported', why: 'linux-dnd-not-told' }
      : { state: 'unknown', cause: 'failed', why: 'linux-dnd-failed' };
  }
  const inhibited = parseInhibited(result.stdout);
  if (inhibited === null) return { state: 'unknown', cause: 'failed', why: 'linux-dnd-failed' };
  return inhibited ? focusOn : { state: 'free' };
}

/** GNOME (and desktops built on its settings) or the freedesktop property, by XDG_CURRENT_DESKTOP. */
export function readLinuxDoNotDisturb(
  currentDesktop: string | undefined,
  run: RunCommand,
): Promise<SignalAnswer> {
  const desktops = (currentDesktop ?? '').toLowerCase().split(':');
  return desktops.some((desktop) => desktop === 'gnome' || desktop === 'unity')
    ? readGnomeDoNotDisturb(run)
    : readInhibitedNotifications(run);
}
