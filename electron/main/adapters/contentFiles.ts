import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFileText, ContentSource } from '../core/routineLibrary';

/** A content file larger than this is not a routine someone wrote by hand. */
const MAX_FILE_BYTES = 512 * 1024;

export interface UnreadableFile {
  file: string;
  message: string;
}

/**
 * Reads every `.json` file below `folder` (a missing folder is simply empty). `label` prefixes
 * the names used in messages, so a problem points at the file the person can open. For the
 * content that ships with the app; the person's own folder, which may hold anything, is read by
 * `userRoutinesFolder.ts`.
 */
export function readContentFolder(
  folder: string,
  source: ContentSource,
  label: string,
): { files: ContentFileText[]; unreadable: UnreadableFile[] } {
  const files: ContentFileText[] = [];
  const unreadable: UnreadableFile[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        unreadable.push({ file: dir, message: (error as Error).message });
      }
      return;
    }
    for (const name of names.sort()) {
      const path = join(dir, name);
      const file = [label, relative(folder, path).split(sep).join('/')].filter(Boolean).join('/');
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) walk(path);
        else if (!name.endsWith('.json')) continue;
        else if (stat.size > MAX_FILE_BYTES)
          unreadable.push({ file, message: 'the file is too large to be a routine' });
        else files.push({ file, text: readFileSync(path, 'utf8'), source });
      } catch (error) {
        unreadable.push({ file, message: (error as Error).message });
      }
    }
  };
  walk(folder);
  return { files, unreadable };
}
