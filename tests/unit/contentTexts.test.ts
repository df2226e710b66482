import { describe, expect, it } from 'vitest';
import { contentLanguage } from '../../electron/main/core/contentLanguage';
import { exerciseIn, routineIn } from '../../electron/main/core/contentTexts';
import { planRoutine } from '../../electron/main/core/routinePlan';
import {
  buildLibrary,
  formatProblem,
  librarySummary,
  missingBundledTexts,
} from '../../electron/main/core/routineLibrary';
import { exercise, file, routine, safetyNote, worseNote } from '../support/contentFixtures';

const lift = exercise({ id: 'lift', name: 'Chest lift' });
const quick = routine({
  id: 'quick',
  title: 'Quick lift',
  minutes: 0.6,
  steps: [{ exercise: 'lift', reps: 5 }],
});
const base = [
  file('routines/lift.json', lift),
  file('routines/quick.json', quick),
  file('routines/safety.json', safetyNote),
  file('routines/worse.json', worseNote),
];
const cues = lift.figure.cycle.map((move) => ({ cue: `Auf Deutsch: ${move.cue}` }));
const liftInGerman = {
  name: 'Brust heben',
  summary: 'Bewegt den oberen Rücken sanft.',
  setup: ['Setz dich aufrecht an die Stuhlkante.'],
  steps: ['Heb die Brust beim Einatmen.', 'Lass beim Ausatmen locker.'],
  avoid: ['Erzwinge die Bewegung nicht.'],
  skipIf: ['Lass sie aus, wenn sie stechend schmerzt.'],
  cues,
};

describe('content in other languages', () => {
  it('reads a language’s texts file and uses each text, English where one is missing', () => {
    const library = buildLibrary([
      ...base,
      file('routines/texts/de.json', {
        type: 'texts',
        language: 'de',
        exercises: { lift: liftInGerman },
        routines: { quick: { title: 'Schnell heben' } },
      }),
    ]);
    expect(library.problems).toEqual([]);
    const german = exerciseIn(lift, library.texts.de.exercises.get('lift'));
    expect(german.name).toBe('Brust heben');
    expect(german.figure.cycle.map((move) => move.cue)).toEqual(cues.map((cue) => cue.cue));
    expect(german.figure.cycle[0]!.pose).toBe(lift.figure.cycle[0]!.pose);
    const title = routineIn(quick, library.texts.de.routines.get('quick'));
    expect(title).toMatchObject({ title: 'Schnell heben', purpose: quick.purpose });
    expect(exerciseIn(lift, library.texts.es.exercises.get('lift'))).toEqual(lift);
  });

  it('says what each language lacks, and how much of the content it covers', () => {
    const library = buildLibrary([
      ...base,
      file('routines/texts/de.json', {
        type: 'texts',
        language: 'de',
        exercises: { lift: liftInGerman },
        routines: { quick: { title: 'Schnell heben' } },
        safetyNote: { title: 'Vor der ersten Übung', points: ['Eins.', 'Zwei.'] },
      }),
    ]);
    const missing = missingBundledTexts(library);
    expect(missing.de).toEqual([
      'Quick lift: purpose',
      'the note for a break that felt worse: title, helpNow, seeSomeone, redFlags',
    ]);
    expect(missing.es).toContain('Chest lift: name, summary, setup, steps, avoid, skipIf, cues');
    expect(librarySummary(library)).toMatch(/texts: de \d+%, es 0%$/);
  });

  it('refuses texts that do not line up with the English, and texts for unknown content', () => {
    const problems = buildLibrary([
      ...base,
      file('routines/texts/es.json', {
        type: 'texts',
        language: 'es',
        exercises: {
          lift: { ...liftInGerman, setup: ['Uno.', 'Dos.'], cues: cues.slice(1) },
          ghost: { name: 'Fantasma' },
        },
        routines: { nowhere: { title: 'Ninguna' } },
      }),
    ]).problems.map(formatProblem);
    expect(problems).toEqual([
      'routines/texts/es.json: exercises.lift.setup: has 2 lines where the English has 1',
      `routines/texts/es.json: exercises.lift.cues: has ${cues.length - 1} cues where the figure has ${cues.length} moves`,
      'routines/texts/es.json: exercises.ghost: texts for an unknown exercise "ghost"',
      'routines/texts/es.json: routines.nowhere: texts for an unknown routine "nowhere"',
    ]);
  });

  it('takes texts carried inside a person’s own file', () => {
    const mine = routine({
      id: 'mine',
      title: 'My lift',
      minutes: 0.6,
      steps: [{ exercise: 'lift', reps: 5 }],
      translations: { es: { title: 'Mi elevación', purpose: 'Para después de comer.' } },
    });
    const library = buildLibrary([...base, { ...file('mine.json', mine), source: 'user' }]);
    expect(library.problems).toEqual([]);
    expect(library.texts.es.routines.get('mine')).toEqual({
      title: 'Mi elevación',
      purpose: 'Para después de comer.',
    });
    const broken = exercise({
      id: 'own-lift',
      translations: { de: { setup: ['Eins.', 'Zwei.'] } },
    });
    expect(
      buildLibrary([...base, { ...file('own.json', broken), source: 'user' }]).problems.map(
        formatProblem,
      ),
    ).toEqual(['own.json: translations.de.setup: has 2 lines where the English has 1']);
  });
});

describe('the content as a person reads it', () => {
  const library = buildLibrary([
    ...base,
    file('routines/texts/de.json', {
      type: 'texts',
      language: 'de',
      exercises: { lift: liftInGerman },
      routines: { quick: { title: 'Schnell heben' } },
      worseNote: { title: 'Wenn es schlimmer wurde' },
    }),
  ]);
  const plan = planRoutine(library.routines.get('quick')!, library.exercises);

  it('says a plan in German where texts exist, English where they do not, timing untouched', () => {
    const german = contentLanguage(library, 'de');
    const said = german.plan(plan);
    expect(said.title).toBe('Schnell heben');
    expect(said.purpose).toBe(quick.purpose);
    expect(said.exercises.lift!.name).toBe('Brust heben');
    expect(said.exercises.lift!.setup).toEqual(liftInGerman.setup);
    expect(said.exercises.lift!.cycle.map((move) => move.cue)).toEqual(cues.map((c) => c.cue));
    expect(said.segments).toEqual(plan.segments);
    expect(said.totalMs).toBe(plan.totalMs);
    expect(german.exerciseName('lift')).toBe('Brust heben');
    expect(german.routineTitle('quick', 'Quick lift')).toBe('Schnell heben');
    expect(german.worseNote(library.worseNote!)).toEqual({
      ...library.worseNote,
      title: 'Wenn es schlimmer wurde',
    });
  });

  it('leaves English as it is, and a language with no texts falls back to it', () => {
    expect(contentLanguage(library, 'en').plan(plan)).toBe(plan);
    expect(contentLanguage(library, 'es').plan(plan)).toEqual(plan);
    expect(contentLanguage(library, 'es').exerciseName('lift')).toBe('Chest lift');
  });

  it('makes every text pseudo in the pseudo-locale, so the test of it can see them', () => {
    const pseudo = contentLanguage(library, 'en-XA');
    const said = pseudo.plan(plan);
    const texts = [
      said.title,
      said.purpose,
      ...Object.values(said.exercises).flatMap((e) => [
        e.name,
        e.summary,
        ...e.setup,
        ...e.steps,
        ...e.avoid,
        ...e.skipIf,
        ...e.cycle.map((move) => move.cue),
      ]),
      ...pseudo.safetyNote(library.safetyNote!).points,
    ];
    for (const text of texts) expect(text).toMatch(/^⟦.*⟧$/);
    expect(said.segments).toEqual(plan.segments);
  });
});
