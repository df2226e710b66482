import en, { type Messages } from '../en/index';
import type { Format } from '../format';
import app from './app';

/**
 * Every word Backbreak says in German. Main's words (app.ts) are German; the windows' areas
 * (routine, settings, history) speak English until their German lands.
 */
export default function de(f: Format): Messages {
  return { ...en(f), ...app(f) };
}
