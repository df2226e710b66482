import { isTranslated, PSEUDO_LOCALE, type Locale } from '../../shared/i18n/locales';
import type { LibraryView } from '../../shared/views';
import type { FolderRead, UserRoutinesPort } from '../appPorts';
import { contentLanguage, type ContentLanguage } from '../core/contentLanguage';
import { missingTexts } from '../core/contentTexts';
import { fileProblemInEnglish } from '../core/fileProblems';
import type { Logger } from '../core/ports';
import { buildLibrary, formatProblem, type RoutineLibrary } from '../core/routineLibrary';
import { clip } from '../../shared/clip';

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
  /** The content as it reads in a language (see core/contentLanguage.ts). */
  language(locale: Locale): ContentLanguage;
  /** What the settings window lists, in a language. */
  view(locale: Locale): Promise<LibraryView>;
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
          { file: folderName, message: `could not be read: ${fileProblemInEnglish(error)}` },
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

  // One per library and language: the library changes only when the person's files do.
  const languages = new WeakMap<RoutineLibrary, Map<Locale, ContentLanguage>>();
  const language = (locale: Locale) => {
    const made = languages.get(current) ?? new Map<Locale, ContentLanguage>();
    languages.set(current, made);
    let said = made.get(locale);
    if (!said) {
      said = contentLanguage(current, locale);
      made.set(locale, said);
    }
    return said;
  };

  return {
    library: () => current,
    refresh,
    language,
    async view(locale) {
      const library = await refresh();
      const said = language(locale);
      const order = new Intl.Collator(locale === PSEUDO_LOCALE ? 'en' : locale);
      return {
        exercises: [...library.exercises.values()]
          .map(({ id, place }) => ({ id, name: said.exerciseName(id), place }))
          .sort((a, b) => order.compare(a.name, b.name)),
        routines: [...library.routines.values()]
          .map(({ id, title, minutes, places, source }) => ({
            id,
            title: said.routineTitle(id, title),
            minutes,
            places,
            source,
          }))
          .sort((a, b) => a.minutes - b.minutes || order.compare(a.title, b.title)),
        missingTexts: missingUserTexts(library, locale),
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

/**
 * The texts a person's own exercises and routines lack in a language (they read in English
 * there): "Neck glide: summary, cues". Empty in English, and for the bundled content, which
 * `npm run routines:check` keeps complete.
 */
function missingUserTexts(library: RoutineLibrary, locale: Locale): string[] {
  if (!isTranslated(locale)) return [];
  return missingTexts(
    {
      exercises: [...library.exercises.values()].filter((e) => !library.bundled.has(e.id)),
      routines: [...library.routines.values()].filter((r) => r.source === 'user'),
      safetyNote: null,
      worseNote: null,
    },
    library.texts[locale],
  );
}
