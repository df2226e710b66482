import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planRoutine } from '../../electron/main/core/routinePlan';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import type { BreakSummary, BreakView } from '../../electron/shared/views';
import RoutineApp from '../../renderer/src/routine/RoutineApp.svelte';
import { exercise, routine } from '../support/contentFixtures';
import { Refusal } from '../../electron/main/core/refusal';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { pseudoText } from '../../electron/shared/i18n/pseudoText';
import { pageTexts, wordsOutsideCatalogue } from '../support/pageTexts';
import { speak } from '../../renderer/src/ui/words.svelte';
import { installFakeBridge } from './fakeBridge';

const lift = exercise({ id: 'lift', name: 'Chest lift' });
const twist = exercise({
  id: 'twist',
  name: 'Seated twist',
  perSide: true,
  dose: {
    kind: 'hold',
    seconds: { min: 10, max: 40, default: 10 },
    sets: { min: 1, max: 2, default: 1 },
  },
});
const exercises = new Map([lift, twist].map((e) => [e.id, e]));
// 0 ready 5 s · 1 lift 2 reps 12 s · 2 ready 5 s · 3 twist right 10 s · 4 switch 4 s · 5 twist left 10 s
const plan = planRoutine(
  routine({
    id: 'desk',
    title: 'Desk reset',
    steps: [{ exercise: 'lift', reps: 2 }, { exercise: 'twist' }],
  }),
  exercises,
);

const view = (overrides: Partial<BreakView> = {}): BreakView => ({
  plan,
  versions: {},
  reasons: ['1 min', 'chair only', 'not done today'],
  relaxed: [],
  trigger: 'reminder',
  sittingMinutes: 47,
  safetyNote: null,
  ...overrides,
});

/**
 * The routine window's main: the test's break, settings with the chime silent, and the calls
 * that answer nothing accepted.
 */
const routineBridge = (answers: Parameters<typeof installFakeBridge>[1] = {}) =>
  installFakeBridge('routine', {
    getSettings: { settings: { ...defaultSettings(), chimeVolume: 0 }, notices: [] },
    startBreak: undefined,
    reportProgress: undefined,
    rateBreak: { worseNote: null, goingEasy: null },
    snoozeBreak: undefined,
    acknowledgeSafetyNote: undefined,
    closeWindow: undefined,
    ...answers,
  });

const summary: BreakSummary = {
  breakId: 'b1',
  outcome: 'taken',
  durationMs: 46_000,
  exercisesDone: ['lift', 'twist'],
  stepsSkipped: 0,
};

beforeEach(() => {
  // Animation frames stay real (and find no time passing); the player's one timer per visible
  // change is what moves the routine here, as it does in a hidden window.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  delete window.backbreak;
});

const user = () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });

async function startPlaying(bridge = routineBridge({ getBreak: view(), finishBreak: summary })) {
  render(RoutineApp);
  const start = await screen.findByRole('button', { name: 'Start' });
  await waitFor(() => expect(start).toHaveFocus());
  await user().keyboard('{Enter}');
  await screen.findByRole('button', { name: 'Pause' });
  return bridge;
}

describe('routine window: preview', () => {
  it('shows what is on offer and why, with Start focused', async () => {
    routineBridge({ getBreak: view() });
    render(RoutineApp);
    expect(await screen.findByRole('heading', { name: 'Desk reset' })).toBeInTheDocument();
    expect(screen.getByText('You have been sitting for 47 mins.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Why this routine' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 min', 'chair only', 'not done today']);
    const steps = within(screen.getByRole('list', { name: 'Exercises' })).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Chest lift 2 reps',
      'Seated twist 10 secs each side',
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus());
  });

  it('says what it relaxed when nothing fitted', async () => {
    routineBridge({ getBreak: view({ relaxed: ['needs a wall'] }) });
    render(RoutineApp);
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Nothing fitted all your settings, so this is the nearest: needs a wall.',
    );
  });

  it('snoozes with Not now and asks for another routine', async () => {
    const other = planRoutine(
      routine({ id: 'other', title: 'Other routine', steps: [{ exercise: 'lift' }] }),
      exercises,
    );
    const bridge = routineBridge({ getBreak: view(), anotherRoutine: view({ plan: other }) });
    render(RoutineApp);
    await user().click(await screen.findByRole('button', { name: 'Another routine' }));
    expect(await screen.findByRole('heading', { name: 'Other routine' })).toBeInTheDocument();
    await user().click(screen.getByRole('button', { name: 'Not now · 10 mins' }));
    expect(bridge.snoozeBreak).toHaveBeenCalledWith();
  });

  it('shows the safety note first, once acknowledged goes on to the preview', async () => {
    const bridge = routineBridge({
      getBreak: view({
        safetyNote: {
          title: 'Before you start',
          points: ['Stop if anything hurts sharply.', 'Move gently.'],
        },
      }),
    });
    render(RoutineApp);
    expect(await screen.findByRole('heading', { name: 'Before you start' })).toBeInTheDocument();
    await user().click(screen.getByRole('button', { name: 'I understand' }));
    expect(bridge.acknowledgeSafetyNote).toHaveBeenCalled();
    expect(await screen.findByRole('heading', { name: 'Desk reset' })).toBeInTheDocument();
  });

  it('shows a refusal from main instead of failing silently', async () => {
    const bridge = routineBridge({ getBreak: view() });
    bridge.answer('startBreak', () => {
      throw new Refusal('The routine has already started.');
    });
    render(RoutineApp);
    await user().click(await screen.findByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The routine has already started\.$/,
    );
  });

  it('closes with Escape', async () => {
    const bridge = routineBridge({ getBreak: view() });
    render(RoutineApp);
    await screen.findByRole('button', { name: 'Start' });
    await user().keyboard('{Escape}');
    expect(bridge.closeWindow).toHaveBeenCalled();
  });
});

describe('routine window: playing', () => {
  it('plays each step with its name, cue, countdown and side, and announces changes', async () => {
    const bridge = await startPlaying();
    expect(bridge.startBreak).toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Chest lift' })).toBeInTheDocument();
    expect(screen.getByText('Get ready')).toBeInTheDocument();
    expect(screen.getByTestId('cue')).toHaveTextContent('Sit tall near the front of your chair.');
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
      'Step 1 of 2: Chest lift. Get ready.',
    );

    await vi.advanceTimersByTimeAsync(5_000);
    expect(screen.getByTestId('cue')).toHaveTextContent('Breathe in and lift your chest.');
    expect(screen.getByText('1/2')).toBeInTheDocument();
    expect(screen.getByText('Breathe in')).toBeInTheDocument();
    expect(bridge.reportProgress).toHaveBeenLastCalledWith({ done: [0], skipped: [] });

    await vi.advanceTimersByTimeAsync(12_000 + 5_000 + 1_000);
    expect(screen.getByRole('heading', { name: 'Seated twist' })).toBeInTheDocument();
    expect(screen.getByText('Right side')).toBeInTheDocument();
    expect(screen.getByText('9')).toBeInTheDocument();
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      'Seated twist, right side',
    );

    await vi.advanceTimersByTimeAsync(9_000 + 500);
    expect(screen.getByText('Switch sides')).toBeInTheDocument();
    expect(screen.getByTestId('cue')).toHaveTextContent(
      'Come back to the start, then change sides.',
    );
    await vi.advanceTimersByTimeAsync(3_500);
    expect(screen.getByText('Left side')).toBeInTheDocument();
    expect(screen.getByRole('img').querySelector('.stage.mirrored')).not.toBeNull();
  });

  it('pauses and resumes with Space, skips with the right arrow and goes back with the left', async () => {
    const bridge = await startPlaying();
    await vi.advanceTimersByTimeAsync(6_000);
    await user().keyboard(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toHaveFocus();
    const frozen = screen.getByRole('progressbar').getAttribute('aria-valuenow');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(frozen);
    await user().keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();

    await user().keyboard('{ArrowRight}');
    expect(bridge.reportProgress).toHaveBeenLastCalledWith({ done: [0], skipped: [1] });
    expect(screen.getByRole('heading', { name: 'Seated twist' })).toBeInTheDocument();
    await user().keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { name: 'Chest lift' })).toBeInTheDocument();
  });

  it('takes the left arrow forward when the lines run right to left', async () => {
    const bridge = await startPlaying();
    await vi.advanceTimersByTimeAsync(6_000);
    document.documentElement.dir = 'rtl';
    try {
      await user().keyboard('{ArrowLeft}');
      expect(screen.getByRole('heading', { name: 'Seated twist' })).toBeInTheDocument();
      expect(bridge.reportProgress).toHaveBeenLastCalledWith({ done: [0], skipped: [1] });
      await user().keyboard('{ArrowRight}');
      expect(screen.getByRole('heading', { name: 'Chest lift' })).toBeInTheDocument();
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('opens the full instructions one click away', async () => {
    await startPlaying();
    await user().click(screen.getByText('Full instructions'));
    expect(screen.getByRole('heading', { name: 'Take care' })).toBeVisible();
    expect(screen.getByText('Do not force the movement.')).toBeInTheDocument();
  });

  it('reports progress and closes when the person leaves with Escape', async () => {
    const bridge = await startPlaying();
    await vi.advanceTimersByTimeAsync(7_000);
    await user().keyboard('{Escape}');
    await waitFor(() => expect(bridge.closeWindow).toHaveBeenCalled());
    expect(bridge.reportProgress).toHaveBeenLastCalledWith({ done: [0], skipped: [] });
  });

  it('shows still key poses with reduced motion', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) =>
      ({ ...matchMedia(query), matches: query.includes('reduce') }) as MediaQueryList;
    try {
      await startPlaying();
      await vi.advanceTimersByTimeAsync(5_000 + 1_500);
      const transforms = () =>
        [...document.querySelectorAll('.part')].map((part) => part.getAttribute('style')).join('|');
      const first = transforms();
      await vi.advanceTimersByTimeAsync(1_000);
      // Mid-inhale, still the same frame: the figure jumps between key poses, never slides.
      expect(transforms()).toBe(first);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(transforms()).not.toBe(first);
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});

describe('routine window: done', () => {
  it('finishes, says well done with what was done, and records how it felt', async () => {
    const bridge = await startPlaying();
    await vi.advanceTimersByTimeAsync(plan.totalMs + 500);
    expect(bridge.finishBreak).toHaveBeenCalledWith({ done: [0, 1, 2, 3, 4, 5], skipped: [] });
    expect(await screen.findByRole('heading', { name: 'Well done' })).toBeInTheDocument();
    expect(screen.getByText(/^You finished Desk reset in 46 secs\./)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Chest lift',
      'Seated twist',
    ]);
    await user().click(screen.getByRole('button', { name: 'Better' }));
    expect(bridge.rateBreak).toHaveBeenCalledWith({ breakId: 'b1', feeling: 'better' });
    expect(screen.getByRole('button', { name: 'Better' })).toHaveAttribute('aria-pressed', 'true');
    // Main records one answer per break, so the answer stays as given.
    expect(screen.getByRole('button', { name: 'Worse' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Worse' })).toHaveAttribute('aria-pressed', 'false');
    expect(bridge.rateBreak).toHaveBeenCalledOnce();
    await user().click(screen.getByRole('button', { name: 'Close' }));
    expect(bridge.closeWindow).toHaveBeenCalled();
  });

  it('tells the person plainly when an early stop was recorded as skipped', async () => {
    await startPlaying(
      routineBridge({
        getBreak: view(),
        finishBreak: { ...summary, outcome: 'skipped', exercisesDone: [] },
      }),
    );
    await vi.advanceTimersByTimeAsync(plan.totalMs + 500);
    expect(
      await screen.findByRole('heading', { name: 'That counts for something' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/noted as skipped/)).toBeInTheDocument();
  });
});

describe('routine window: languages', () => {
  afterEach(async () => {
    await speak({ locale: 'en', tag: 'en-GB' });
  });

  /** The break as main says it in German: the same routine, its texts translated. */
  const inGerman = (shown: BreakView): BreakView => {
    const names: Record<string, string> = { lift: 'Brust heben', twist: 'Drehung im Sitzen' };
    return {
      ...shown,
      plan: {
        ...shown.plan,
        title: 'Schreibtisch-Pause',
        exercises: Object.fromEntries(
          Object.entries(shown.plan.exercises).map(([id, exercise]) => [
            id,
            { ...exercise, name: names[id]! },
          ]),
        ),
      },
      reasons: ['1 Min.', 'nur Stuhl', 'heute noch nicht'],
    };
  };

  it('asks main for the break again in a newly chosen language, and the routine keeps its place', async () => {
    const bridge = await startPlaying();
    await vi.advanceTimersByTimeAsync(5_000 + 12_000 + 5_000 + 1_000);
    expect(screen.getByRole('heading', { name: 'Seated twist' })).toBeInTheDocument();
    const reached = screen.getByRole('progressbar').getAttribute('aria-valuenow');
    expect(bridge.getBreak).toHaveBeenCalledOnce();

    bridge.answer('getBreak', inGerman(view()));
    const settings = { ...defaultSettings(), chimeVolume: 0, language: 'de' as const };
    bridge.emit('settingsChanged', { settings, notices: [], locale: 'de', tag: 'de-DE' });
    // What startWindow does with that push: the window loads the language main now speaks.
    await speak({ locale: 'de', tag: 'de-DE' });

    expect(await screen.findByRole('heading', { name: 'Drehung im Sitzen' })).toBeInTheDocument();
    expect(bridge.getBreak).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(reached);
    expect(screen.getByText('Rechte Seite')).toBeInTheDocument();
    expect(bridge.startBreak).toHaveBeenCalledOnce();

    // It plays on from there, to the well-done screen with the title in German.
    await vi.advanceTimersByTimeAsync(plan.totalMs);
    expect(await screen.findByText(/^Du hast „Schreibtisch-Pause“ in/)).toBeInTheDocument();
    expect(bridge.finishBreak).toHaveBeenCalledWith({ done: [0, 1, 2, 3, 4, 5], skipped: [] });
  });

  it('keeps the routine on screen when main answers a different one after the change', async () => {
    const other = planRoutine(
      routine({ id: 'other', title: 'Other routine', steps: [{ exercise: 'lift' }] }),
      exercises,
    );
    const bridge = await startPlaying();
    bridge.answer('getBreak', view({ plan: other }));
    await speak({ locale: 'de', tag: 'de-DE' });
    await waitFor(() => expect(bridge.getBreak).toHaveBeenCalledTimes(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(screen.getByRole('heading', { name: 'Chest lift' })).toBeInTheDocument();
  });
});

describe('routine window: every word from the catalogue', () => {
  beforeEach(async () => {
    await speak({ locale: 'en-XA', tag: 'en' });
  });
  afterEach(async () => {
    await speak({ locale: 'en', tag: 'en-GB' });
  });

  const xa = messagesFor('en-XA', 'en');
  const breathe = exercise({
    id: 'breathe',
    name: 'Belly breathing',
    dose: { kind: 'breaths', breaths: { min: 1, max: 10, default: 2 } },
  });
  const content = new Map([lift, twist, breathe].map((e) => [e.id, e]));
  // Each kind of part: get ready, reps in two sets with a rest between, a hold on each side
  // with the switch between, and breaths.
  const mixed = planRoutine(
    routine({
      id: 'mixed',
      steps: [
        { exercise: 'lift', reps: 2, sets: 2 },
        { exercise: 'twist' },
        { exercise: 'breathe' },
      ],
    }),
    content,
  );

  /** The break with every text main would send marked, as main says it in the pseudo-locale. */
  const said = (text: string) => pseudoText(text);
  const pseudoView = (): BreakView => ({
    plan: {
      ...mixed,
      title: said(mixed.title),
      purpose: said(mixed.purpose),
      exercises: Object.fromEntries(
        Object.entries(mixed.exercises).map(([id, e]) => [
          id,
          {
            ...e,
            name: said(e.name),
            summary: said(e.summary),
            setup: e.setup.map(said),
            steps: e.steps.map(said),
            avoid: e.avoid.map(said),
            skipIf: e.skipIf.map(said),
            caution: e.caution.map(said),
            cycle: e.cycle.map((move) => ({ ...move, cue: said(move.cue) })),
          },
        ]),
      ),
    },
    versions: {
      lift: { easier: { id: 'lift-easy', name: said('Small chest lift') }, harder: null },
      twist: { easier: null, harder: { id: 'twist-deep', name: said('Deep twist') } },
    },
    reasons: ['1 min', 'chair only'].map(said),
    relaxed: [said('needs a wall')],
    trigger: 'reminder',
    sittingMinutes: 47,
    safetyNote: { title: said('Before you start'), points: [said('Move gently.')] },
  });

  it('says the safety note, preview, player, well-done screen and worse note in the pseudo-locale', async () => {
    const bridge = routineBridge({
      getBreak: pseudoView(),
      finishBreak: { ...summary, exercisesDone: ['lift', 'twist'], stepsSkipped: 1 },
      rateBreak: {
        worseNote: {
          title: said('Sorry that felt worse'),
          helpNow: { heading: said('What may help now'), points: [said('Rest.')] },
          seeSomeone: { heading: said('When to see someone'), points: [said('After a week.')] },
          redFlags: { heading: said('Get help straight away'), points: [said('Chest pain.')] },
        },
        goingEasy: { names: [said('Chest lift'), said('Seated twist')], until: Date.now() },
      },
    });
    render(RoutineApp);
    await screen.findByRole('heading', { name: said('Before you start') });
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
    await user().keyboard('{Enter}');

    await screen.findByRole('heading', { name: said(mixed.title) });
    // The snooze length has come, so Not now and what it does are there to read too.
    await screen.findByRole('button', { name: xa.routine.preview.notNowFor(10) });
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);

    await user().keyboard('{Enter}');
    await waitFor(() => expect(bridge.startBreak).toHaveBeenCalled());
    let at = 0;
    const pauses = new Set<string | null>();
    for (const segment of mixed.segments) {
      const middle = segment.startMs + segment.durationMs / 2;
      await vi.advanceTimersByTimeAsync(middle - at);
      at = middle;
      pauses.add(segment.pause);
      expect(
        wordsOutsideCatalogue(pageTexts(document)),
        `segment ${segment.index} (${segment.kind})`,
      ).toEqual([]);
    }
    expect(pauses).toEqual(new Set(['get-ready', 'rest', 'switch-sides', null]));
    await user().click(screen.getByText(xa.routine.player.instructions));
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
    await user().keyboard(' ');
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
    await user().keyboard(' ');

    await vi.advanceTimersByTimeAsync(mixed.totalMs - at + 500);
    await waitFor(() => expect(bridge.finishBreak).toHaveBeenCalled());
    const worse = await screen.findByRole('button', { name: xa.routine.done.feelings.worse });
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
    await user().click(worse);
    await screen.findByRole('heading', { name: said('Sorry that felt worse') });
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
  });

  it('says there is no routine in the pseudo-locale', async () => {
    routineBridge({ getBreak: null });
    render(RoutineApp);
    await screen.findByRole('heading', { name: xa.routine.empty.title });
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([]);
  });
});
