import type { BreathPhase } from '../../routineSchema';
import type { Feeling } from '../../settingsLimits';
import { SECOND_MS } from '../../units';
import type { PlannedSegment, SegmentKind } from '../../views';
import type enRoutine from '../en/routine';
import type { Format } from '../format';

/**
 * The routine window's words in German: the German side of ../en/routine.ts, message for
 * message. Informal "du" and short imperatives, as the German exercise texts speak. A set is a
 * "Satz", a rep a "Wiederholung": in full wherever there is room and in whatever is spoken,
 * "Wdh." only under the number in the timer ring.
 */

type Side = NonNullable<PlannedSegment['side']>;
type Pause = NonNullable<PlannedSegment['pause']>;
type Toward = 'easier' | 'harder';
/** What a step asks for: seconds of holding, reps or breaths. */
type DoseKind = Exclude<SegmentKind, 'ready'>;

export default function routine(f: Format): ReturnType<typeof enRoutine> {
  const count = (n: number, one: string, other: string) =>
    f.plural(n, { one: `${f.number(n)} ${one}`, other: `${f.number(n)} ${other}` });
  /** "40 Sek.", "8 Wiederholungen", "1 Atemzug": how much one set of a step asks for. */
  const amount = (kind: DoseKind, n: number) =>
    kind === 'hold'
      ? f.seconds(n * SECOND_MS)
      : kind === 'reps'
        ? count(n, 'Wiederholung', 'Wiederholungen')
        : count(n, 'Atemzug', 'Atemzüge');
  const sideName: Record<Side, string> = { left: 'linke Seite', right: 'rechte Seite' };
  /** ", linke Seite" after an exercise's name, or nothing for a step done once. */
  const onSide = (side: Side | null) => (side ? `, ${sideName[side]}` : '');
  // "Später", as the tray's "Später erinnern" and the notification's "10 Min. später" say it:
  // "Nicht jetzt · 10 Min." did not fit beside "Andere Routine" in a narrow window.
  const notNow = 'Später';

  return {
    loading: 'Deine Routine wird vorbereitet …',
    close: 'Schließen',
    empty: {
      title: 'Keine Routine zum Abspielen',
      body: 'Backbreak hat keine Routine gefunden. Wenn du die App neu installierst, sind die mitgelieferten Routinen wieder da.',
    },
    safetyNote: {
      understood: 'Verstanden',
    },

    // ------------------------------------------------------------------ the preview
    preview: {
      // "45 Min." ends in a full stop of its own, so the sentence does not end on it.
      sittingFor: (minutes: number) => `Du sitzt seit ${f.minutes(minutes)} ohne Pause.`,
      rightNow: 'Eine Routine für jetzt.',
      reasons: 'Warum diese Routine',
      relaxed: (what: readonly string[]) =>
        `Keine Routine passt zu allen deinen Einstellungen. Diese kommt ihnen am nächsten: ${f.list(what)}.`,
      exercises: 'Übungen',
      /** One step's dose: "8 Wiederholungen", "25 Sek. pro Seite", "2 × 10 Wiederholungen". */
      dose: (kind: DoseKind, n: number, sets: number, eachSide: boolean) => {
        const line = sets > 1 ? `${f.number(sets)} × ${amount(kind, n)}` : amount(kind, n);
        return eachSide ? `${line} pro Seite` : line;
      },
      start: 'Starten',
      another: 'Andere Routine',
      notNow,
      notNowFor: (minutes: number) => `${notNow} · ${f.minutes(minutes)}`,
      notNowHint: (minutes: number) =>
        `„${notNow}“ erinnert dich in ${count(minutes, 'Minute', 'Minuten')} wieder.`,
      closeSkips: 'Fenster schließen (oder Esc) überspringt diese Pause.',
      closeLeaves: 'Fenster schließen (oder Esc) lässt deine Erinnerungen, wie sie waren.',
    },

    // ------------------------------------------------------------------ the player
    player: {
      progress: 'Fortschritt der Routine',
      stepOf: (step: number, steps: number) => `Schritt ${f.number(step)} von ${f.number(steps)}`,
      stepAndSet: (step: number, steps: number, set: number, sets: number) =>
        `Schritt ${f.number(step)} von ${f.number(steps)} · Satz ${f.number(set)} von ${f.number(sets)}`,
      side: { left: 'Linke Seite', right: 'Rechte Seite' } satisfies Record<Side, string>,
      /** Over the figure while a step gets ready. */
      pause: {
        'get-ready': 'Mach dich bereit',
        'switch-sides': 'Seite wechseln',
        rest: 'Kurz ausruhen',
      } satisfies Record<Pause, string>,
      /** What to do in the pause between sides or sets (before a step, its first setup line). */
      pauseCue: {
        'switch-sides': 'Komm zurück in die Ausgangsposition, dann wechsle die Seite.',
        rest: 'Ruh dich einen Atemzug lang aus, bevor der nächste Satz beginnt.',
      } satisfies Record<Exclude<Pause, 'get-ready'>, string>,
      versions: 'Andere Varianten dieser Übung',
      version: {
        easier: {
          button: 'Leichter',
          label: (name: string) => `Leichter: ${name}`,
          title: (name: string) => `Leichter: ${name} (Pfeiltaste nach unten)`,
        },
        harder: {
          button: 'Schwerer',
          label: (name: string) => `Schwerer: ${name}`,
          title: (name: string) => `Schwerer: ${name} (Pfeiltaste nach oben)`,
        },
      },
      /** What the figure shows, for a screen reader: the exercise, its side and the cue. */
      figure: (name: string, side: Side | null, cue: string) => `${name}${onSide(side)}: ${cue}`,
      /** Reps or breaths done of the set's, in the middle of the timer ring: "3/8". */
      doneOf: (done: number, of: number) => `${f.number(done)}/${f.number(of)}`,
      /** Under the number in the timer ring. */
      ring: {
        // The ring holds about ten letters: "bis zum Start" and "Wiederholungen" do not fit.
        toStart: 'bis Start',
        seconds: (n: number) => f.plural(n, { one: 'Sekunde', other: 'Sekunden' }),
        reps: () => 'Wdh.',
        breaths: (n: number) => f.plural(n, { one: 'Atemzug', other: 'Atemzüge' }),
      },
      breath: {
        inhale: 'Atme ein',
        exhale: 'Atme aus',
        // Not "halte den Atem an": the pose is held, the breath goes on.
        hold: 'Halte die Position, atme weiter',
      } satisfies Record<BreathPhase, string>,
      instructions: 'Ganze Anleitung',
      setUp: 'Ausgangsposition',
      move: 'Bewegung',
      takeCare: 'Achte darauf',
      upNext: (name: string) => `Als Nächstes: ${name}`,
      lastStep: 'Letzter Schritt',
      controls: 'Steuerung der Routine',
      restart: 'Routine neu starten',
      restartTitle: 'Neu starten',
      // The row of controls holds five buttons in the routine window's 420 pixels: short words,
      // "Pause" / "Weiter" as German players say them, so Next is "Vor".
      back: 'Zurück',
      backTitle: 'Zurück (Pfeiltaste nach links)',
      pauseButton: 'Pause',
      resume: 'Weiter',
      pauseTitle: 'Pause oder weiter (Leertaste)',
      next: 'Vor',
      nextTitle: 'Vor (Pfeiltaste nach rechts)',
      leave: 'Routine schließen',
      leaveTitle: 'Schließen (Esc)',
    },

    // ------------------------------------------------------------------ what a screen reader hears
    /** Said in the live region (and spoken, with voice guidance) as each part begins. */
    said: {
      getReady: (step: number, steps: number, name: string, side: Side | null) =>
        `Schritt ${f.number(step)} von ${f.number(steps)}: ${name}${onSide(side)}. Mach dich bereit.`,
      switchSides: (name: string, side: Side | null) => `Seite wechseln: ${name}${onSide(side)}.`,
      rest: (set: number, sets: number) =>
        `Kurz ausruhen, dann Satz ${f.number(set)} von ${f.number(sets)}.`,
      // Spoken aloud, so the seconds are a word here, not "Sek.".
      begin: (kind: DoseKind, n: number) =>
        kind === 'hold'
          ? `Los: ${count(n, 'Sekunde', 'Sekunden')} halten.`
          : `Los: ${amount(kind, n)}.`,
      /** Spoken as a step gets ready: what it is, then what to do. */
      readyAndCue: (said: string, cue: string) => `${said} ${cue}`,
      swapped: (toward: Toward, name: string) =>
        `${toward === 'easier' ? 'Leichtere' : 'Schwerere'} Variante: ${name}.`,
    },

    // ------------------------------------------------------------------ well done
    done: {
      taken: 'Gut gemacht',
      skipped: 'Auch das zählt',
      finished: (title: string, ms: number) =>
        `Du hast „${title}“ in ${f.seconds(ms)} geschafft. Deine Sitzzeit zählt wieder von null an.`,
      stoppedEarly: (ms: number) =>
        `Du hast nach ${f.seconds(ms)} aufgehört. Diese Pause zählt als übersprungen; die nächste Erinnerung kommt wie gewohnt.`,
      time: 'Dauer',
      duration: (ms: number) => f.seconds(ms),
      exercises: 'Übungen',
      exercisesOf: (done: number, of: number) => `${f.number(done)} von ${f.number(of)}`,
      whatYouDid: 'Das hast du gemacht',
      stepsSkipped: (n: number) =>
        f.plural(n, {
          one: `${f.number(n)} Schritt übersprungen.`,
          other: `${f.number(n)} Schritte übersprungen.`,
        }),
      howItFelt: 'Wie fühlt sich dein Rücken an?',
      feelings: {
        better: 'Besser',
        // A third of the narrowest window holds six letters: "Unverändert" breaks mid-word.
        same: 'Gleich',
        worse: 'Schlechter',
      } satisfies Record<Feeling, string>,
      noted: 'Danke, in deinem Verlauf notiert.',
      optional: 'Freiwillig.',
    },

    // ------------------------------------------------------------------ after "worse"
    worse: {
      goingEasy: (until: number, names: readonly string[]) =>
        `In den nächsten zwei Wochen, bis ${f.longDate(until)}, bietet Backbreak dir diese Übungen seltener und in ihrer leichtesten Variante an: ${f.list(names)}. In den Einstellungen kannst du das rückgängig machen.`,
    },
  };
}
