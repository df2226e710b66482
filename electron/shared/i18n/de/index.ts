import type { Messages } from '../en/index';
import type { Format } from '../format';
import app from './app';
import history from './history';
import routine from './routine';
import settings from './settings';

/**
 * Every word Backbreak says in German: main's words (app.ts) and each window's (routine.ts,
 * settings.ts, history.ts). English is imported only as a type, so a window that loads German
 * loads no English words with it.
 */
export default function de(f: Format): Messages {
  return { ...app(f), routine: routine(f), settings: settings(f), history: history(f) };
}
