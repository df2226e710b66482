import type { Stats } from 'node:fs';
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { USER_ROUTINE_LIMITS, type UserRoutineLimits } from '../../shared/userRoutineLimits';
import { fileProblemInEnglish } from '../core/fileProblems';
import type { ContentFileText } from '../core/routineLibrary';
import { readFileSafelyAsync } from './safeFile';

/**
 * The person's own routines folder. Anything can be in it, so it is read with care: without
 * blocking the app, without following a link out of the folder (or round a loop), within the
 * limits of `USER_ROUTINE_LIMITS`, and with messages that name the file and the problem but
 * never repeat what is in it.
 *
 * `scan` only looks at names, sizes and times and returns a signature of them, so the caller
 * can skip `read` when nothing changed since the last time.
 */

export interface UnreadableFile {
  file: string;
  message: string;
}

export interface UserRoutinesScan {
  /** Changes whenever a routine file is added, removed, edited, or a problem comes or goes. */
  signature: string;
  read(): Promise<{ files: ContentFileText[]; unreadable: UnreadableFile[] }>;
}

export interface UserRoutinesFolder {
  scan(): Promise<UserRoutinesScan>;
}

interface Found {
  file: string;
  path: string;
  stat: Stats;
}

export function createUserRoutinesFolder(
  folder: string,
  limits: UserRoutineLimits = USER_ROUTINE_LIMITS,
): UserRoutinesFolder {
  return { scan: () => scanFolder(folder, limits) };
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${bytes / (1024 * 1024)} MB`
    : bytes >= 1024
      ? `${bytes / 1024} KB`
      : `${bytes} bytes`;

const isInside = (root: string, path: string) => {
  const inside = relative(root, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
};

async function scanFolder(folder: string, limits: UserRoutineLimits): Promise<UserRoutinesScan> {
  const problems: UnreadableFile[] = [];
  const found: Found[] = [];
  const problem = (file: string, message: string) => problems.push({ file, message });
  const folderName = basename(folder);

  let root: string;
  try {
    root = await realpath(folder);
    if (!(await stat(root)).isDirectory()) {
      problem(folderName, 'is not a folder, so Backbreak found no routines in it');
      return scanOf(problems, found, limits);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      problem(folderName, `could not be read: ${fileProblemInEnglish(error)}`);
    return scanOf(problems, found, limits);
  }

  const visited = new Set([root]);
  const queue = [{ path: root, label: '', depth: 0 }];
  let entries = 0;
  let totalBytes = 0;
  let fullOfFiles = false;
  let fullOfBytes = false;
  while (queue.length > 0) {
    const dir = queue.shift()!;
    const names: string[] = [];
    let full = false;
    try {
      // Names come in small batches; a folder of thousands is never listed whole.
      for await (const entry of await opendir(dir.path)) {
        if (++entries > limits.entries) {
          full = true;
          break;
        }
        names.push(entry.name);
      }
    } catch (error) {
      problem(dir.label || folderName, `could not be read: ${fileProblemInEnglish(error)}`);
      continue;
    }
    for (const name of names.sort()) {
      const label = dir.label ? `${dir.label}/${name}` : name;
      const path = join(dir.path, name);
      let info: Stats;
      let real = path;
      try {
        info = await lstat(path);
        if (info.isSymbolicLink()) {
          try {
            real = await realpath(path);
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            problem(
              label,
              code === 'ENOENT'
                ? 'is a link to something that is not there'
                : `could not be read: ${fileProblemInEnglish(error)}`,
            );
            continue;
          }
          if (!isInside(root, real)) {
            problem(
              label,
              'is a link to something outside your routines folder, so Backbreak did not follow it',
            );
            continue;
          }
          info = await stat(real);
        }
      } catch (error) {
        problem(label, `could not be read: ${fileProblemInEnglish(error)}`);
        continue;
      }
      if (info.isDirectory()) {
        if (visited.has(real)) {
          problem(
            label,
            'leads to a folder Backbreak has already looked in, so it did not look again',
          );
        } else if (dir.depth + 1 > limits.depth) {
          problem(
            label,
            `is more than ${limits.depth} folders deep, so Backbreak did not look inside`,
          );
        } else {
          visited.add(real);
          queue.push({ path: real, label, depth: dir.depth + 1 });
        }
        continue;
      }
      if (!name.endsWith('.json') || fullOfFiles || fullOfBytes) continue;
      if (!info.isFile()) {
        problem(label, 'is not an ordinary file, so Backbreak did not read it');
      } else if (info.size > limits.fileBytes) {
        problem(label, `is larger than ${size(limits.fileBytes)}, so Backbreak did not read it`);
      } else if (found.length >= limits.files) {
        fullOfFiles = true;
        problem(
          label,
          `Backbreak reads at most ${limits.files} routine files, so it left out this one and the next ones`,
        );
      } else if (totalBytes + info.size > limits.totalBytes) {
        fullOfBytes = true;
        problem(
          label,
          `takes your routine files past ${size(limits.totalBytes)} in all, so Backbreak did not read it or the next ones`,
        );
      } else {
        totalBytes += info.size;
        found.push({ file: label, path: real, stat: info });
      }
    }
    if (full) {
      problem(
        dir.label || folderName,
        `holds more than ${limits.entries} names, so Backbreak looked at the first ${limits.entries} only`,
      );
      break;
    }
  }
  return scanOf(problems, found, limits);
}

function scanOf(problems: UnreadableFile[], found: Found[], limits: UserRoutineLimits) {
  const signature = JSON.stringify([
    found.map(({ file, stat }) => [file, stat.ino, stat.size, stat.mtimeMs, stat.ctimeMs]),
    problems,
  ]);
  return {
    signature,
    async read() {
      const files: ContentFileText[] = [];
      const unreadable = [...problems];
      for (const { file, path } of found) {
        try {
          const text = await readFileSafelyAsync(path, {
            maxBytes: limits.fileBytes,
            noFollow: true,
          });
          files.push({ file, text, source: 'user' as const });
        } catch (error) {
          unreadable.push({ file, message: `could not be read: ${fileProblemInEnglish(error)}` });
        }
      }
      return { files, unreadable };
    },
  };
}
