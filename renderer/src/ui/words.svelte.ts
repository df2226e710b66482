import type { Messages } from '../../../electron/shared/i18n/en/index';
import { createFormat, type Format } from '../../../electron/shared/i18n/format';
import { PSEUDO_LOCALE, type Locale, type Speech } from '../../../electron/shared/i18n/locales';

/**
 * The words of the window, in the person's language. A window loads just its language's
 * catalogue (each is its own chunk), before anything is shown; when the person picks another
 * language in Settings every window switches at once, because components read their words
 * through `t()` and `fmt()`, which are reactive.
 */

type Catalogue = (f: Format) => Messages;

const CATALOGUES: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  en: () => import('../../../electron/shared/i18n/en/index'),
  de: () => import('../../../electron/shared/i18n/de/index'),
  es: () => import('../../../electron/shared/i18n/es/index'),
  [PSEUDO_LOCALE]: () => import('../../../electron/shared/i18n/pseudo'),
};

interface Spoken {
  speech: Speech;
  t: Messages;
  f: Format;
}

let spoken: Spoken | null = $state.raw(null);
let asked: Speech | null = null;

/** The window's words. */
export function t(): Messages {
  if (!spoken) throw new Error('words were asked for before a language was loaded');
  return spoken.t;
}

/** Numbers, durations, times and dates as the window's language writes them. */
export function fmt(): Format {
  if (!spoken) throw new Error('formats were asked for before a language was loaded');
  return spoken.f;
}

/** The language the window speaks, or null before one is loaded. */
export const speech = (): Speech | null => spoken?.speech ?? null;

/**
 * Loads a language and makes it the window's: its words, the page's `lang` and `dir`, and,
 * when a window is named, its title. A later call wins over an earlier one still loading.
 */
export async function speak(next: Speech, window?: keyof Messages['windowTitle']): Promise<void> {
  if (spoken && spoken.speech.locale === next.locale && spoken.speech.tag === next.tag) return;
  asked = next;
  const { default: catalogue } = await CATALOGUES[next.locale]();
  if (asked !== next) return;
  const f = createFormat(next.locale, next.tag);
  spoken = { speech: next, t: catalogue(f), f };
  const root = document.documentElement;
  root.lang = next.locale === PSEUDO_LOCALE ? PSEUDO_LOCALE : next.tag;
  root.dir = spoken.t.dir;
  if (window) document.title = spoken.t.windowTitle[window];
}
