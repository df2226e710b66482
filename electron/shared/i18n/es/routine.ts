import type { BreathPhase } from '../../routineSchema';
import type { Feeling } from '../../settingsLimits';
import { SECOND_MS } from '../../units';
import type { PlannedSegment, SegmentKind } from '../../views';
import type enRoutine from '../en/routine';
import type { Format } from '../format';

/**
 * The routine window's words in Spanish: the preview, the player, the well-done screen and
 * the note after a break that felt worse. The routine itself (titles, exercise names, cues)
 * comes from main, already in Spanish. Part of the Spanish catalogue (see ./index.ts); the
 * English source is ../en/routine.ts.
 *
 * The breath words follow the cues of routines/texts/es.json ("Inhala", "Exhala"). Keys are
 * named as Spanish keyboards print them ("Esc", "Espacio"). The buttons of the control row
 * share one narrow line, so they stay one short word each.
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

export default function routine(f: Format): ReturnType<typeof enRoutine> {
  const count = (n: number, one: string, other: string) =>
    f.plural(n, { one: `${f.number(n)} ${one}`, other: `${f.number(n)} ${other}` });
  /** "40 s", "8 repeticiones", "1 respiración": how much one set of a step asks for. */
  const amount = (kind: DoseKind, n: number) =>
    kind === 'hold'
      ? f.seconds(n * SECOND_MS)
      : kind === 'reps'
        ? count(n, 'repetición', 'repeticiones')
        : count(n, 'respiración', 'respiraciones');
  /** ", lado izquierdo" after an exercise's name, or nothing for a step done once. */
  const onSide = (side: Side | null) =>
    side ? `, lado ${{ left: 'izquierdo', right: 'derecho' }[side]}` : '';
  const notNow = 'Ahora no';

  return {
    loading: 'Preparando tu rutina…',
    close: 'Cerrar',
    empty: {
      title: 'No hay ninguna rutina',
      body: 'Backbreak no encontró ninguna rutina. Si vuelves a instalar la app, recuperarás las que trae incluidas.',
    },
    safetyNote: {
      understood: 'Entendido',
    },

    // ------------------------------------------------------------------ the preview
    preview: {
      sittingFor: (minutes: number) => `Llevas ${f.minutes(minutes)} sin levantarte.`,
      rightNow: 'Una rutina para ahora mismo.',
      reasons: 'Por qué esta rutina',
      relaxed: (what: readonly string[]) =>
        `Ninguna rutina encaja con todos tus ajustes; esta es la más cercana: ${f.list(what)}.`,
      exercises: 'Ejercicios',
      /** One step's dose: "8 repeticiones", "25 s por lado", "2 × 10 repeticiones". */
      dose: (kind: DoseKind, n: number, sets: number, eachSide: boolean) => {
        const line = sets > 1 ? `${f.number(sets)} × ${amount(kind, n)}` : amount(kind, n);
        return eachSide ? `${line} por lado` : line;
      },
      start: 'Empezar',
      another: 'Otra rutina',
      notNow,
      notNowFor: (minutes: number) => `${notNow} · ${f.minutes(minutes)}`,
      notNowHint: (minutes: number) =>
        `“${notNow}” te avisa de nuevo dentro de ${count(minutes, 'minuto', 'minutos')}.`,
      closeSkips: 'Si cierras esta ventana (o pulsas Esc), te saltas esta pausa.',
      closeLeaves: 'Si cierras esta ventana (o pulsas Esc), tus avisos siguen como estaban.',
    },

    // ------------------------------------------------------------------ the player
    player: {
      progress: 'Progreso de la rutina',
      stepOf: (step: number, steps: number) => `Paso ${f.number(step)} de ${f.number(steps)}`,
      stepAndSet: (step: number, steps: number, set: number, sets: number) =>
        `Paso ${f.number(step)} de ${f.number(steps)} · serie ${f.number(set)} de ${f.number(sets)}`,
      side: { left: 'Lado izquierdo', right: 'Lado derecho' } satisfies Record<Side, string>,
      /** Over the figure while a step gets ready. */
      pause: {
        'get-ready': 'Prepárate',
        'switch-sides': 'Cambia de lado',
        rest: 'Descansa',
      } satisfies Record<Pause, string>,
      /** What to do in the pause between sides or sets (before a step, its first setup line). */
      pauseCue: {
        'switch-sides': 'Vuelve a la posición inicial y cambia de lado.',
        rest: 'Respira una vez con calma antes de la siguiente serie.',
      } satisfies Record<Exclude<Pause, 'get-ready'>, string>,
      versions: 'Otras versiones de este ejercicio',
      version: {
        easier: {
          button: 'Más fácil',
          label: (name: string) => `Más fácil: ${name}`,
          title: (name: string) => `Más fácil: ${name} (flecha abajo)`,
        },
        harder: {
          button: 'Más difícil',
          label: (name: string) => `Más difícil: ${name}`,
          title: (name: string) => `Más difícil: ${name} (flecha arriba)`,
        },
      } satisfies Record<Toward, VersionWords>,
      /** What the figure shows, for a screen reader: the exercise, its side and the cue. */
      figure: (name: string, side: Side | null, cue: string) => `${name}${onSide(side)}: ${cue}`,
      /** Reps or breaths done of the set's, in the middle of the timer ring: "3/8". */
      doneOf: (done: number, of: number) => `${f.number(done)}/${f.number(of)}`,
      /**
       * Under the number in the timer ring, inside its circle: about eight letters fit, so the
       * ring says "veces" and "respiros" where sentences say "repeticiones" and "respiraciones",
       * and counts down to the start as "3… y vamos" ("para empezar" would cross the ring).
       */
      ring: {
        toStart: 'y vamos',
        seconds: (n: number) => f.plural(n, { one: 'segundo', other: 'segundos' }),
        reps: (n: number) => f.plural(n, { one: 'vez', other: 'veces' }),
        breaths: (n: number) => f.plural(n, { one: 'respiro', other: 'respiros' }),
      },
      breath: {
        inhale: 'Inhala',
        exhale: 'Exhala',
        // Not "aguanta la respiración": the pose is held, the breath goes on.
        hold: 'Mantén la postura y respira',
      } satisfies Record<BreathPhase, string>,
      instructions: 'Instrucciones completas',
      setUp: 'Posición inicial',
      move: 'Movimiento',
      takeCare: 'Precauciones',
      upNext: (name: string) => `Siguiente: ${name}`,
      lastStep: 'Último paso',
      controls: 'Controles de la rutina',
      restart: 'Empezar la rutina de nuevo',
      restartTitle: 'Volver a empezar',
      back: 'Atrás',
      backTitle: 'Atrás (flecha izquierda)',
      pauseButton: 'Pausa',
      resume: 'Seguir',
      pauseTitle: 'Pausar o seguir (Espacio)',
      // "Siguiente" would push the row onto two lines; Next skips the rest of the part anyway.
      next: 'Saltar',
      nextTitle: 'Saltar (flecha derecha)',
      leave: 'Cerrar la rutina',
      leaveTitle: 'Cerrar (Esc)',
    },

    // ------------------------------------------------------------------ what a screen reader hears
    /** Said in the live region (and spoken, with voice guidance) as each part begins. */
    said: {
      getReady: (step: number, steps: number, name: string, side: Side | null) =>
        `Paso ${f.number(step)} de ${f.number(steps)}: ${name}${onSide(side)}. Prepárate.`,
      switchSides: (name: string, side: Side | null) => `Cambia de lado: ${name}${onSide(side)}.`,
      rest: (set: number, sets: number) =>
        `Descansa y luego haz la serie ${f.number(set)} de ${f.number(sets)}.`,
      begin: (kind: DoseKind, n: number) =>
        kind === 'hold'
          ? `Empieza: mantén ${count(n, 'segundo', 'segundos')}.`
          : `Empieza: ${amount(kind, n)}.`,
      /** Spoken as a step gets ready: what it is, then what to do. */
      readyAndCue: (said: string, cue: string) => `${said} ${cue}`,
      swapped: (toward: Toward, name: string) =>
        `Versión ${toward === 'easier' ? 'más fácil' : 'más difícil'}: ${name}.`,
    },

    // ------------------------------------------------------------------ well done
    done: {
      taken: 'Bien hecho',
      skipped: 'Esto también cuenta',
      finished: (title: string, ms: number) =>
        `Terminaste “${title}” en ${f.seconds(ms)}. El tiempo que llevas sin levantarte vuelve a cero.`,
      stoppedEarly: (ms: number) =>
        `Paraste antes de terminar, tras ${f.seconds(ms)}. Esta pausa queda anotada como saltada; el próximo aviso llegará como siempre.`,
      time: 'Tiempo',
      duration: (ms: number) => f.seconds(ms),
      exercises: 'Ejercicios',
      exercisesOf: (done: number, of: number) => `${f.number(done)} de ${f.number(of)}`,
      whatYouDid: 'Lo que hiciste',
      stepsSkipped: (n: number) =>
        f.plural(n, {
          one: `Te saltaste ${f.number(n)} paso.`,
          other: `Te saltaste ${f.number(n)} pasos.`,
        }),
      howItFelt: '¿Cómo notas la espalda?',
      feelings: {
        better: 'Mejor',
        same: 'Igual',
        worse: 'Peor',
      } satisfies Record<Feeling, string>,
      noted: 'Gracias, queda anotado en tu historial.',
      optional: 'Opcional.',
    },

    // ------------------------------------------------------------------ after "worse"
    worse: {
      goingEasy: (until: number, names: readonly string[]) =>
        `Durante las próximas dos semanas, hasta el ${f.longDate(until)}, Backbreak te propondrá estos ejercicios con menos frecuencia y en su versión más fácil: ${f.list(names)}. Puedes deshacerlo en Ajustes.`,
    },
  };
}
