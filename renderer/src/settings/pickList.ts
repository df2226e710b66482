/** The items of a pick list and how the filter box narrows them. */

export interface PickItem {
  id: string;
  label: string;
  detail: string;
}

/** Lower case without accents, so "cote" finds "Côté" and "CAT" finds "Cat-cow". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function filterItems(items: PickItem[], query: string): PickItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const haystack = fold(`${item.label} ${item.detail}`);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The library's items, plus any chosen id the library no longer has (a routine file that was
 * removed), so it can still be unticked.
 */
export function withMissing(
  items: PickItem[],
  chosen: string[],
  missingDetail: string,
): PickItem[] {
  const known = new Set(items.map((item) => item.id));
  const missing = chosen
    .filter((id) => !known.has(id))
    .map((id) => ({ id, label: id, detail: missingDetail }));
  return [...items, ...missing];
}
