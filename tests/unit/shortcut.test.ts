import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../electron/shared/i18n/messages';
import {
  canonicalShortcut,
  isShortcut,
  shortcutOfPress,
  shortcutWords,
  type KeyPress,
} from '../../electron/shared/shortcut';

const en = messagesFor('en');

const press = (code: string, held: Partial<KeyPress> = {}): KeyPress => ({
  key: '',
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...held,
});

describe('a shortcut', () => {
  it('needs Ctrl, Alt or Super with one key, so nothing typed by accident can fire it', () => {
    for (const good of ['Ctrl+Alt+B', 'Alt+F4', 'Super+1', 'Ctrl+Shift+Space', 'Alt+PageDown']) {
      expect(isShortcut(good)).toBe(true);
    }
    for (const bad of [
      '',
      'B',
      'Shift+B',
      'Ctrl+Alt',
      'Ctrl+B+C',
      'Alt+Ctrl+B',
      'Ctrl+b',
      'Meta+B',
    ])
      expect(isShortcut(bad)).toBe(false);
  });

  it('has one spelling, whatever order its keys were written in', () => {
    expect(canonicalShortcut('Super+Shift+Alt+Ctrl+K')).toBe('Ctrl+Alt+Shift+Super+K');
    expect(canonicalShortcut('Hyper+K')).toBe('Hyper+K');
    expect(canonicalShortcut('')).toBe('');
  });

  it('is recorded as the layout types the letter, or from where the key is when that is changed', () => {
    expect(shortcutOfPress(press('KeyB', { key: 'b', ctrlKey: true, altKey: true }))).toBe(
      'Ctrl+Alt+B',
    );
    // The key in Q's place types "a" on a French keyboard: the shortcut is the A the person pressed.
    expect(shortcutOfPress(press('KeyQ', { key: 'a', ctrlKey: true }))).toBe('Ctrl+A');
    // Option+B types "∫" on a Mac; the shortcut is still Alt+B.
    expect(shortcutOfPress(press('KeyB', { key: '∫', altKey: true }))).toBe('Alt+B');
    expect(shortcutOfPress(press('Digit1', { key: '!', shiftKey: true, altKey: true }))).toBe(
      'Alt+Shift+1',
    );
    expect(shortcutOfPress(press('Digit7', { metaKey: true, shiftKey: true }))).toBe(
      'Shift+Super+7',
    );
    expect(shortcutOfPress(press('F12', { ctrlKey: true }))).toBe('Ctrl+F12');
    expect(shortcutOfPress(press('ArrowUp', { altKey: true }))).toBe('Alt+Up');
    expect(shortcutOfPress(press('KeyB'))).toBe('B');
    // Only modifiers held so far, or a key a shortcut cannot use.
    expect(shortcutOfPress(press('ControlLeft', { ctrlKey: true }))).toBeNull();
    expect(shortcutOfPress(press('Backquote', { ctrlKey: true }))).toBeNull();
  });

  it('records only spellings that are either usable or missing a modifier', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('KeyA', 'KeyZ', 'Digit0', 'F1', 'F24', 'F25', 'Space', 'Tab', 'Enter'),
        fc.constantFrom('', 'q', 'Q', 'é', '1', '!', 'Tab'),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (code, key, ctrlKey, altKey, shiftKey, metaKey) => {
          const recorded = shortcutOfPress({ key, code, ctrlKey, altKey, shiftKey, metaKey });
          if (recorded === null) return;
          expect(canonicalShortcut(recorded)).toBe(recorded);
          expect(isShortcut(recorded)).toBe(ctrlKey || altKey || metaKey);
        },
      ),
    );
  });

  it('reads as the keys are printed on each system', () => {
    expect(shortcutWords('Ctrl+Alt+Shift+Super+B', 'mac', en.keys)).toBe(
      'Control+Option+Shift+Command+B',
    );
    expect(shortcutWords('Ctrl+Alt+Shift+Super+B', 'windows', en.keys)).toBe(
      'Ctrl+Alt+Shift+Windows+B',
    );
    expect(shortcutWords('Ctrl+Alt+B', 'other', en.keys)).toBe('Ctrl+Alt+B');
    expect(shortcutWords('Ctrl+Shift+Space', 'windows', messagesFor('de').keys)).toBe(
      'Strg+Umschalt+Leertaste',
    );
    expect(shortcutWords('Alt+Super+Delete', 'mac', messagesFor('es').keys)).toBe(
      'Opción+Comando+Supr',
    );
  });
});
