import type { BreathPhase } from '../../routineSchema';
import type { Feeling } from '../../settingsLimits';
import { SECOND_MS } from '../../units';
import type { PlannedSegment, SegmentKind } from '../../views';
import type { Format } from '../format';

/**
 * The routine window's words in English: the preview, the player, the well-done screen and
 * the note after a break that felt worse. The routine itself (titles, exercise names, cues,
 * the safety and worse notes) comes from main, already in the person's language; these are
 * the words around it. Part of the English catalogue (see ./index.ts).
 */

type Side = NonNullable<PlannedSegment['side']>;
type Pause = NonNullable<PlannedSegment['pause']>;
type Toward = 'easier' | 'harder';
/** What a step asks for: seconds of holding, reps or breaths. */
type DoseKind = Exclude<SegmentKind, 'ready'>;
interface VersionWords {
  button: string;
  label: (name: string) => string;
  /** The button's tooltip, with its key. */
  title: (name: string) => string;
}

export default function routine(f: Format) {
  const count = (n: number, one: string, other: string) =>
    f.plural(n, { one: `${f.number(n)} ${one}`, other: `${f.number(n)} ${other}` });
  /** "40 secs", "8 reps", "1 breath": how much one set of a step asks for. */
  const amount = (kind: DoseKind, n: number) =>
    kind === 'hold'
      ? f.seconds(n * SECOND_MS)
      : kind === 'reps'
        ? count(n, 'rep', 'reps')
        : count(n, 'breath', 'breaths');
  /** ", left side" after an exercise's name, or nothing for a step done once. */
  const onSide = (side: Side | null) => (side ? `, ${side} side` : '');
  const notNow = 'Not now';

  return {
    loading: 'Getting your routine ready…',
    close: 'Close',
    empty: {
      title: 'No routine to play',
      body: 'Backbreak could not find any routine. Reinstalling the app brings the bundled ones back.',
    },
    safetyNote: {
      understood: 'I understand',
    },

    // ------------------------------------------------------------------ the preview
    preview: {
      sittingFor: (minutes: number) => `You have been sitting for ${f.minutes(minutes)}.`,
      rightNow: 'A routine for right now.',
      reasons: 'Why this routine',
      relaxed: (what: readonly string[]) =>
        `Nothing fitted all your settings, so this is the nearest: ${f.list(what)}.`,
      exercises: 'Exercises',
      /** One step's dose: "8 reps", "25 secs each side", "2 × 10 reps". */
      dose: (kind: DoseKind, n: number, sets: number, eachSide: boolean) => {
        const line = sets > 1 ? `${f.number(sets)} × ${amount(kind, n)}` : amount(kind, n);
        return eachSide ? `${line} each side` : line;
      },
      start: 'Start',
      another: 'Another routine',
      notNow,
      notNowFor: (minutes: number) => `${notNow} · ${f.minutes(minutes)}`,
      notNowHint: (minutes: number) =>
        `“${notNow}” reminds you again in ${count(minutes, 'minute', 'minutes')}.`,
      closeSkips: 'Closing this window (or Escape) skips this break.',
      closeLeaves: 'Closing this window (or Escape) leaves your reminders as they were.',
    },

    // ------------------------------------------------------------------ the player
    player: {
      progress: 'Routine progress',
      stepOf: (step: number, steps: number) => `Step ${f.number(step)} of ${f.number(steps)}`,
      stepAndSet: (step: number, steps: number, set: number, sets: number) =>
        `Step ${f.number(step)} of ${f.number(steps)} · set ${f.number(set)} of ${f.number(sets)}`,
      side: { left: 'Left side', right: 'Right side' } satisfies Record<Side, string>,
      /** Over the figure while a step gets ready. */
      pause: {
        'get-ready': 'Get ready',
        'switch-sides': 'Switch sides',
        rest: 'Rest',
      } satisfies Record<Pause, string>,
      /** What to do in the pause between sides or sets (before a step, its first setup line). */
      pauseCue: {
        'switch-sides': 'Come back to the start, then change sides.',
        rest: 'Rest for a breath before the next set.',
      } satisfies Record<Exclude<Pause, 'get-ready'>, string>,
      versions: 'Other versions of this exercise',
      version: {
        easier: {
          button: 'Easier',
          label: (name: string) => `Easier: ${name}`,
          title: (name: string) => `Easier: ${name} (Down arrow)`,
        },
        harder: {
          button: 'Harder',
          label: (name: string) => `Harder: ${name}`,
          title: (name: string) => `Harder: ${name} (Up arrow)`,
        },
      } satisfies Record<Toward, VersionWords>,
      /** What the figure shows, for a screen reader: the exercise, its side and the cue. */
      figure: (name: string, side: Side | null, cue: string) => `${name}${onSide(side)}: ${cue}`,
      /** Reps or breaths done of the set's, in the middle of the timer ring: "3/8". */
      doneOf: (done: number, of: number) => `${f.number(done)}/${f.number(of)}`,
      /** Under the number in the timer ring. */
      ring: {
        toStart: 'to start',
        seconds: (n: number) => f.plural(n, { one: 'second', other: 'seconds' }),
        reps: (n: number) => f.plural(n, { one: 'rep', other: 'reps' }),
        breaths: (n: number) => f.plural(n, { one: 'breath', other: 'breaths' }),
      },
      breath: {
        inhale: 'Breathe in',
        exhale: 'Breathe out',
        // Not "hold your breath": the pose is held, the breath goes on.
        hold: 'Hold the pose, keep breathing',
      } satisfies Record<BreathPhase, string>,
      instructions: 'Full instructions',
      setUp: 'Set up',
      move: 'Move',
      takeCare: 'Take care',
      upNext: (name: string) => `Next: ${name}`,
      lastStep: 'Last step',
      controls: 'Routine controls',
      restart: 'Restart the routine',
      restartTitle: 'Restart',
      back: 'Back',
      backTitle: 'Back (Left arrow)',
      pauseButton: 'Pause',
      resume: 'Resume',
      pauseTitle: 'Pause or resume (Space)',
      next: 'Next',
      nextTitle: 'Next (Right arrow)',
      leave: 'Close the routine',
      leaveTitle: 'Close (Escape)',
    },

    // ------------------------------------------------------------------ what a screen reader hears
    /** Said in the live region (and spoken, with voice guidance) as each part begins. */
    said: {
      getReady: (step: number, steps: number, name: string, side: Side | null) =>
        `Step ${f.number(step)} of ${f.number(steps)}: ${name}${onSide(side)}. Get ready.`,
      switchSides: (name: string, side: Side | null) => `Switch sides: ${name}${onSide(side)}.`,
      rest: (set: number, sets: number) => `Rest, then set ${f.number(set)} of ${f.number(sets)}.`,
      begin: (kind: DoseKind, n: number) =>
        kind === 'hold'
          ? `Begin: hold for ${count(n, 'second', 'seconds')}.`
          : `Begin: ${amount(kind, n)}.`,
      /** Spoken as a step gets ready: what it is, then what to do. */
      readyAndCue: (said: string, cue: string) => `${said} ${cue}`,
      swapped: (toward: Toward, name: string) =>
        `${toward === 'easier' ? 'Easier' : 'Harder'} version: ${name}.`,
    },

    // ------------------------------------------------------------------ well done
    done: {
      taken: 'Well done',
      skipped: 'That counts for something',
      finished: (title: string, ms: number) =>
        `You finished ${title} in ${f.seconds(ms)}. Your sitting clock starts again from zero.`,
      stoppedEarly: (ms: number) =>
        `You stopped early, after ${f.seconds(ms)}. This one is noted as skipped; the next reminder will come as usual.`,
      time: 'Time',
      duration: (ms: number) => f.seconds(ms),
      exercises: 'Exercises',
      exercisesOf: (done: number, of: number) => `${f.number(done)} of ${f.number(of)}`,
      whatYouDid: 'What you did',
      stepsSkipped: (n: number) =>
        f.plural(n, {
          one: `${f.number(n)} step skipped.`,
          other: `${f.number(n)} steps skipped.`,
        }),
      howItFelt: 'How does your back feel?',
      feelings: {
        better: 'Better',
        same: 'The same',
        worse: 'Worse',
      } satisfies Record<Feeling, string>,
      noted: 'Thanks, noted in your history.',
      optional: 'Optional.',
    },

    // ------------------------------------------------------------------ after "worse"
    worse: {
      goingEasy: (until: number, names: readonly string[]) =>
        `For the next two weeks, until ${f.longDate(until)}, Backbreak offers these exercises less often and in their easiest version: ${f.list(names)}. You can undo this in Settings.`,
    },
  };
}
