import type { Attachment } from 'svelte/attachments';
import type { EditableKey, SettingsEditor } from './settingsEditor.svelte';

/**
 * Puts the keyboard back on a field when main refuses its value, so a person who tabbed on
 * lands where the message is and can put it right. On a group (a fieldset), the focus goes to
 * the first control marked invalid, else the chosen one, else the first.
 */
export function focusOnRefusal(editor: SettingsEditor, key: EditableKey): Attachment<HTMLElement> {
  return (node) => {
    const refused = editor.refused;
    if (!refused || refused.key !== key || !editor.claimFocus(refused.count)) return;
    const target =
      node instanceof HTMLInputElement
        ? node
        : (node.querySelector<HTMLElement>('[aria-invalid="true"]') ??
          node.querySelector<HTMLElement>('input:checked') ??
          node.querySelector<HTMLElement>('input, button'));
    // After the messages and marks of this refusal are on screen.
    queueMicrotask(() => target?.focus());
  };
}
