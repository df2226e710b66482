import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../electron/shared/i18n/pseudoText';

/** The pseudo-locale's marks, passed into a page with the check below. */
export const MARKS = { open: PSEUDO_OPEN, close: PSEUDO_CLOSE } as const;

/**
 * Every word a window shows or tells a screen reader that did not come through the catalogue,
 * as the pseudo-locale shows it: the text of each node, each spoken attribute and the window's
 * title, with every marked message (⟦…⟧, perhaps holding others) taken out. Digits,
 * punctuation, symbols and spaces may remain (Intl writes numbers; ‹ › ✕ are drawn); a letter
 * may not. A language's own name, marked as that language (`lang`), reads the same in every
 * language and is left alone.
 *
 * Self-contained, so it runs in a real page (see `inPage`) as well as in a component test's
 * jsdom (`wordsOutsideCatalogue(document, MARKS)`).
 */
export function wordsOutsideCatalogue(
  document: PageDocument,
  marks: { open: string; close: string },
): string[] {
  const outside = (text: string) => {
    let depth = 0;
    let rest = '';
    for (const char of text) {
      if (char === marks.open) depth++;
      else if (char === marks.close) depth--;
      else if (depth === 0) rest += char;
    }
    return /\p{L}/u.test(rest) ? rest.trim() : '';
  };
  const found: string[] = [];
  const root = document.documentElement;
  // 4: NodeFilter.SHOW_TEXT, written out so the function needs nothing from outside.
  const walker = document.createTreeWalker(document.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('style, script, template')) continue;
    const lang = parent.closest('[lang]')?.getAttribute('lang');
    if (lang && lang !== root.lang) continue;
    const rest = outside(node.textContent ?? '');
    if (rest) found.push(`<${parent.tagName.toLowerCase()}> ${rest}`);
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
      const rest = outside(element.getAttribute(attribute) ?? '');
      if (rest) found.push(`<${element.tagName.toLowerCase()} ${attribute}> ${rest}`);
    }
  }
  const title = outside(document.title);
  if (title) found.push(`<title> ${title}`);
  return found;
}

/** The check as a script for `page.evaluate`: the page's own document, no bundling needed. */
export const inPage = `(${wordsOutsideCatalogue.toString()})(document, ${JSON.stringify(MARKS)})`;

/** What the check reads of a document: a DOM's, in jsdom or in Chromium. */
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
