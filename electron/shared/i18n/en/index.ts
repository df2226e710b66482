import type { Format } from '../format';
import app from './app';
import history from './history';
import routine from './routine';
import settings from './settings';

/**
 * Every word Backbreak says in English: the source catalogue, shared by main and the windows.
 * Each other language is a folder beside this one whose catalogue must have the type
 * `Messages`, so a missing or misspelled message fails `tsc`. A message is a string, or a
 * function of what it says and of the locale's `Format` (numbers, durations, times, lists and
 * plurals come from Intl, never from the words themselves).
 *
 * One file per part of the app, so each stays readable: app.ts (main: tray, notifications,
 * errors, and words the windows share), routine.ts, settings.ts, history.ts (the windows).
 */
export default function en(f: Format) {
  return { ...app(f), routine: routine(f), settings: settings(f), history: history(f) };
}

export type Messages = ReturnType<typeof en>;
