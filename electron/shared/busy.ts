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

/** A reason as the tray names it: camera and microphone used together read as one. */
export type NamedReason = BusyReason | { signal: 'camera-and-microphone' };

/**
 * The reasons a one-line status names, in each language alike: the camera with the microphone
 * is one reason (a call), the same words are not said twice, and at most two are said, so the
 * line stays short. `say` words a reason; the caller joins the phrases.
 */
export function shortReasons(
  reasons: readonly BusyReason[],
  say: (reason: NamedReason) => string,
): string[] {
  const signals = new Set(reasons.map((reason) => reason.signal));
  const call = signals.has('camera') && signals.has('microphone');
  const phrases: string[] = [];
  for (const reason of reasons) {
    if (call && reason.signal === 'microphone') continue;
    const phrase = say(
      call && reason.signal === 'camera' ? { signal: 'camera-and-microphone' } : reason,
    );
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  return phrases.slice(0, 2);
}
