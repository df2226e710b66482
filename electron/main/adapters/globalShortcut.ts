import { globalShortcut } from 'electron';
import type { ShortcutPort } from '../appPorts';

/**
 * The person's one global shortcut, through Electron's `globalShortcut`. A new one is
 * registered before the old one is let go, so a shortcut another app holds (register says
 * false) leaves the old one working. Electron throws for a string it cannot read as keys;
 * that is a refusal too, never a crash.
 */
export function createShortcutKeys(platform: NodeJS.Platform = process.platform): ShortcutPort {
  let current = '';
  return {
    keyboard: platform === 'darwin' ? 'mac' : platform === 'win32' ? 'windows' : 'other',
    use(shortcut, onPress) {
      if (shortcut === current) return 'ok';
      if (shortcut !== '') {
        let registered: boolean;
        try {
          registered = globalShortcut.register(shortcut, onPress);
        } catch {
          return 'refused';
        }
        if (!registered) return 'taken';
      }
      if (current !== '') globalShortcut.unregister(current);
      current = shortcut;
      return 'ok';
    },
    release() {
      if (current !== '') globalShortcut.unregister(current);
      current = '';
    },
  };
}
