import type { Format } from '../format';

/** The history window's words in English. Part of the English catalogue (see ./index.ts). */
export default function history(f: Format) {
  void f;
  return {};
}
