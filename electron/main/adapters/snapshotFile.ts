import type { SnapshotStore } from '../core/ports';
import { readFileSafely, removeLeftovers, writeFileSafely } from './safeFile';

/**
 * A SnapshotStore on one JSON file, written the one safe way (see `safeFile.ts`): a crash or
 * power loss leaves either the old snapshot or the new one, never half of one. `load` hands
 * back raw data for core to validate; a missing or unreadable file is simply no snapshot.
 */

export interface SnapshotFileOptions {
  /** Told when the file exists but cannot be read or parsed, so the caller can log it. */
  onUnreadable?: (message: string, detail: unknown) => void;
}

/** The snapshot is a few hundred bytes; a file far larger is not one. */
const MAX_SNAPSHOT_BYTES = 64 * 1024;

export function createSnapshotFile(path: string, options: SnapshotFileOptions = {}): SnapshotStore {
  removeLeftovers(path);
  return {
    load() {
      let text: string | null;
      try {
        text = readFileSafely(path, { maxBytes: MAX_SNAPSHOT_BYTES });
      } catch (error) {
        options.onUnreadable?.('Could not read the snapshot file.', error);
        return undefined;
      }
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        options.onUnreadable?.('The snapshot file is not valid JSON.', error);
        return undefined;
      }
    },
    save(value) {
      writeFileSafely(path, JSON.stringify(value));
    },
  };
}
