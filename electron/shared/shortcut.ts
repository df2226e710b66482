/**
 * The global shortcut as a string Electron understands (an accelerator such as
 * "Ctrl+Alt+B"), how the settings window records one from a key press, and how it reads on
 * each system. Only combinations that cannot be typed by accident: at least one of Ctrl, Alt
 * or Super (Command on a Mac, the Windows key on Windows) with one key.
 */

/** In the order they are written, so one combination has one spelling. */
const MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Super'] as const;
type Modifier = (typeof MODIFIERS)[number];

const NAMED_KEYS = [
  'Space',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Insert',
  'Delete',
] as const;

const KEYS = new Set<string>([
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`),
  ...NAMED_KEYS,
]);

/**
 * The one spelling of a combination: its modifiers in the usual order ("Alt+Ctrl+B" is
 * "Ctrl+Alt+B"), so a hand-written one and a recorded one compare equal. Anything else is
 * left as it is, for `isShortcut` to refuse.
 */
export function canonicalShortcut(text: string): string {
  const parts = text.split('+');
  const key = parts.pop()!;
  const rank = (part: string) => MODIFIERS.indexOf(part as Modifier);
  if (parts.some((part) => rank(part) < 0)) return text;
  return [...parts.sort((a, b) => rank(a) - rank(b)), key].join('+');
}

/** Whether `text` is a usable shortcut in its one spelling (the empty string, none, is not). */
export function isShortcut(text: string): boolean {
  const parts = text.split('+');
  const key = parts.pop()!;
  if (!KEYS.has(key) || parts.length === 0) return false;
  const order = parts.map((part) => MODIFIERS.indexOf(part as Modifier));
  const ascending = order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1]!));
  return ascending && parts.some((part) => part !== 'Shift');
}

/** The part of a KeyboardEvent a shortcut is read from. */
export interface KeyPress {
  /** What the key types in the person's layout ("b"), and where it is ("KeyB"). */
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const CODE_KEYS: Record<string, string> = {
  Space: 'Space',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
};

/**
 * The shortcut a key press makes; null while only modifiers are held or for a key a shortcut
 * cannot use. A letter is the one the person's layout types, as Electron reads shortcuts;
 * where a modifier changes what is typed (Option on a Mac), the key's place says which it is.
 * Whether it has the modifiers it needs is `isShortcut`'s (main's) to say.
 */
export function shortcutOfPress(press: KeyPress): string | null {
  const key = /^[a-z]$/i.test(press.key)
    ? press.key.toUpperCase()
    : /^Key[A-Z]$/.test(press.code) || /^Digit\d$/.test(press.code)
      ? press.code.slice(-1)
      : /^F([1-9]|1\d|2[0-4])$/.test(press.code)
        ? press.code
        : (CODE_KEYS[press.code] ?? null);
  if (key === null) return null;
  const held = modifiersHeld(press);
  return held === '' ? key : `${held}+${key}`;
}

/** The modifiers held in a press, spelled as in a shortcut ("Ctrl+Alt"); '' for none. */
export function modifiersHeld(press: Omit<KeyPress, 'key' | 'code'>): string {
  const held: Record<Modifier, boolean> = {
    Ctrl: press.ctrlKey,
    Alt: press.altKey,
    Shift: press.shiftKey,
    Super: press.metaKey,
  };
  return MODIFIERS.filter((modifier) => held[modifier]).join('+');
}

export type KeyboardKind = 'mac' | 'windows' | 'other';

/**
 * The keys as a language names them, as printed on that language's keyboards: "Strg" on a
 * German one, "Mayús" on a Spanish one, "Command" on a Mac (see the catalogues' `keys`).
 */
export interface KeyNames {
  modifiers: Record<KeyboardKind, Record<Modifier, string>>;
  keys: Record<(typeof NAMED_KEYS)[number], string>;
}

/** "Ctrl+Alt+B", "Strg+Alt+B", or "Control+Option+B" on a Mac: the keys as printed on them. */
export function shortcutWords(shortcut: string, keyboard: KeyboardKind, names: KeyNames): string {
  const words: Record<string, string> = { ...names.keys, ...names.modifiers[keyboard] };
  return shortcut
    .split('+')
    .map((part) => words[part] ?? part)
    .join('+');
}
