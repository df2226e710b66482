import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsStorage } from '../appPorts';
import { readFileSafely, removeLeftovers, writeFileSafely } from './safeFile';

/**
 * The settings file, `settings.json` in the user-data folder, read and written the one safe way
 * (see `safeFile.ts`). Reading hands back the raw text: core validates it
 * (`core/settingsFile.ts`) before anything trusts it.
 */
/** A settings file is about a kilobyte; anything near this size is not one. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export function createSettingsStorage(folder: string): SettingsStorage {
  const path = join(folder, 'settings.json');
  removeLeftovers(path);
  return {
    path,
    readText: () => readFileSafely(path, { maxBytes: MAX_SETTINGS_BYTES }),
    write(content) {
      // Tab-indented, as the file has always been written, so a person can read and edit it.
      writeFileSafely(path, JSON.stringify(content, null, '\t'));
    },
    backup(now) {
      const stamp = now.toISOString().replace(/[:.]/g, '-');
      const copy = `${path}.broken-${stamp}`;
      copyFileSync(path, copy);
      return copy;
    },
  };
}
