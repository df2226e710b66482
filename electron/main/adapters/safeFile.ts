import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The one way Backbreak writes and reads the files it keeps (settings, the sitting clock, the
 * login entry, an export).
 *
 * A write goes to a temporary file beside the real one, is flushed to disk, renamed over the
 * old file, and then the folder is flushed so the rename itself survives a power cut. A crash at
 * any moment leaves the old file or the new one, never half of one; a write killed before its
 * rename leaves only a temporary, which `removeLeftovers` clears at the next start.
 *
 * A read opens the file without waiting on it (a named pipe in its place would otherwise hang
 * the app), refuses anything that is not an ordinary file, and never reads more than it was
 * allowed (a link to an endless device would otherwise fill the memory).
 */

/** Why a file could not be read, beyond Node's own error codes. */
export type FileProblemCode = 'NOT_A_FILE' | 'TOO_LARGE';

export class FileProblem extends Error {
  constructor(
    readonly code: FileProblemCode,
    path: string,
  ) {
    super(`${code === 'TOO_LARGE' ? 'too large' : 'not an ordinary file'}: ${path}`);
    this.name = 'FileProblem';
  }
}

const temporaryOf = (path: string, pid: number) =>
  join(dirname(path), `.${basename(path)}.${pid}.tmp`);

export function writeFileSafely(path: string, text: string, options: { mode?: number } = {}): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = temporaryOf(path, process.pid);
  try {
    const fd = openSync(temporary, 'w', options.mode ?? 0o666);
    try {
      writeFileSync(fd, text, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/** Makes a rename in `folder` durable. */
function syncFolder(folder: string): void {
  // Windows cannot open a folder to flush it; NTFS journals the rename by itself.
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems (network shares) cannot flush a folder; the file is renamed all the same.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** True when the process is gone, so a temporary it left can never be renamed any more. */
function isGone(pid: number): boolean {
  // Our own id on a temporary at start-up is an earlier process that had the same id: ours
  // are always renamed or removed before a write returns.
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes the temporaries that writes of `path` killed before their rename left behind: ours
 * (`.name.<pid>.tmp`) and those of the library that wrote settings before this one
 * (`name.tmp-<stamp>`).
 */
export function removeLeftovers(path: string): void {
  const folder = dirname(path);
  const name = basename(path);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of names) {
    const ours = entry.startsWith(`.${name}.`) && /^\.\d+\.tmp$/.exec(entry.slice(name.length + 1));
    const pid = ours ? Number(entry.slice(name.length + 2, -'.tmp'.length)) : null;
    const older =
      entry.startsWith(`${name}.tmp-`) && /^[0-9a-f]+$/.test(entry.slice(name.length + 5));
    if ((pid !== null && isGone(pid)) || older) rmSync(join(folder, entry), { force: true });
  }
}

/** The file's text, or null when there is none. Anything else that goes wrong is thrown. */
export function readFileSafely(path: string, options: { maxBytes: number }): string | null {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) {
      throw Object.assign(new Error(`is a folder: ${path}`), { code: 'EISDIR' });
    }
    if (!stat.isFile()) throw new FileProblem('NOT_A_FILE', path);
    if (stat.size > options.maxBytes) throw new FileProblem('TOO_LARGE', path);
    // Read to one byte past the limit: a file growing while it is read is caught too.
    const buffer = Buffer.alloc(options.maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > options.maxBytes) throw new FileProblem('TOO_LARGE', path);
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * `readFileSafely` without blocking: for files the person puts in the user-data folder, read
 * while the app goes on. `noFollow` refuses a link in the file's own place (the caller has
 * already resolved the real path, so a link there appeared since).
 */
export async function readFileSafelyAsync(
  path: string,
  options: { maxBytes: number; noFollow?: boolean },
): Promise<string> {
  const flags =
    constants.O_RDONLY |
    (constants.O_NONBLOCK ?? 0) |
    (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  const handle = await open(path, flags);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new FileProblem('NOT_A_FILE', path);
    if (stat.size > options.maxBytes) throw new FileProblem('TOO_LARGE', path);
    const buffer = Buffer.alloc(options.maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > options.maxBytes) throw new FileProblem('TOO_LARGE', path);
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}
