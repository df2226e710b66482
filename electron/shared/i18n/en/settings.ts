import type { Format } from '../format';

/** The settings window's words in English. Part of the English catalogue (see ./index.ts). */
export default function settings(f: Format) {
  void f;
  return {
    idleLimited:
      'Backbreak cannot tell here how long the keyboard and mouse have been still, so only sleep and a locked screen count as breaks.',
  };
}
