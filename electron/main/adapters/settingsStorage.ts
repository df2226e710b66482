import { copyFileSync, readFileSync } from 'node:fs';
import Store from 'electron-store';
import type { SettingsStorage } from '../appPorts';

/**
 * The settings file, kept by electron-store (atomic writes, the usual place in the user-data
 * folder). Reading goes around it on purpose: the app reads the raw text and validates it in
 * core (`core/settingsFile.ts`) before trusting it, because electron-store on its own would
 * either throw at start or silently clear a broken file.
 */

export function createSettingsStorage(folder: string): SettingsStorage {
  const store = new Store<Record<string, unknown>>({
    name: 'settings',
    cwd: folder,
    clearInvalidConfig: false,
    // The store never reads for us (see above), so it never sees, judges or clears the old file.
    deserialize: () => ({}),
  });
  return {
    path: store.path,
    readText() {
      try {
        return readFileSync(store.path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    write(content) {
      store.store = content;
    },
    backup(now) {
      const stamp = now.toISOString().replace(/[:.]/g, '-');
      const copy = `${store.path}.broken-${stamp}`;
      copyFileSync(store.path, copy);
      return copy;
    },
  };
}
