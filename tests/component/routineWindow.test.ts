import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planRoutine } from '../../electron/main/core/routinePlan';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import type { BreakSummary, BreakView } from '../../electron/shared/views';
import RoutineApp from '../../renderer/src/routine/RoutineApp.svelte';
import { exercise, routine } from '../support/contentFixtures';
import { Refusal } from '../../electron/main/core/refusal';
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
