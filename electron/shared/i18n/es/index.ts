import type { Messages } from '../en/index';
import type { Format } from '../format';
import app from './app';
import history from './history';
import routine from './routine';
import settings from './settings';

/**
 * Every word Backbreak says in Spanish, composed like the English catalogue (../en/index.ts):
 * main's words (app.ts) and each window's (routine, settings, history). It imports no English
 * at run time, so a window speaking Spanish loads the Spanish chunk alone.
 */
export default function es(f: Format): Messages {
  return { ...app(f), routine: routine(f), settings: settings(f), history: history(f) };
}
