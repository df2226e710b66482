import en, { type Messages } from '../en/index';
import type { Format } from '../format';
import app from './app';

/**
 * Every word Backbreak says in Spanish. Main's words (app.ts) are Spanish; the windows' own
 * areas (routine, settings, history) speak English until their Spanish lands.
 */
export default function es(f: Format): Messages {
  return { ...en(f), ...app(f) };
}
