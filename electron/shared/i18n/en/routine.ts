import type { Format } from '../format';

/** The routine window's words in English. Part of the English catalogue (see ./index.ts). */
export default function routine(f: Format) {
  void f;
  return {};
}
