import type { Messages } from '../../shared/i18n/en/index';
import type { Locale } from '../../shared/i18n/locales';
import type { Feeling } from '../../shared/settingsLimits';
import { startOfLocalDay } from '../../shared/localDays';
import { MINUTE_MS, wholeMinutes } from '../../shared/units';
import type { Routine } from '../../shared/routineSchema';
import type {
  BreakPlan,
  BreakProgress,
  BreakSummary,
  BreakView,
  RatingAnswer,
} from '../../shared/views';
import { closingMeans, outcomeOf, unknownSegments } from '../core/breakOutcome';
import { choiceWords, chooseRoutine, type Choice } from '../core/chooseRoutine';
import {
  playedVersion,
  rememberVersion,
  routineWithVersions,
  stepWith,
  versionOffer,
  type VersionContext,
} from '../core/exerciseVersions';
import { easeOffFrom, goingEasyOn, stopEasing } from '../core/goingEasy';
import type { Clock } from '../core/ports';
import { Refusal } from '../core/refusal';
import { planRoutine } from '../core/routinePlan';
import type { SittingEngine } from '../core/sittingEngineApi';
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
  /** "How did that feel?" for the routine that just ended, once. */
  rate(breakId: string, feeling: Feeling): RatingAnswer;
  /**
   * Switches a step of the routine under way to the easier or harder version of its exercise,
   * remembers the choice for next time, and answers the re-planned routine.
   */
  swap(stepIndex: number, toward: 'easier' | 'harder'): BreakView;
  snooze(minutes: number): void;
  /**
   * "Not this time" for the reminder that is out: no break, counted as skipped. A routine on
   * offer and not begun goes with it; a routine under way is the person's and is left be
   * (false, nothing recorded).
   */
  skipReminder(): boolean;
  /** A routine has begun and is not yet recorded. */
  playing(): boolean;
  /** The routine window went away, by any route. */
  windowClosed(): void;
  /** The reminder was taken back before its routine was seen: the routine is no longer on offer. */
  withdraw(): void;
}

interface Session {
  id: string;
  trigger: BreakView['trigger'];
  sittingMs: number;
  choice: Choice;
  /** The routine as played: each step in the version chosen for it. */
  routine: Routine;
  /** Planned once, so a change to the person's files mid-break cannot move the segments. */
  plan: BreakPlan;
  startedAt: number | null;
  startedWall: number;
  progress: BreakProgress;
  summary: BreakSummary | null;
  rated: boolean;
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
  /** The person's language now, and its words: the view is said in it each time it is asked. */
  locale: () => Locale;
  words: () => Messages;
}): BreakService {
  const { clock, library, history, settings, engine, random, locale, words } = deps;
  const refusal = () => words().refusal;
  let session: Session | null = null;

  const versionContext = (): VersionContext => {
    const s = settings.current();
    return {
      exercises: library.library().exercises,
      places: s.places,
      equipment: s.equipment,
      excluded: s.excludedExercises,
    };
  };

  const choose = (sittingMs: number, instead?: string): Choice | null => {
    const s = settings.current();
    return chooseRoutine({
      routines: [...library.library().routines.values()],
      maxMinutes: s.routineMinutes,
      places: s.places,
      equipment: s.equipment,
      excludedExercises: s.excludedExercises,
      favourites: s.favouriteRoutines,
      goingEasyOn: [...goingEasyOn(s.easeOff, clock.now())],
      sittingMinutes: sittingMs / MINUTE_MS,
      recent: history.recentRoutines(),
      doneToday: history.routinesDoneSince(startOfLocalDay(clock.now())),
      instead,
      seed: Math.floor(random() * 2 ** 32),
    });
  };

  /** The chosen routine with each step in the version this person plays now. */
  const asPlayed = (routine: Routine): Routine => {
    const s = settings.current();
    const context = versionContext();
    const easing = goingEasyOn(s.easeOff, clock.now());
    return routineWithVersions(routine, context.exercises, (_i, id) =>
      playedVersion(id, context, s.exerciseVersions, easing),
    );
  };

  const viewOf = (current: Session): BreakView => {
    const s = settings.current();
    const context = versionContext();
    const said = library.language(locale());
    const named = (offer: { id: string } | null) =>
      offer && { id: offer.id, name: said.exerciseName(offer.id) };
    const safetyNote = library.library().safetyNote;
    return {
      plan: said.plan(current.plan),
      versions: Object.fromEntries(
        current.plan.order.map((id) => {
          const offer = versionOffer(id, context);
          return [id, { easier: named(offer.easier), harder: named(offer.harder) }];
        }),
      ),
      ...choiceWords(current.choice, words(), said.exerciseName),
      trigger: current.trigger,
      sittingMinutes: wholeMinutes(current.sittingMs),
      safetyNote: s.safetyNoteSeen || !safetyNote ? null : said.safetyNote(safetyNote),
    };
  };

  const active = () => {
    if (!session) throw new Refusal(refusal().noRoutineOnOffer);
    return session;
  };

  const skipReminder = () => {
    engine.skip();
    history.append({
      type: 'skip',
      at: clock.now(),
      sittingMs: Math.round(engine.status().sittingMs),
    });
  };

  const finish = (progress: BreakProgress): BreakSummary => {
    const current = active();
    if (current.summary) return current.summary;
    if (current.startedAt === null) throw new Refusal(refusal().notStarted);
    const plan = current.plan;
    if (unknownSegments(plan, progress).length > 0) throw new Refusal(refusal().noSuchSegment);
    const result = outcomeOf(plan, progress);
    const summary: BreakSummary = {
      breakId: current.id,
      outcome: result.outcome,
      durationMs: Math.max(0, Math.round(clock.monotonic() - current.startedAt)),
      exercisesDone: result.exercisesDone,
      stepsSkipped: result.stepsSkipped,
    };
    current.summary = summary;
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
      const routine = asPlayed(choice.routine);
      session = {
        id: globalThis.crypto.randomUUID(),
        trigger,
        sittingMs,
        choice,
        routine,
        plan: planRoutine(routine, library.library().exercises),
        startedAt: null,
        startedWall: clock.now(),
        progress: { done: [], skipped: [] },
        summary: null,
        rated: false,
      };
      return viewOf(session);
    },
    view: () => (session ? viewOf(session) : null),
    another() {
      const current = active();
      if (current.startedAt !== null) throw new Refusal(refusal().alreadyStarted);
      const choice = choose(current.sittingMs, current.choice.routine.id);
      if (choice) {
        current.choice = choice;
        current.routine = asPlayed(choice.routine);
        current.plan = planRoutine(current.routine, library.library().exercises);
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
      if (unknownSegments(current.plan, progress).length > 0) {
        throw new Refusal(refusal().noSuchSegment);
      }
      current.progress = progress;
    },
    finish,
    rate(breakId, feeling) {
      const current = session;
      if (!current?.summary || current.summary.breakId !== breakId) {
        throw new Refusal(refusal().onlyJustEnded);
      }
      if (current.rated) throw new Refusal(refusal().ratedAlready);
      current.rated = true;
      const now = clock.now();
      history.append({ type: 'feeling', at: now, breakId, feeling });
      if (feeling !== 'worse') return { worseNote: null, goingEasy: null };
      // Going easy on what the routine names, so the easier versions are found from there.
      const named = current.choice.routine.steps.map((step) => step.exercise);
      const easeOff = easeOffFrom(settings.current().easeOff, named, now);
      settings.update({ easeOff });
      const said = library.language(locale());
      const worseNote = library.library().worseNote;
      return {
        worseNote: worseNote && said.worseNote(worseNote),
        goingEasy: {
          names: [...new Set(named)].map(said.exerciseName),
          until: Math.max(...easeOff.map((entry) => entry.until)),
        },
      };
    },
    swap(stepIndex, toward) {
      const current = active();
      if (current.startedAt === null) throw new Refusal(refusal().notStarted);
      if (current.summary) throw new Refusal(refusal().alreadyEnded);
      const step = current.routine.steps[stepIndex];
      const written = current.choice.routine.steps[stepIndex];
      if (!step || !written) throw new Refusal(refusal().noSuchStep);
      const target = versionOffer(step.exercise, versionContext())[toward];
      if (!target) throw new Refusal(refusal().noVersion(toward));
      const exercises = library.library().exercises;
      const steps = [...current.routine.steps];
      steps[stepIndex] = stepWith(written, exercises.get(target.id)!);
      current.routine = { ...current.routine, steps };
      const plan = planRoutine(current.routine, exercises);
      // What was done before this step stands; the step itself starts again.
      const from = plan.segments.find((segment) => segment.stepIndex === stepIndex)!.index;
      current.plan = plan;
      current.progress = {
        done: current.progress.done.filter((index) => index < from),
        skipped: current.progress.skipped.filter((index) => index < from),
      };
      // Remembered for next time, by the exercise the routine names; choosing ends going easy.
      const s = settings.current();
      settings.update({
        exerciseVersions: rememberVersion(s.exerciseVersions, written.exercise, target.id),
        easeOff: stopEasing(s.easeOff, written.exercise, clock.now()),
      });
      return viewOf(current);
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
      if (meaning === 'skip-reminder') skipReminder();
    },
    withdraw() {
      if (session?.trigger === 'reminder' && session.startedAt === null) session = null;
    },
    skipReminder() {
      if (session && session.startedAt !== null && !session.summary) return false;
      // The offer goes too, so closing its window afterwards records nothing more.
      session = null;
      skipReminder();
      return true;
    },
    playing: () => session !== null && session.startedAt !== null && session.summary === null,
  };
}
