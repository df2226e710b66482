import { TRANSLATED, type TranslatedLanguage } from '../../shared/i18n/locales';
import {
  type Exercise,
  type ExerciseTexts,
  type Routine,
  type RoutineTexts,
  type SafetyNote,
  type WorseNote,
} from '../../shared/routineSchema';

/**
 * Content in other languages. Each exercise, routine and note is written in English; its words
 * in another language come from that language's texts file beside the data, or from the
 * `translations` inside a person's own file. A text that is missing falls back to English,
 * field by field, so a half-translated routine still plays; the check says what is missing.
 */

export interface LanguageTexts {
  exercises: Map<string, ExerciseTexts>;
  routines: Map<string, RoutineTexts>;
  safetyNote: Partial<SafetyNote>;
  worseNote: Partial<WorseNote>;
}

export type LibraryTexts = Record<TranslatedLanguage, LanguageTexts>;

export function emptyTexts(): LibraryTexts {
  return Object.fromEntries(
    TRANSLATED.map((language) => [
      language,
      { exercises: new Map(), routines: new Map(), safetyNote: {}, worseNote: {} },
    ]),
  ) as LibraryTexts;
}

const LISTS = ['setup', 'steps', 'avoid', 'skipIf', 'caution'] as const;

/**
 * What does not line up with the English: a list with another number of lines, cues for
 * another number of moves, or a later cue where the English has none (or none where it has
 * one). Such texts cannot be matched line by line, so they are not used.
 */
export function textMismatches(
  exercise: Exercise,
  texts: ExerciseTexts,
): { path: string; message: string }[] {
  const found: { path: string; message: string }[] = [];
  for (const list of LISTS) {
    const lines = texts[list];
    if (lines && lines.length !== exercise[list].length) {
      found.push({
        path: list,
        message: `has ${lines.length} lines where the English has ${exercise[list].length}`,
      });
    }
  }
  const cycle = exercise.figure.cycle;
  if (texts.cues) {
    if (texts.cues.length !== cycle.length) {
      found.push({
        path: 'cues',
        message: `has ${texts.cues.length} cues where the figure has ${cycle.length} moves`,
      });
    } else {
      texts.cues.forEach((cue, i) => {
        if ((cue.laterCue === undefined) !== (cycle[i]!.laterCue === undefined)) {
          found.push({
            path: `cues.${i}.laterCue`,
            message:
              cycle[i]!.laterCue === undefined
                ? 'the English move has no later cue'
                : 'the English move has a later cue: give one too',
          });
        }
      });
    }
  }
  return found;
}

/** The exercise in a language: each text there is used, the rest stays English. */
export function exerciseIn(exercise: Exercise, texts: ExerciseTexts | undefined): Exercise {
  if (!texts) return exercise;
  const { cues, ...fields } = texts;
  return {
    ...exercise,
    ...fields,
    figure: cues
      ? {
          ...exercise.figure,
          cycle: exercise.figure.cycle.map((move, i) => ({ ...move, ...cues[i] })),
        }
      : exercise.figure,
  };
}

export function routineIn(routine: Routine, texts: RoutineTexts | undefined): Routine {
  return texts ? { ...routine, ...texts } : routine;
}

export function noteIn<T extends object>(note: T, texts: Partial<T>): T {
  return { ...note, ...texts };
}

const EXERCISE_FIELDS = ['name', 'summary', ...LISTS, 'cues'] as const;

/**
 * The texts a language lacks, as a person reads them: "Cat–cow: summary, cues". Lists only
 * what the English has (an exercise with no caution needs none).
 */
export function missingTexts(
  content: {
    exercises: Iterable<Exercise>;
    routines: Iterable<Routine>;
    safetyNote: SafetyNote | null;
    worseNote: WorseNote | null;
  },
  texts: LanguageTexts,
): string[] {
  const missing: string[] = [];
  for (const exercise of content.exercises) {
    const own = texts.exercises.get(exercise.id) ?? {};
    const lacking = EXERCISE_FIELDS.filter(
      (field) =>
        own[field] === undefined && !(field === 'caution' && exercise.caution.length === 0),
    );
    if (lacking.length > 0) missing.push(`${exercise.name}: ${lacking.join(', ')}`);
  }
  for (const routine of content.routines) {
    const own = texts.routines.get(routine.id) ?? {};
    const lacking = (['title', 'purpose'] as const).filter((field) => own[field] === undefined);
    if (lacking.length > 0) missing.push(`${routine.title}: ${lacking.join(', ')}`);
  }
  const notes: [string, object | null, object][] = [
    ['the safety note', content.safetyNote, texts.safetyNote],
    ['the note for a break that felt worse', content.worseNote, texts.worseNote],
  ];
  for (const [name, note, own] of notes) {
    if (!note) continue;
    const lacking = Object.keys(note).filter((field) => !(field in own));
    if (lacking.length > 0) missing.push(`${name}: ${lacking.join(', ')}`);
  }
  return missing;
}

/** How much of the content a language has, 0–100: the share of texts present. */
export function textsShare(
  content: Parameters<typeof missingTexts>[0],
  texts: LanguageTexts,
): number {
  let total = 0;
  let present = 0;
  const count = (has: boolean) => {
    total += 1;
    if (has) present += 1;
  };
  for (const exercise of content.exercises) {
    const own = texts.exercises.get(exercise.id) ?? {};
    for (const field of EXERCISE_FIELDS) {
      if (field === 'caution' && exercise.caution.length === 0) continue;
      count(own[field] !== undefined);
    }
  }
  for (const routine of content.routines) {
    const own = texts.routines.get(routine.id) ?? {};
    count(own.title !== undefined);
    count(own.purpose !== undefined);
  }
  for (const [note, own] of [
    [content.safetyNote, texts.safetyNote],
    [content.worseNote, texts.worseNote],
  ] as const) {
    if (note) for (const field of Object.keys(note)) count(field in own);
  }
  return total === 0 ? 100 : Math.floor((present / total) * 100);
}
