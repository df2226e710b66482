import type { Settings } from '../../../electron/shared/settingsSchema';

/** "system" follows the OS through CSS; light or dark pins the page's color-scheme. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
