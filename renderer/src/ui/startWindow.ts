import { mount, type Component } from 'svelte';
import { speechFor } from '../../../electron/shared/i18n/locales';
import type { WindowKind } from '../../../electron/shared/views';
import { bridge } from '../bridge';
import { reportErrors } from './reportErrors';
import { speak } from './words.svelte';

/**
 * Starts a window: errors go to main's log, the person's language is loaded, then the window
 * is shown and follows any change of language made in Settings. If the settings cannot be
 * read, the window speaks the browser's language (the system's) and says what went wrong.
 */
export async function startWindow(kind: WindowKind, app: Component): Promise<void> {
  const api = bridge();
  reportErrors(api);
  api.onSettingsChanged((view) => void speak(view, kind));
  const view = await api.getSettings().catch(() => null);
  await speak(view ?? speechFor('system', navigator.languages), kind);
  mount(app, { target: document.getElementById('app')! });
}
