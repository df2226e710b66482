import { TRANSLATED, type TranslatedLanguage } from '../../shared/i18n/locales';
import type { z } from 'zod';
import {
  contentFileSchema,
  type Exercise,
  type Routine,
  type SafetyNote,
  type WorseNote,
  type TextsFile,
} from '../../shared/routineSchema';
import type { Equipment, Place } from '../../shared/settingsLimits';
import { minutesToMs, SECOND_MS } from '../../shared/units';
import {
  emptyTexts,
  missingTexts,
  textMismatches,
  textsShare,
  type LibraryTexts,
} from './contentTexts';
import { lengthTolerance, planRoutine, stepAmount } from './routinePlan';

/**
 * Builds the routine library from the text of every content file: bundled ones and the
 * person's own. Each file is checked against the schema and against the others (unknown or
 * duplicate ids, doses out of range, declared lengths, easier and harder versions). A broken
 * file is reported and left out; it never stops the rest from loading. A broken link to an
 * easier or harder version is reported and dropped, and its exercise stays: routines name it.
 */

export type ContentSource = 'bundled' | 'user';

export interface ContentFileText {
  /** How the file is named in messages, e.g. `routines/cat-cow.json`. */
  file: string;
  text: string;
  source: ContentSource;
}

export interface ContentProblem {
  file: string;
  /** Dotted path to the bad field, empty for the whole file. */
  path: string;
  message: string;
  source: ContentSource;
}

export interface LibraryRoutine extends Routine {
  source: ContentSource;
  file: string;
  places: Place[];
  equipment: Equipment[];
  exerciseIds: string[];
  plannedMs: number;
}

export interface RoutineLibrary {
  exercises: ReadonlyMap<string, Exercise>;
  routines: ReadonlyMap<string, LibraryRoutine>;
  safetyNote: SafetyNote | null;
  /** Shown when a routine left the person feeling worse. */
  worseNote: WorseNote | null;
  /** The content's words in each language other than English (see `contentTexts.ts`). */
  texts: LibraryTexts;
  /** Ids of the exercises that came with the app. */
  bundled: ReadonlySet<string>;
  problems: ContentProblem[];
}

export function formatProblem(problem: ContentProblem): string {
  return problem.path
    ? `${problem.file}: ${problem.path}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

type Parsed = z.output<typeof contentFileSchema>;

function parseFile(input: ContentFileText, problems: ContentProblem[]): Parsed | null {
  const report = (path: string, message: string) =>
    problems.push({ file: input.file, path, message, source: input.source });
  // An editor may start the file with a byte-order mark (Windows Notepad does); JSON has none.
  const text = input.text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    report('', jsonProblem(text, error));
    return null;
  }
  const result = contentFileSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) report(issue.path.join('.'), issue.message);
    return null;
  }
  return result.data;
}

/**
 * Where the JSON breaks, as a line and column. Only the parser's position is used: its
 * message quotes a piece of the text, and the text may be anything (a file linked in by
 * mistake, a secret), so none of it is ever repeated.
 */
function jsonProblem(text: string, error: unknown): string {
  const position = /\bposition (\d+)\b/.exec(error instanceof Error ? error.message : '');
  if (!position) return 'not valid JSON';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not valid JSON (line ${line}, column ${column})`;
}

function doseProblems(routine: Routine, exercises: ReadonlyMap<string, Exercise>) {
  const found: { path: string; message: string }[] = [];
  routine.steps.forEach((step, i) => {
    const exercise = exercises.get(step.exercise);
    if (!exercise) {
      found.push({ path: `steps.${i}.exercise`, message: `unknown exercise "${step.exercise}"` });
      return;
    }
    const dose = exercise.dose;
    const allowed = { hold: 'seconds', reps: 'reps', breaths: 'breaths' }[dose.kind];
    for (const key of ['seconds', 'reps', 'breaths'] as const) {
      if (step[key] !== undefined && key !== allowed) {
        found.push({
          path: `steps.${i}.${key}`,
          message: `"${exercise.id}" is dosed in ${allowed}, not ${key}`,
        });
      }
    }
    if (step.sets !== undefined && dose.kind === 'breaths') {
      found.push({
        path: `steps.${i}.sets`,
        message: `"${exercise.id}" is done in one run of breaths, without sets`,
      });
    }
    const { count, sets } = stepAmount(step, exercise);
    const countRange =
      dose.kind === 'hold' ? dose.seconds : dose.kind === 'reps' ? dose.reps : dose.breaths;
    if (count < countRange.min || count > countRange.max) {
      found.push({
        path: `steps.${i}.${allowed}`,
        message: `${count} is outside ${countRange.min}–${countRange.max} ${allowed} for "${exercise.id}"`,
      });
    }
    if (dose.kind !== 'breaths' && (sets < dose.sets.min || sets > dose.sets.max)) {
      found.push({
        path: `steps.${i}.sets`,
        message: `${sets} sets is outside ${dose.sets.min}–${dose.sets.max} for "${exercise.id}"`,
      });
    }
  });
  return found;
}

/** A routine must open the chest and move the spine; from 3 minutes on it also strengthens. */
function balanceProblems(routine: Routine, used: Exercise[]) {
  const found: { path: string; message: string }[] = [];
  if (!used.some((exercise) => exercise.opensChest)) {
    found.push({ path: 'steps', message: 'include an exercise that opens the chest' });
  }
  if (!used.some((exercise) => exercise.focus.includes('mobility'))) {
    found.push({ path: 'steps', message: 'include an exercise that moves the spine (mobility)' });
  }
  if (routine.minutes >= 3 && !used.some((exercise) => exercise.focus.includes('strength'))) {
    found.push({
      path: 'steps',
      message: 'a routine of 3 minutes or more needs a strengthening exercise',
    });
  }
  return found;
}

const VERSION_WORDS = { easier: 'easier', harder: 'harder' } as const;
type Direction = keyof typeof VERSION_WORDS;
const OPPOSITE: Record<Direction, Direction> = { easier: 'harder', harder: 'easier' };

/**
 * Easier and harder versions must name an exercise that exists, not the exercise itself, and
 * name it back (if A's easier version is B, B's harder version is A): a one-way link would
 * send "Easier" somewhere "Harder" never returns from. Bad links are removed from `exercises`.
 */
function versionProblems(exercises: Map<string, Exercise>) {
  const found: { id: string; path: Direction; message: string }[] = [];
  const drop: { id: string; direction: Direction }[] = [];
  for (const exercise of exercises.values()) {
    for (const direction of ['easier', 'harder'] as const) {
      const target = exercise[direction];
      if (target === undefined) continue;
      const back = OPPOSITE[direction];
      const other = exercises.get(target);
      let message: string | null = null;
      if (target === exercise.id)
        message = `an exercise cannot be its own ${VERSION_WORDS[direction]} version`;
      else if (!other) message = `unknown exercise "${target}"`;
      else if (other[back] !== exercise.id)
        message =
          other[back] === undefined
            ? `"${target}" does not name "${exercise.id}" as its ${back} version`
            : `"${target}" names "${other[back]}" as its ${back} version, not "${exercise.id}"`;
      if (message) {
        found.push({ id: exercise.id, path: direction, message });
        drop.push({ id: exercise.id, direction });
      }
    }
  }
  for (const { id, direction } of drop) {
    const { [direction]: _gone, ...rest } = exercises.get(id)!;
    exercises.set(id, rest);
  }
  return found;
}

/**
 * Once every link goes both ways, following "easier" from any exercise must end: a loop would
 * make "Easier" lead back to something harder. Each loop is reported once, on its first
 * exercise by id, and its links are removed.
 */
function loopProblems(exercises: Map<string, Exercise>) {
  const found: { id: string; path: Direction; message: string }[] = [];
  const inLoop = new Set<string>();
  for (const start of [...exercises.keys()].sort()) {
    if (inLoop.has(start)) continue;
    const chain = [start];
    let next = exercises.get(start)!.easier;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = exercises.get(next)?.easier;
    }
    if (next !== start) continue;
    chain.forEach((id) => inLoop.add(id));
    found.push({
      id: start,
      path: 'easier',
      message: `easier versions go round in a loop: ${[...chain, start].join(' → ')}`,
    });
  }
  for (const id of inLoop) {
    const { easier: _easier, harder: _harder, ...rest } = exercises.get(id)!;
    exercises.set(id, rest);
  }
  return found;
}

export function buildLibrary(files: readonly ContentFileText[]): RoutineLibrary {
  const problems: ContentProblem[] = [];
  const exercises = new Map<string, Exercise>();
  const exerciseFiles = new Map<string, string>();
  const exerciseInputs = new Map<string, ContentFileText>();
  const pendingRoutines: { routine: Routine; input: ContentFileText }[] = [];
  const routineFiles = new Map<string, string>();
  let safetyNote: SafetyNote | null = null;
  let worseNote: WorseNote | null = null;
  const texts = emptyTexts();
  /** Texts files, and texts inside content files (`at` is where they sit in the file). */
  const pendingTexts: { parsed: TextsFile; input: ContentFileText; at: string }[] = [];

  // Bundled files first, so a person's file can never shadow bundled content.
  const ordered = [...files].sort((a, b) =>
    a.source === b.source ? a.file.localeCompare(b.file) : a.source === 'bundled' ? -1 : 1,
  );
  for (const input of ordered) {
    const parsed = parseFile(input, problems);
    if (!parsed) continue;
    const report = (path: string, message: string) =>
      problems.push({ file: input.file, path, message, source: input.source });
    if (parsed.type === 'safety-note') {
      if (input.source !== 'bundled') report('type', 'only the app bundles the safety note');
      else if (safetyNote) report('type', 'there is already a safety note');
      else safetyNote = { title: parsed.title, points: parsed.points };
      continue;
    }
    if (parsed.type === 'worse-note') {
      const { type: _type, ...note } = parsed;
      if (input.source !== 'bundled')
        report('type', 'only the app bundles the note for a worse break');
      else if (worseNote) report('type', 'there is already a note for a worse break');
      else worseNote = note;
      continue;
    }
    if (parsed.type === 'texts') {
      pendingTexts.push({ parsed, input, at: '' });
      continue;
    }
    const { type: _type, translations, ...content } = parsed;
    const seen = parsed.type === 'exercise' ? exerciseFiles : routineFiles;
    const earlier = seen.get(content.id);
    if (earlier) {
      report('id', `duplicate ${parsed.type} id "${content.id}" (also in ${earlier})`);
      continue;
    }
    seen.set(content.id, input.file);
    for (const [language, own] of Object.entries(translations ?? {})) {
      pendingTexts.push({
        parsed: {
          language: language as TextsFile['language'],
          exercises: parsed.type === 'exercise' ? { [content.id]: own } : {},
          routines: parsed.type === 'routine' ? { [content.id]: own } : {},
        },
        input,
        at: `translations.${language}`,
      });
    }
    if (parsed.type === 'exercise') {
      exercises.set(content.id, content as Exercise);
      exerciseInputs.set(content.id, input);
    } else pendingRoutines.push({ routine: content as Routine, input });
  }

  for (const issue of [...versionProblems(exercises), ...loopProblems(exercises)]) {
    const input = exerciseInputs.get(issue.id)!;
    problems.push({
      file: input.file,
      path: issue.path,
      message: issue.message,
      source: input.source,
    });
  }

  for (const { parsed, input, at } of pendingTexts) {
    addTexts(texts, parsed, exercises, pendingRoutines, (path, message) =>
      problems.push({
        file: input.file,
        // Inside a content file the id is the file's own, so the path starts at its texts.
        path: at === '' ? path : [at, ...path.split('.').slice(2)].join('.'),
        message,
        source: input.source,
      }),
    );
  }

  const routines = new Map<string, LibraryRoutine>();
  for (const { routine, input } of pendingRoutines) {
    const report = (path: string, message: string) =>
      problems.push({ file: input.file, path, message, source: input.source });
    const doseIssues = doseProblems(routine, exercises);
    if (doseIssues.length > 0) {
      doseIssues.forEach((issue) => report(issue.path, issue.message));
      continue;
    }
    const used = routine.steps.map((step) => exercises.get(step.exercise)!);
    const plan = planRoutine(routine, exercises);
    const declaredMs = minutesToMs(routine.minutes);
    const issues = balanceProblems(routine, used);
    if (Math.abs(plan.totalMs - declaredMs) > lengthTolerance(plan.totalMs)) {
      issues.push({
        path: 'minutes',
        message: `declared ${routine.minutes} min but the steps take ${Math.round(plan.totalMs / SECOND_MS)} s`,
      });
    }
    if (issues.length > 0) {
      issues.forEach((issue) => report(issue.path, issue.message));
      continue;
    }
    routines.set(routine.id, {
      ...routine,
      source: input.source,
      file: input.file,
      places: plan.places,
      equipment: [...new Set(used.flatMap((exercise) => exercise.equipment))].sort(),
      exerciseIds: plan.order,
      plannedMs: plan.totalMs,
    });
  }

  const bundled = new Set(
    [...exerciseInputs].filter(([, input]) => input.source === 'bundled').map(([id]) => id),
  );
  return { exercises, routines, safetyNote, worseNote, texts, bundled, problems };
}

/**
 * A language's texts, checked against the content they belong to: texts for content that does
 * not exist, or that does not line up with the English, are reported and not used. The first
 * texts for a piece of content win (bundled files come first).
 */
function addTexts(
  texts: LibraryTexts,
  file: TextsFile,
  exercises: ReadonlyMap<string, Exercise>,
  routines: readonly { routine: Routine }[],
  report: (path: string, message: string) => void,
): void {
  const into = texts[file.language];
  for (const [id, own] of Object.entries(file.exercises)) {
    const exercise = exercises.get(id);
    if (!exercise) {
      report(`exercises.${id}`, `texts for an unknown exercise "${id}"`);
      continue;
    }
    const mismatches = textMismatches(exercise, own);
    mismatches.forEach((issue) => report(`exercises.${id}.${issue.path}`, issue.message));
    if (mismatches.length === 0 && !into.exercises.has(id)) into.exercises.set(id, own);
  }
  for (const [id, own] of Object.entries(file.routines)) {
    if (!routines.some(({ routine }) => routine.id === id)) {
      report(`routines.${id}`, `texts for an unknown routine "${id}"`);
    } else if (!into.routines.has(id)) into.routines.set(id, own);
  }
  if (file.safetyNote) into.safetyNote = { ...file.safetyNote, ...into.safetyNote };
  if (file.worseNote) into.worseNote = { ...file.worseNote, ...into.worseNote };
}

/** The bundled content, as a language's texts are checked against it. */
function bundledContent(library: RoutineLibrary) {
  return {
    exercises: [...library.exercises.values()].filter((e) => library.bundled.has(e.id)),
    routines: [...library.routines.values()].filter((r) => r.source === 'bundled'),
    safetyNote: library.safetyNote,
    worseNote: library.worseNote,
  };
}

/** What each language lacks of the bundled content; empty when the language is complete. */
export function missingBundledTexts(library: RoutineLibrary): Record<TranslatedLanguage, string[]> {
  const content = bundledContent(library);
  return Object.fromEntries(
    TRANSLATED.map((language) => [language, missingTexts(content, library.texts[language])]),
  ) as Record<TranslatedLanguage, string[]>;
}

/** The summary line `routines:check` ends with. */
export function librarySummary(library: RoutineLibrary): string {
  const exercises = [...library.exercises.values()];
  const count = (place: Place) => exercises.filter((exercise) => exercise.place === place).length;
  const withVersions = exercises.filter((exercise) => exercise.easier || exercise.harder).length;
  const share = exercises.length === 0 ? 0 : Math.round((withVersions / exercises.length) * 100);
  const routines = [...library.routines.values()];
  const only = (place: Place) =>
    routines.filter((routine) => routine.places.length === 1 && routine.places[0] === place).length;
  const withFloor = routines.filter((routine) => routine.places.includes('floor')).length;
  const content = bundledContent(library);
  const languages = TRANSLATED.map(
    (language) => `${language} ${textsShare(content, library.texts[language])}%`,
  ).join(', ');
  return (
    `exercises: ${exercises.length} (chair ${count('chair')}, standing ${count('standing')}, floor ${count('floor')}; ` +
    `${withVersions} with an easier or harder version, ${share}%); ` +
    `routines: ${routines.length} (chair-only ${only('chair')}, standing-only ${only('standing')}, floor ${withFloor}); ` +
    `texts: ${languages}`
  );
}
