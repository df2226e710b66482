/**
 * The languages Backbreak speaks, and which one a person gets. English is the source; the
 * pseudo-locale (en-XA) is English made longer and accented, for finding words that did not go
 * through the catalogue and text that does not fit. It is never offered in Settings.
 */

/** The languages translated from the English: the catalogue and every content text. */
export const TRANSLATED = ['de', 'es'] as const;
export type TranslatedLanguage = (typeof TRANSLATED)[number];
export const LOCALES = ['en', ...TRANSLATED] as const;

/** Whether a locale has translated content texts (English is their source). */
export const isTranslated = (locale: string): locale is TranslatedLanguage =>
  (TRANSLATED as readonly string[]).includes(locale);
export type Locale = (typeof LOCALES)[number] | 'en-XA';

export const PSEUDO_LOCALE = 'en-XA' as const;

/** The Language setting: follow the system, or one of the languages (or the pseudo-locale). */
export const LANGUAGE_CHOICES = ['system', ...LOCALES, PSEUDO_LOCALE] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language by its own name, as a language menu shows them. */
export const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
};

/**
 * The first of the system's preferred languages Backbreak speaks ("de-AT" speaks German),
 * else English.
 */
export function localeFor(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    if (tag.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
    const language = tag.toLowerCase().split(/[-_]/)[0];
    const known = LOCALES.find((locale) => locale === language);
    if (known) return known;
  }
  return 'en';
}

/** The locale a setting and the system's languages give. */
export function resolveLocale(choice: LanguageChoice, system: readonly string[]): Locale {
  return choice === 'system' ? localeFor(system) : choice;
}

/** The locale Intl formats with: the pseudo-locale formats as English. */
export const intlLocale = (locale: Locale): string => (locale === PSEUDO_LOCALE ? 'en' : locale);

/**
 * The tag Intl formats a locale with: the system's own tag in that language, so its region's
 * habits stay (en-GB writes 14:05 and en-US 2:05 PM; es-MX and es-ES write numbers their own
 * way), else the language alone.
 */
export function formatTag(locale: Locale, system: readonly string[]): string {
  const language = intlLocale(locale);
  for (const tag of system) {
    if (tag.toLowerCase().split(/[-_]/)[0] !== language) continue;
    try {
      return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? language;
    } catch {
      // Not a tag Intl reads: the language alone will do.
    }
  }
  return language;
}

/** The language a person gets, and the tag its numbers, times and dates follow. */
export interface Speech {
  locale: Locale;
  tag: string;
}

export function speechFor(choice: LanguageChoice, system: readonly string[]): Speech {
  const locale = resolveLocale(choice, system);
  return { locale, tag: formatTag(locale, system) };
}
