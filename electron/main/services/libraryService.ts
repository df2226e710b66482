import type { LibraryView } from '../../shared/views';
import { buildLibrary, formatProblem, type RoutineLibrary } from '../core/routineLibrary';
import type { Logger } from '../core/ports';
import type { FolderRead } from '../appPorts';

/**
 * The bundled routines plus the person's own, re-read from their folder when they might have
 * changed it (opening settings, preparing a break) so a new file shows up without a restart.
 */
export interface LibraryService {
  library(): RoutineLibrary;
  refresh(): RoutineLibrary;
  view(): LibraryView;
}

export function createLibraryService(deps: {
  bundled: FolderRead;
  userFolder: string;
  readUserFolder: () => FolderRead;
  log: Logger;
}): LibraryService {
  const { bundled, userFolder, readUserFolder, log } = deps;
  for (const problem of bundled.unreadable) log.error('bundled content unreadable', problem);
  let user: FolderRead = { files: [], unreadable: [] };
  let current: RoutineLibrary;
  let reportedBundled = false;

  const refresh = () => {
    try {
      user = readUserFolder();
    } catch (error) {
      log.warn('could not read your routines folder', error);
      user = { files: [], unreadable: [{ file: userFolder, message: (error as Error).message }] };
    }
    current = buildLibrary([...bundled.files, ...user.files]);
    if (!reportedBundled) {
      // Bundled content is checked by `npm run routines:check` before it ships; a problem here
      // means a broken install, worth one loud log line.
      current.problems
        .filter((p) => p.source === 'bundled')
        .forEach((p) => log.error(formatProblem(p)));
      reportedBundled = true;
    }
    return current;
  };
  current = refresh();

  return {
    library: () => current,
    refresh,
    view() {
      const library = refresh();
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
        ],
        userFolder,
      };
    },
  };
}
