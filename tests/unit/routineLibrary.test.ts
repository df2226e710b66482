import { describe, expect, it } from 'vitest';
import {
  buildLibrary,
  formatProblem,
  librarySummary,
} from '../../electron/main/core/routineLibrary';
import { exercise, file, routine, safetyNote } from '../support/contentFixtures';

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
    expect(librarySummary(library)).toBe(
      'exercises: 2 (chair 1, standing 1, floor 0); routines: 1 (chair-only 1, standing-only 0, floor 0)',
    );
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
      'routines/long.json: minutes: declared 3 min but the steps take 0:50',
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
      ...base,
    ]);
    expect(library.routines.get('lift-only')?.source).toBe('user');
    expect(library.exercises.get('lift')?.name).toBe('Exercise lift');
    expect(library.problems.map((p) => `${p.source} ${formatProblem(p)}`)).toEqual([
      'user note.json: type: only the app bundles the safety note',
      'user shadow.json: id: duplicate exercise id "lift" (also in routines/lift.json)',
    ]);
  });
});
