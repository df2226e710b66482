import { describe, expect, it } from 'vitest';
import {
  buildLibrary,
  formatProblem,
  librarySummary,
} from '../../electron/main/core/routineLibrary';
import { exercise, file, routine, safetyNote, worseNote } from '../support/contentFixtures';

const lift = exercise({ id: 'lift' });
const squeeze = exercise({
  id: 'squeeze',
  place: 'standing',
  focus: ['strength'],
  opensChest: false,
  dose: {
    kind: 'hold',
    seconds: { min: 5, max: 30, default: 10 },
    sets: { min: 1, max: 3, default: 1 },
  },
});
const base = [
  file('routines/lift.json', lift),
  file('routines/squeeze.json', squeeze),
  file('routines/safety.json', safetyNote),
  file('routines/worse.json', worseNote),
];

const problemsOf = (...extra: ReturnType<typeof file>[]) =>
  buildLibrary([...base, ...extra]).problems.map(formatProblem);

describe('buildLibrary', () => {
  it('accepts consistent content and summarises it', () => {
    const library = buildLibrary([
      ...base,
      file(
        'routines/r.json',
        routine({ id: 'quick', minutes: 0.6, steps: [{ exercise: 'lift', reps: 5 }] }),
      ),
    ]);
    expect(library.problems).toEqual([]);
    expect(library.routines.get('quick')).toMatchObject({
      places: ['chair'],
      exerciseIds: ['lift'],
      plannedMs: 35_000,
    });
    expect(library.safetyNote?.points).toHaveLength(2);
    expect(library.worseNote?.redFlags.points).toHaveLength(1);
    expect(librarySummary(library)).toBe(
      'exercises: 2 (chair 1, standing 1, floor 0; 0 with an easier or harder version, 0%); ' +
        'routines: 1 (chair-only 1, standing-only 0, floor 0); texts: de 0%, es 0%',
    );
  });

  it('counts the exercises that have an easier or a harder version', () => {
    const library = buildLibrary([
      file('routines/lift.json', { ...lift, harder: 'lift-high' }),
      file('routines/lift-high.json', exercise({ id: 'lift-high', easier: 'lift' })),
      file('routines/squeeze.json', squeeze),
    ]);
    expect(library.problems).toEqual([]);
    expect(librarySummary(library)).toMatch(
      /^exercises: 3 \(chair 2, standing 1, floor 0; 2 with an easier or harder version, 67%\)/,
    );
  });

  it('asks every exercise for its cautions, even when none apply', () => {
    const { caution: _caution, ...careless } = exercise({ id: 'careless' });
    expect(problemsOf(file('routines/careless.json', careless))).toEqual([
      'routines/careless.json: caution: Say who should take care with this exercise, or write [] when nothing applies.',
    ]);
  });

  it('refuses a link to an unknown exercise or to itself, and keeps the exercise without it', () => {
    const library = buildLibrary([
      ...base,
      file('routines/reach.json', exercise({ id: 'reach', easier: 'nope', harder: 'reach' })),
    ]);
    expect(library.problems.map(formatProblem)).toEqual([
      'routines/reach.json: easier: unknown exercise "nope"',
      'routines/reach.json: harder: an exercise cannot be its own harder version',
    ]);
    expect(library.exercises.get('reach')).not.toHaveProperty('easier');
    expect(library.exercises.get('reach')).not.toHaveProperty('harder');
  });

  it('refuses a link the other exercise does not name back', () => {
    const library = buildLibrary([
      file('routines/lift.json', { ...lift, harder: 'squeeze' }),
      file('routines/reach.json', exercise({ id: 'reach', harder: 'squeeze' })),
      file('routines/squeeze.json', { ...squeeze, easier: 'reach' }),
      file('routines/twist.json', exercise({ id: 'twist', easier: 'lift' })),
      file('routines/bend.json', exercise({ id: 'bend', harder: 'reach' })),
    ]);
    expect(library.problems.map(formatProblem)).toEqual([
      'routines/bend.json: harder: "reach" does not name "bend" as its easier version',
      'routines/lift.json: harder: "squeeze" names "reach" as its easier version, not "lift"',
      'routines/twist.json: easier: "lift" names "squeeze" as its harder version, not "twist"',
    ]);
    expect(library.exercises.get('lift')).not.toHaveProperty('harder');
    expect(library.exercises.get('twist')).not.toHaveProperty('easier');
    expect(library.exercises.get('reach')).toMatchObject({ harder: 'squeeze' });
  });

  it('refuses easier versions that go round in a loop', () => {
    const ring = (id: string, easier: string, harder: string) =>
      file(`routines/${id}.json`, exercise({ id, easier, harder }));
    const library = buildLibrary([
      ring('a', 'b', 'c'),
      ring('b', 'c', 'a'),
      ring('c', 'a', 'b'),
      file('routines/d.json', exercise({ id: 'd', easier: 'e', harder: 'd2' })),
      file('routines/d2.json', exercise({ id: 'd2', easier: 'd' })),
      file('routines/e.json', exercise({ id: 'e', harder: 'd' })),
    ]);
    expect(library.problems.map(formatProblem)).toEqual([
      'routines/a.json: easier: easier versions go round in a loop: a → b → c → a',
    ]);
    expect(library.exercises.get('a')).not.toHaveProperty('harder');
    // A chain that ends is fine.
    expect(library.exercises.get('d')).toMatchObject({ easier: 'e', harder: 'd2' });
  });

  it('refuses two exercises that are each other’s easier version', () => {
    const library = buildLibrary([
      file('routines/a.json', exercise({ id: 'a', easier: 'b', harder: 'b' })),
      file('routines/b.json', exercise({ id: 'b', easier: 'a', harder: 'a' })),
    ]);
    expect(library.problems.map(formatProblem)).toEqual([
      'routines/a.json: easier: easier versions go round in a loop: a → b → a',
    ]);
  });

  it('names the file, the field and the problem for a schema error', () => {
    const broken = { ...lift, id: 'Bad Id', breath: { inhale: 0, exhale: 3 } };
    expect(problemsOf(file('routines/bad.json', broken))).toEqual([
      'routines/bad.json: id: Use lowercase words joined by hyphens.',
      expect.stringMatching(/^routines\/bad\.json: breath\.inhale: /),
    ]);
  });

  it('reports a file that is not JSON without losing the others', () => {
    const library = buildLibrary([
      ...base,
      { file: 'routines/torn.json', text: '{"type": "rout', source: 'bundled' },
    ]);
    expect(library.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^routines\/torn\.json: not valid JSON/),
    ]);
    expect(library.exercises.size).toBe(2);
  });

  it.each([
    ['a passwd file', 'root:x:0:0:root:/root:/bin/bash\nsecret-user:x:1000'],
    ['a token', 'token=ghp_SECRETSECRETSECRET'],
    ['broken JSON', '{"type": "routine", "id": "SECRET-VALUE" "title": "x"}'],
    ['an open string', '{"type": "routine", "title": "SECRET'],
  ])('says where JSON breaks in %s without repeating any of the text', (_what, text) => {
    const [problem] = buildLibrary([{ file: 'mine.json', text, source: 'user' }]).problems;
    expect(problem?.message).toMatch(/^not valid JSON( \(line \d+, column \d+\))?$/);
    expect(problem?.message).not.toMatch(/secret|root|token/i);
  });

  it('reads a file an editor saved with a byte-order mark as it is', () => {
    const library = buildLibrary([
      ...base,
      (({ text, ...rest }) => ({ ...rest, text: `\uFEFF${text}` }))(
        file('routines/bom.json', { ...lift, id: 'bom-lift' }),
      ),
    ]);
    expect(library.problems).toEqual([]);
    expect(library.exercises.has('bom-lift')).toBe(true);
  });

  it('says the line and column of the first mistake where the parser tells it', () => {
    const [problem] = buildLibrary([
      { file: 'mine.json', text: '{\n  "type": "routine",\n  "id": "x",,\n}', source: 'user' },
    ]).problems;
    expect(problem?.message).toBe('not valid JSON (line 3, column 13)');
  });

  it('refuses a duplicate id and keeps the first', () => {
    expect(problemsOf(file('routines/zz-copy.json', { ...lift, name: 'Copy' }))).toEqual([
      'routines/zz-copy.json: id: duplicate exercise id "lift" (also in routines/lift.json)',
    ]);
  });

  it('refuses an unknown exercise, a dose of the wrong kind and one out of range', () => {
    const bad = routine({
      id: 'bad',
      steps: [
        { exercise: 'nope' },
        { exercise: 'lift', seconds: 20 },
        { exercise: 'squeeze', seconds: 45, sets: 4 },
      ],
    });
    expect(problemsOf(file('routines/bad.json', bad))).toEqual([
      'routines/bad.json: steps.0.exercise: unknown exercise "nope"',
      'routines/bad.json: steps.1.seconds: "lift" is dosed in reps, not seconds',
      'routines/bad.json: steps.2.seconds: 45 is outside 5–30 seconds for "squeeze"',
      'routines/bad.json: steps.2.sets: 4 sets is outside 1–3 for "squeeze"',
    ]);
  });

  it('refuses a declared length that does not match the steps', () => {
    const long = routine({
      id: 'long',
      minutes: 3,
      steps: [{ exercise: 'lift', reps: 5 }, { exercise: 'squeeze' }],
    });
    expect(problemsOf(file('routines/long.json', long))).toEqual([
      'routines/long.json: minutes: declared 3 min but the steps take 50 s',
    ]);
  });

  it('asks every routine to open the chest and move the spine, and longer ones to strengthen', () => {
    const plain = exercise({ id: 'plain', opensChest: false, focus: ['release'] });
    const long = routine({
      id: 'long',
      minutes: 3,
      steps: [
        { exercise: 'plain', reps: 12 },
        { exercise: 'plain', reps: 12 },
        { exercise: 'plain', reps: 5 },
      ],
    });
    expect(
      problemsOf(file('routines/plain.json', plain), file('routines/long.json', long)),
    ).toEqual([
      'routines/long.json: steps: include an exercise that opens the chest',
      'routines/long.json: steps: include an exercise that moves the spine (mobility)',
      'routines/long.json: steps: a routine of 3 minutes or more needs a strengthening exercise',
    ]);
  });

  it('never lets a person’s file shadow bundled content or bring a safety note', () => {
    const library = buildLibrary([
      file(
        'mine.json',
        routine({
          id: 'lift-only',
          title: 'Mine',
          minutes: 0.6,
          steps: [{ exercise: 'lift', reps: 5 }],
        }),
        'user',
      ),
      file('shadow.json', { ...lift, name: 'Shadow' }, 'user'),
      file('note.json', safetyNote, 'user'),
      file('worse.json', worseNote, 'user'),
      ...base,
    ]);
    expect(library.routines.get('lift-only')?.source).toBe('user');
    expect(library.exercises.get('lift')?.name).toBe('Exercise lift');
    expect(library.problems.map((p) => `${p.source} ${formatProblem(p)}`)).toEqual([
      'user note.json: type: only the app bundles the safety note',
      'user shadow.json: id: duplicate exercise id "lift" (also in routines/lift.json)',
      'user worse.json: type: only the app bundles the note for a worse break',
    ]);
    expect(library.worseNote?.title).toBe(worseNote.title);
  });

  it('checks the note for a worse break like any other words, and keeps only one', () => {
    const broken = { ...worseNote, redFlags: { heading: 'Get help now', points: [] } };
    expect(
      problemsOf(file('routines/zz-worse.json', worseNote), file('routines/zz-bad.json', broken)),
    ).toEqual([
      'routines/zz-bad.json: redFlags.points: Too small: expected array to have >=1 items',
      'routines/zz-worse.json: type: there is already a note for a worse break',
    ]);
  });
});
