import type { ShortcutPort } from '../../electron/main/appPorts';
import type { KeyboardKind } from '../../electron/shared/shortcut';

/**
 * The system's global shortcuts as a test sets them up: some held by other apps, one at most
 * ours. `press()` is the person pressing ours.
 */
export class FakeShortcutKeys implements ShortcutPort {
  /** Shortcuts other apps hold. */
  readonly taken = new Set<string>();
  /** Ours, or '' for none. */
  current = '';
  released = false;
  #onPress: (() => void) | null = null;

  constructor(readonly keyboard: KeyboardKind = 'other') {}

  use(shortcut: string, onPress: () => void): 'ok' | 'taken' | 'refused' {
    if (shortcut === this.current) return 'ok';
    if (this.taken.has(shortcut)) return 'taken';
    this.current = shortcut;
    this.#onPress = shortcut === '' ? null : onPress;
    return 'ok';
  }

  release(): void {
    this.current = '';
    this.#onPress = null;
    this.released = true;
  }

  press(): void {
    if (!this.#onPress) throw new Error('no shortcut is registered');
    this.#onPress();
  }
}
