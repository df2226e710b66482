import type { Feeling } from '../../shared/settingsLimits';
import type { BreakPlan, BreakProgress, BreakSummary, BreakView } from '../../shared/views';
import { closingMeans, outcomeOf, unknownSegments } from '../core/breakOutcome';
import { chooseRoutine, type Choice } from '../core/chooseRoutine';
import type { Clock } from '../core/ports';
import { Refusal } from '../core/refusal';
import { planRoutine } from '../core/routinePlan';
import type { SittingEngine } from '../core/sittingEngine';
import type { HistoryService } from './historyService';
import type { LibraryService } from './libraryService';
import type { SettingsService } from './settingsService';

/**
 * The break being offered or played: which routine, when it started, how far it got. Main
 * owns it; the routine window only reports progress and asks for changes.
 */
export interface BreakService {
  /** Offers a routine, or returns the one already on offer. Null when the library is empty. */
  prepare(trigger: BreakView['trigger']): BreakView | null;
  view(): BreakView | null;
  another(): BreakView | null;
  start(): void;
  progress(progress: BreakProgress): void;
  finish(progress: BreakProgress): BreakSummary;
  /** Records how the person felt after the break that just ended; refused for any other. */
  rate(breakId: string, feeling: Feeling): void;
  snooze(minutes: number): void;
  /** The routine window went away, by any route. */
  windowClosed(): void;
}

interface Session {
  id: string;
  trigger: BreakView['trigger'];
  sittingMs: number;
  choice: Choice;
  /** Planned once, so a change to the person's files mid-break cannot move the segments. */
  plan: BreakPlan;
  startedAt: number | null;
  startedWall: number;
  progress: BreakProgress;
  summary: BreakSummary | null;
}

type EngineControls = Pick<
  SittingEngine,
  'breakStarted' | 'breakTaken' | 'snooze' | 'skip' | 'status'
>;

export function createBreakService(deps: {
  clock: Clock;
  library: LibraryService;
  history: HistoryService;
  settings: SettingsService;
  engine: EngineControls;
  random: () => number;
}): BreakService {
  const { clock, library, history, settings, engine, random } = deps;
  let session: Session | null = null;
  /** The break that just ended, until it is rated or another is offered. */
  let rateable: string | null = null;

  const startOfToday = () => new Date(clock.now()).setHours(0, 0, 0, 0);

  const choose = (sittingMs: number, instead?: string): Choice | null => {
    const s = settings.current();
    return chooseRoutine({
      routines: [...library.library().routines.values()],
      maxMinutes: s.routineMinutes,
      places: s.places,
      equipment: s.equipment,
      excludedExercises: s.excludedExercises,
      favourites: s.favouriteRoutines,
      sittingMinutes: sittingMs / 60_000,
      recent: history.recentRoutines(),
      doneToday: history.routinesDoneSince(startOfToday()),
      instead,
      seed: Math.floor(random() * 2 ** 32),
    });
  };

  const viewOf = (current: Session): BreakView => {
    const s = settings.current();
    return {
      plan: current.plan,
      reasons: current.choice.reasons,
      relaxed: current.choice.relaxed,
      trigger: current.trigger,
      sittingMinutes: Math.floor(current.sittingMs / 60_000),
      safetyNote: s.safetyNoteSeen ? null : library.library().safetyNote,
      chimeVolume: s.chimeVolume,
      voiceGuidance: s.voiceGuidance,
      snoozeMinutes: s.snoozeMinutes,
      theme: s.theme,
    };
  };

  const active = () => {
    if (!session) throw new Refusal('No routine is on offer: open one from the tray.');
    return session;
  };

  const finish = (progress: BreakProgress): BreakSummary => {
    const current = active();
    if (current.summary) return current.summary;
    if (current.startedAt === null) throw new Refusal('The routine has not started yet.');
    const plan = current.plan;
    const unknown = unknownSegments(plan, progress);
    if (unknown.length > 0) throw new Refusal(`This routine has no segment ${unknown.join(', ')}.`);
    const result = outcomeOf(plan, progress);
    const summary: BreakSummary = {
      breakId: current.id,
      outcome: result.outcome,
      durationMs: Math.max(0, Math.round(clock.monotonic() - current.startedAt)),
      exercisesDone: result.exercisesDone,
      stepsSkipped: result.stepsSkipped,
    };
    current.summary = summary;
    rateable = current.id;
    history.append({
      type: 'break',
      id: current.id,
      at: current.startedWall,
      outcome: summary.outcome,
      routineId: plan.routineId,
      routineTitle: plan.title,
      trigger: current.trigger,
      durationMs: summary.durationMs,
      plannedMs: plan.totalMs,
      exercises: summary.exercisesDone,
      stepsSkipped: summary.stepsSkipped,
    });
    // A finished routine is a break that began when the routine did; one left early is not.
    if (summary.outcome === 'taken') engine.breakTaken(summary.durationMs);
    else engine.skip();
    return summary;
  };

  return {
    prepare(trigger) {
      if (session && !session.summary) return viewOf(session);
      const sittingMs = engine.status().sittingMs;
      const choice = choose(sittingMs);
      if (!choice) return null;
      rateable = null;
      session = {
        id: globalThis.crypto.randomUUID(),
        trigger,
        sittingMs,
        choice,
        plan: planRoutine(choice.routine, library.library().exercises),
        startedAt: null,
        startedWall: clock.now(),
        progress: { done: [], skipped: [] },
        summary: null,
      };
      return viewOf(session);
    },
    view: () => (session ? viewOf(session) : null),
    another() {
      const current = active();
      if (current.startedAt !== null) throw new Refusal('This routine has already started.');
      const choice = choose(current.sittingMs, current.choice.routine.id);
      if (choice) {
        current.choice = choice;
        current.plan = planRoutine(choice.routine, library.library().exercises);
      }
      return viewOf(current);
    },
    start() {
      const current = active();
      if (current.startedAt !== null) return;
      current.startedAt = clock.monotonic();
      current.startedWall = clock.now();
      // No reminder may interrupt the routine that answers it.
      engine.breakStarted();
    },
    progress(progress) {
      const current = active();
      const unknown = unknownSegments(current.plan, progress);
      if (unknown.length > 0)
        throw new Refusal(`This routine has no segment ${unknown.join(', ')}.`);
      current.progress = progress;
    },
    finish,
    rate(breakId, feeling) {
      // Only the routine just finished, once: made-up or old ids never reach the history.
      if (rateable === null || breakId !== rateable)
        throw new Refusal('There is no finished routine to rate.');
      rateable = null;
      history.append({ type: 'feeling', at: clock.now(), breakId, feeling });
    },
    snooze(minutes) {
      engine.snooze(minutes);
      history.append({
        type: 'snooze',
        at: clock.now(),
        minutes,
        sittingMs: Math.round(engine.status().sittingMs),
      });
      if (session && session.startedAt === null) session = null;
    },
    windowClosed() {
      if (!session) return;
      const current = session;
      const meaning = closingMeans({
        started: current.startedAt !== null,
        recorded: current.summary !== null,
        trigger: current.trigger,
      });
      try {
        if (meaning === 'record') finish(current.progress);
      } finally {
        // The window is gone either way: no closed routine may linger as the one on offer.
        session = null;
      }
      if (meaning === 'skip-reminder') {
        engine.skip();
        history.append({
          type: 'skip',
          at: clock.now(),
          sittingMs: Math.round(engine.status().sittingMs),
        });
      }
    },
  };
}
