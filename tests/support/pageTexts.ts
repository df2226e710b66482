import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../electron/shared/i18n/pseudoText';

/** A text a window shows or tells a screen reader, and where: `<button title>`. */
export interface PageText {
  where: string;
  text: string;
}

/**
 * Every text a window shows or tells a screen reader: each text node, each spoken attribute
 * and the window's title. Left out: text marked as another language (`lang`: a language's own
 * name, reading the same in every language) and text marked not to be translated
 * (`translate="no"`: a file's path).
 *
 * Self-contained, so it runs in a real page (`page.evaluate(TEXTS_IN_PAGE)`) as well as in a
 * component test's jsdom (`pageTexts(document)`).
 */
export function pageTexts(document: PageDocument): PageText[] {
  const found: PageText[] = [];
  const root = document.documentElement;
  // 4: NodeFilter.SHOW_TEXT, written out so the function needs nothing from outside.
  const walker = document.createTreeWalker(document.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('style, script, template')) continue;
    const lang = parent.closest('[lang]')?.getAttribute('lang');
    if (lang && lang !== root.lang) continue;
    if (parent.closest('[translate="no"]')) continue;
    const text = (node.textContent ?? '').trim();
    if (text) found.push({ where: `<${parent.tagName.toLowerCase()}>`, text });
  }
  const spoken = [
    'aria-label',
    'aria-description',
    'aria-valuetext',
    'aria-roledescription',
    'title',
    'placeholder',
    'alt',
  ];
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of spoken) {
      const text = element.getAttribute(attribute)?.trim();
      if (text) found.push({ where: `<${element.tagName.toLowerCase()} ${attribute}>`, text });
    }
  }
  if (document.title) found.push({ where: '<title>', text: document.title });
  return found;
}

/** `pageTexts` as a script for `page.evaluate`: the page's own document, no bundling needed. */
export const TEXTS_IN_PAGE = `(${pageTexts.toString()})(document)`;

/**
 * The words among `texts` that did not come through the catalogue, as the pseudo-locale shows
 * them: each text with every marked message (⟦…⟧, perhaps holding others) taken out. Digits,
 * punctuation, symbols and spaces may remain (Intl writes numbers; ‹ › ✕ are drawn); a letter
 * may not.
 */
export function wordsOutsideCatalogue(texts: readonly PageText[]): string[] {
  const outside = (text: string) => {
    let depth = 0;
    let rest = '';
    for (const char of text) {
      if (char === PSEUDO_OPEN) depth++;
      else if (char === PSEUDO_CLOSE) depth--;
      else if (depth === 0) rest += char;
    }
    return rest.trim();
  };
  return texts
    .map(({ where, text }) => ({ where, rest: outside(text) }))
    .filter(({ rest }) => /\p{L}/u.test(rest))
    .map(({ where, rest }) => `${where} ${rest}`);
}

/** What `pageTexts` reads of a document: a DOM's, in jsdom or in Chromium. */
interface PageElement {
  readonly tagName: string;
  readonly parentElement: PageElement | null;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
interface PageDocument {
  readonly documentElement: { readonly lang: string };
  readonly body: PageElement;
  readonly title: string;
  createTreeWalker(
    root: unknown,
    show: number,
  ): {
    nextNode(): {
      readonly parentElement: PageElement | null;
      readonly textContent: string | null;
    } | null;
  };
}
