import en, { type Messages } from '../en/index';
import type { Format } from '../format';

// Placeholder until the translation lands: speaks English.
export default function es(f: Format): Messages {
  return en(f);
}
