/**
 * Being busy, shared by main (the busy readers, the policy, the tray) and the settings window:
 * which signals there are and why a reminder waits. How that reads is in the message
 * catalogue (`busy`).
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
