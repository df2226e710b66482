import { pseudoize, pseudoText } from '../../shared/i18n/pseudoText';
import { PSEUDO_LOCALE, type Locale } from '../../shared/i18n/locales';
import { isTranslated } from '../../shared/i18n/locales';
import type { SafetyNote, WorseNote } from '../../shared/routineSchema';
import type { BreakPlan } from '../../shared/views';
import { exerciseIn, noteIn, type LanguageTexts } from './contentTexts';
import type { RoutineLibrary } from './routineLibrary';

/**
 * The library's content as a person reads it in their language: names, plans and notes. The
 * English is the content itself; German and Spanish come from the texts beside it (or inside
 * a person's own file), field by field, English where a text is missing; the pseudo-locale
 * makes every text of the English pseudo (see shared/i18n/pseudo.ts).
 */
export interface ContentLanguage {
  exerciseName(id: string): string;
  routineTitle(id: string, fallback: string): string;
  /** A plan with its texts in this language; its segments and timing are untouched. */
  plan(plan: BreakPlan): BreakPlan;
  safetyNote(note: SafetyNote): SafetyNote;
  worseNote(note: WorseNote): WorseNote;
}

export function contentLanguage(library: RoutineLibrary, locale: Locale): ContentLanguage {
  const texts =
    locale === PSEUDO_LOCALE
      ? pseudoTexts(library)
      : isTranslated(locale)
        ? library.texts[locale]
        : null;
  const exercise = (id: string) => {
    const english = library.exercises.get(id);
    return english && texts ? exerciseIn(english, texts.exercises.get(id)) : english;
  };
  return {
    exerciseName: (id) => exercise(id)?.name ?? id,
    routineTitle: (id, fallback) => texts?.routines.get(id)?.title ?? fallback,
    plan(plan) {
      if (!texts) return plan;
      const routine = texts.routines.get(plan.routineId);
      const exercises = Object.fromEntries(
        Object.entries(plan.exercises).map(([id, planned]) => {
          const said = texts.exercises.get(id);
          if (!said) return [id, planned];
          const { cues, ...fields } = said;
          return [
            id,
            {
              ...planned,
              ...fields,
              cycle: planned.cycle.map((move, i) => ({ ...move, ...cues?.[i] })),
            },
          ];
        }),
      );
      return { ...plan, ...routine, exercises };
    },
    safetyNote: (note) => (texts ? noteIn(note, texts.safetyNote) : note),
    worseNote: (note) => (texts ? noteIn(note, texts.worseNote) : note),
  };
}

const pseudoMade = new WeakMap<RoutineLibrary, LanguageTexts>();

/** Every text of the library's English, pseudo: what the pseudo-locale test reads. */
function pseudoTexts(library: RoutineLibrary): LanguageTexts {
  let made = pseudoMade.get(library);
  if (made) return made;
  made = {
    exercises: new Map(
      [...library.exercises.values()].map((exercise) => {
        const { name, summary, setup, steps, avoid, skipIf, caution } = exercise;
        const cues = exercise.figure.cycle.map((move) => ({
          cue: pseudoText(move.cue),
          ...(move.laterCue === undefined ? {} : { laterCue: pseudoText(move.laterCue) }),
        }));
        const said = pseudoize({ name, summary, setup, steps, avoid, skipIf, caution });
        return [exercise.id, { ...said, cues }];
      }),
    ),
    routines: new Map(
      [...library.routines.values()].map((routine) => [
        routine.id,
        { title: pseudoText(routine.title), purpose: pseudoText(routine.purpose) },
      ]),
    ),
    safetyNote: library.safetyNote ? pseudoize(library.safetyNote) : {},
    worseNote: library.worseNote ? pseudoize(library.worseNote) : {},
  };
  pseudoMade.set(library, made);
  return made;
}
