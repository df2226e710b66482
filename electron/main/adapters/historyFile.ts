import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { HistoryFile } from '../appPorts';

/**
 * The history file on disk. Each record goes down in one `write` with O_APPEND, so a record is
 * either all there or (after a crash mid-write) a torn last line that the reader skips.
 */

export function createHistoryFile(path: string): HistoryFile {
  return {
    path,
    read() {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
        throw error;
      }
    },
    append(line) {
      mkdirSync(dirname(path), { recursive: true });
      appendFileSync(path, line, { encoding: 'utf8', flag: 'a' });
    },
  };
}
