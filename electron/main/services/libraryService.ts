import type { LibraryView } from '../../shared/views';
import type { FolderRead, UserRoutinesPort } from '../appPorts';
import { describeFileProblem } from '../core/fileProblems';
import type { Logger } from '../core/ports';
import { buildLibrary, formatProblem, type RoutineLibrary } from '../core/routineLibrary';

/** A message can quote the file (a key's name, say), and a file can make that any size. */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * The bundled routines plus the person's own. Their folder is looked at again when they might
 * have changed it (opening settings, a reminder, a break) so a new file shows up without a
 * restart: without blocking the app, and read and checked again only when it changed.
 */
export interface LibraryService {
  /** The library as last read. */
  library(): RoutineLibrary;
  /** Looks at the person's folder again. Calls made while one look is going on share it. */
  refresh(): Promise<RoutineLibrary>;
  view(): Promise<LibraryView>;
}

export function createLibraryService(deps: {
  bundled: FolderRead;
  userFolder: string;
  userRoutines: UserRoutinesPort;
  log: Logger;
}): LibraryService {
  const { bundled, userFolder, userRoutines, log } = deps;
  for (const problem of bundled.unreadable) log.error('bundled content unreadable', problem);
  let user: FolderRead = { files: [], unreadable: [] };
  let signature: string | null = null;
  const build = () => buildLibrary([...bundled.files, ...user.files]);
  let current = build();
  // Bundled content is checked by `npm run routines:check` before it ships; a problem here
  // means a broken install, worth one loud log line.
  current.problems
    .filter((p) => p.source === 'bundled')
    .forEach((p) => log.error(formatProblem(p)));

  const look = async () => {
    try {
      const scan = await userRoutines.scan();
      if (scan.signature === signature) return current;
      user = await scan.read();
      signature = scan.signature;
    } catch (error) {
      log.warn('could not look at your routines folder', error);
      const folderName = userFolder.split(/[\\/]/).filter(Boolean).at(-1) ?? userFolder;
      user = {
        files: [],
        unreadable: [
          { file: folderName, message: `could not be read: ${describeFileProblem(error)}` },
        ],
      };
      signature = null;
    }
    current = build();
    return current;
  };
  let looking: Promise<RoutineLibrary> | null = null;
  const refresh = () => {
    looking ??= look().finally(() => {
      looking = null;
    });
    return looking;
  };

  return {
    library: () => current,
    refresh,
    async view() {
      const library = await refresh();
      return {
        exercises: [...library.exercises.values()]
          .map(({ id, name, place }) => ({ id, name, place }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        routines: [...library.routines.values()]
          .map(({ id, title, minutes, places, source }) => ({ id, title, minutes, places, source }))
          .sort((a, b) => a.minutes - b.minutes || a.title.localeCompare(b.title)),
        problems: [
          ...user.unreadable,
          ...library.problems
            .filter((p) => p.source === 'user')
            .map((p) => ({
              file: p.file,
              message: p.path ? `${p.path}: ${p.message}` : p.message,
            })),
        ].map(({ file, message }) => ({ file: clip(file, 200), message: clip(message, 300) })),
        userFolder,
      };
    },
  };
}
