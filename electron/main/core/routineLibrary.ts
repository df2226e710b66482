import type { z } from 'zod';
import {
  contentFileSchema,
  type Exercise,
  type Routine,
  type SafetyNote,
} from '../../shared/routineSchema';
import type { Equipment, Place } from '../../shared/settingsLimits';
import { formatDuration, lengthTolerance, planRoutine, stepAmount } from './routinePlan';

/**
 * Builds the routine library from the text of every content file: bundled ones and the
 * person's own. Each file is checked against the schema and against the others (unknown or
 * duplicate ids, doses out of range, declared lengths). A broken file is reported and left out;
 * it never stops the rest from loading.
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

export function buildLibrary(files: readonly ContentFileText[]): RoutineLibrary {
  const problems: ContentProblem[] = [];
  const exercises = new Map<string, Exercise>();
  const exerciseFiles = new Map<string, string>();
  const pendingRoutines: { routine: Routine; input: ContentFileText }[] = [];
  const routineFiles = new Map<string, string>();
  let safetyNote: SafetyNote | null = null;

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
    const { type: _type, ...content } = parsed;
    const seen = parsed.type === 'exercise' ? exerciseFiles : routineFiles;
    const earlier = seen.get(content.id);
    if (earlier) {
      report('id', `duplicate ${parsed.type} id "${content.id}" (also in ${earlier})`);
      continue;
    }
    seen.set(content.id, input.file);
    if (parsed.type === 'exercise') exercises.set(content.id, content as Exercise);
    else pendingRoutines.push({ routine: content as Routine, input });
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
    const declaredMs = routine.minutes * 60_000;
    const issues = balanceProblems(routine, used);
    if (Math.abs(plan.totalMs - declaredMs) > lengthTolerance(plan.totalMs)) {
      issues.push({
        path: 'minutes',
        message: `declared ${routine.minutes} min but the steps take ${formatDuration(plan.totalMs)}`,
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

  return { exercises, routines, safetyNote, problems };
}

/** The summary line `routines:check` ends with. */
export function librarySummary(library: RoutineLibrary): string {
  const exercises = [...library.exercises.values()];
  const count = (place: Place) => exercises.filter((exercise) => exercise.place === place).length;
  const routines = [...library.routines.values()];
  const only = (place: Place) =>
    routines.filter((routine) => routine.places.length === 1 && routine.places[0] === place).length;
  const withFloor = routines.filter((routine) => routine.places.includes('floor')).length;
  return (
    `exercises: ${exercises.length} (chair ${count('chair')}, standing ${count('standing')}, floor ${count('floor')}); ` +
    `routines: ${routines.length} (chair-only ${only('chair')}, standing-only ${only('standing')}, floor ${withFloor})`
  );
}
