import de from './de/index';
import en, { type Messages } from './en/index';
import es from './es/index';
import { createFormat, type Format } from './format';
import { intlLocale, PSEUDO_LOCALE, type Locale } from './locales';
import pseudo from './pseudo';

/**
 * Every catalogue at once, for the main process: it speaks whatever language the settings say
 * at that moment (the windows load just their own language, see renderer/src/ui/words).
 */

const CATALOGUES: Record<Locale, (f: Format) => Messages> = {
  en,
  de,
  es,
  [PSEUDO_LOCALE]: pseudo,
};

const made = new Map<string, Messages>();

/** A language's words, with numbers, times and dates as `tag` writes them (see formatTag). */
export function messagesFor(locale: Locale, tag: string = intlLocale(locale)): Messages {
  const key = `${locale} ${tag}`;
  let messages = made.get(key);
  if (!messages) {
    messages = CATALOGUES[locale](createFormat(locale, tag));
    made.set(key, messages);
  }
  return messages;
}

export type { Messages };
