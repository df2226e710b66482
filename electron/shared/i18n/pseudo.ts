import en from './en/index';
import type { Format } from './format';
import { pseudoize } from './pseudoText';

/** The pseudo-locale's catalogue: the English one, every message marked (see pseudoText.ts). */
export default function pseudo(f: Format) {
  return pseudoize(en(f));
}
