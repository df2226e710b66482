import type { Format } from './format';

/**
 * The pseudo-locale's marks: every text accented, about 40% longer and wrapped in ⟦ ⟧, so a
 * screenshot shows at a glance which words did not go through the catalogue (they are plain)
 * and which text does not fit (it is cut or overflows). Small and free of any catalogue, so
 * the formats (format.ts) and main's content can mark their words too.
 */

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** One text in the pseudo-locale: accented, 40% longer (at least one extra), marked. */
export function pseudoText(text: string): string {
  if (isPseudo(text)) return text;
  const accented = [...text].map((char) => ACCENTED[char] ?? char).join('');
  const extra = '~'.repeat(Math.max(1, Math.round(text.length * 0.4)));
  return `${PSEUDO_OPEN}${accented}${extra}${PSEUDO_CLOSE}`;
}

/**
 * Whether a text is already one pseudo text, ⟦…⟧ from end to end: a message that only passes
 * on a pseudo name stays as it is, but one that starts with a name and goes on ("⟦Twist⟧,
 * left side") is a text of its own and gets its marks.
 */
function isPseudo(text: string): boolean {
  let depth = 0;
  const chars = [...text];
  for (const [i, char] of chars.entries()) {
    if (char === PSEUDO_OPEN) depth++;
    else if (char === PSEUDO_CLOSE) depth--;
    if (depth === 0 && i < chars.length - 1) return false;
  }
  return chars.length > 0 && depth === 0;
}

/** A whole catalogue (or any part of it) in the pseudo-locale: texts, lists and messages. */
export function pseudoize<T>(value: T): T {
  if (typeof value === 'string') return pseudoText(value) as T;
  if (typeof value === 'function') {
    return ((...args: unknown[]) =>
      pseudoize((value as (...a: unknown[]) => unknown)(...args))) as T;
  }
  if (Array.isArray(value)) return value.map(pseudoize) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, pseudoize(inner)]),
    ) as T;
  }
  return value;
}

/**
 * The pseudo-locale's formats: what Intl writes with words in it ("5 mins", "Monday",
 * "9:30 AM", "a and b") is marked like a message, so the pseudo-locale test can tell it from a
 * word that bypassed the catalogue. Bare numbers stay as they are.
 */
export function pseudoFormat(f: Format): Format {
  const mark = (text: string) => (/\p{L}/u.test(text) ? pseudoText(text) : text);
  return {
    ...f,
    minutes: (n) => mark(f.minutes(n)),
    narrowMinutes: (n) => mark(f.narrowMinutes(n)),
    sitting: (ms) => mark(f.sitting(ms)),
    seconds: (ms) => mark(f.seconds(ms)),
    time: (ms) => mark(f.time(ms)),
    clock: (hhmm) => mark(f.clock(hhmm)),
    weekday: (day, width) => mark(f.weekday(day, width)),
    longDate: (ms) => mark(f.longDate(ms)),
    shortDate: (ms) => mark(f.shortDate(ms)),
    dayAndDate: (ms) => mark(f.dayAndDate(ms)),
    list: (items, kind) => mark(f.list(items, kind)),
  };
}
