import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SnapshotStore } from '../core/ports';

/**
 * A SnapshotStore on one JSON file. Writes go to a temporary file in the same folder, are
 * flushed to disk, and then renamed over the old file, so a crash or power loss leaves either
 * the old snapshot or the new one, never half of one. `load` hands back raw data for core to
 * validate; a missing or unreadable file is simply no snapshot.
 */

export interface SnapshotFileOptions {
  /** Told when the file exists but cannot be read or parsed, so the caller can log it. */
  onUnreadable?: (message: string, detail: unknown) => void;
}

export function createSnapshotFile(path: string, options: SnapshotFileOptions = {}): SnapshotStore {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  return {
    load() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          options.onUnreadable?.('Could not read the snapshot file.', error);
        }
        return undefined;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        options.onUnreadable?.('The snapshot file is not valid JSON.', error);
        return undefined;
      }
    },
    save(value) {
      mkdirSync(folder, { recursive: true });
      const fd = openSync(temporary, 'w');
      try {
        writeSync(fd, JSON.stringify(value));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      try {
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
  };
}
