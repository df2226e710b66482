/**
 * The words of being busy, shared by main (the busy readers, the policy, the tray) and the
 * settings window: which signals there are, why a reminder waits, and how that reads.
 */

/** Each can be turned off in Settings. */
export const BUSY_SIGNALS = [
  'camera',
  'microphone',
  'do-not-disturb',
  'full-screen',
  'front-app',
] as const;

export type BusySignal = (typeof BUSY_SIGNALS)[number];

/**
 * Why a signal cannot be read on this computer, or could not be this time: each has its
 * sentence in the message catalogue (`busy.why`), so Settings says it in the person's language.
 */
export const BUSY_WHY = [
  'not-on-this-system',
  'too-slow',
  'not-asked',
  'mac-focus-hidden',
  'mac-full-screen-hidden',
  'mac-camera-not-told',
  'mac-camera-failed',
  'mac-microphone-failed',
  'mac-front-app-failed',
  'linux-dnd-not-told',
  'linux-dnd-failed',
  'linux-dnd-needs-gsettings',
  'linux-dnd-needs-gdbus',
  'linux-microphone-needs-pactl',
  'linux-microphone-failed',
  'linux-camera-failed',
  'wayland-windows',
  'x11-needs-xprop',
  'x11-failed',
  'windows-camera-failed',
  'windows-microphone-failed',
  'windows-state-failed',
  'windows-dnd-failed',
  'windows-needs-powershell',
] as const;
export type BusyWhy = (typeof BUSY_WHY)[number];

/** Why the person is busy, in enough detail for the tray to say it in words. */
export type BusyReason =
  | {
      signal: 'camera' | 'microphone';
      /** The apps using it, where the OS names them; may be empty. */
      apps: string[];
    }
  | { signal: 'do-not-disturb'; how: 'focus' | 'notifications-off' }
  | { signal: 'full-screen'; how: 'full-screen' | 'presenting' | 'game' }
  | { signal: 'front-app'; app: string };

function reasonWords(reason: BusyReason): string {
  switch (reason.signal) {
    case 'camera':
      return 'camera in use';
    case 'microphone':
      return 'microphone in use';
    case 'do-not-disturb':
      return reason.how === 'focus' ? 'Do Not Disturb is on' : 'notifications are off';
    case 'full-screen':
      return reason.how === 'presenting'
        ? 'presenting'
        : reason.how === 'game'
          ? 'a game is full screen'
          : 'an app is full screen';
    case 'front-app':
      return `${reason.app} is in front`;
  }
}

/**
 * Why the reminder waits, for the tray's status line: "microphone in use", "camera and
 * microphone in use", "presenting, Do Not Disturb is on". At most two reasons, so the line
 * stays short.
 */
export function busyWords(reasons: readonly BusyReason[]): string {
  const signals = new Set(reasons.map((reason) => reason.signal));
  const phrases: string[] = [];
  for (const reason of reasons) {
    const phrase =
      signals.has('camera') && signals.has('microphone') && reason.signal === 'camera'
        ? 'camera and microphone in use'
        : signals.has('camera') && reason.signal === 'microphone'
          ? null
          : reasonWords(reason);
    if (phrase !== null && !phrases.includes(phrase)) phrases.push(phrase);
  }
  return phrases.slice(0, 2).join(', ');
}
