import { closeSync, constants, fstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { HistoryFile } from '../appPorts';
import { FileProblem, readFileSafely } from './safeFile';

/**
 * The history file on disk. Each record goes down in one `write` with O_APPEND, so a record is
 * either all there or (after a crash mid-write) a torn last line that the reader skips.
 */

/**
 * Years of breaks come to a few megabytes; a file far larger is not a history, and reading it
 * whole would cost the app its memory.
 */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

export function createHistoryFile(path: string): HistoryFile {
  return {
    path,
    read: () => readFileSafely(path, { maxBytes: MAX_HISTORY_BYTES }) ?? '',
    append(line) {
      mkdirSync(dirname(path), { recursive: true });
      // O_NONBLOCK: a named pipe in the file's place fails at once instead of hanging the app
      // until something reads it. On an ordinary file it changes nothing.
      const fd = openSync(
        path,
        constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0),
        0o666,
      );
      try {
        if (!fstatSync(fd).isFile()) throw new FileProblem('NOT_A_FILE', path);
        writeSync(fd, line);
      } finally {
        closeSync(fd);
      }
    },
  };
}
