import type { BusySignal } from '../../busy';
import type { Equipment, Place, REMINDER_STYLES, THEMES, Weekday } from '../../settingsLimits';
import type { UserRoutineLimits } from '../../userRoutineLimits';
import type enSettings from '../en/settings';
import type { DaysWithHours } from '../en/settings';
import type { Format } from '../format';
import { startCapital, theTime } from './app';

/**
 * The settings window's words in Spanish. Part of the Spanish catalogue (see ./index.ts); the
 * English source is ../en/settings.ts. The names of settings follow those main uses in its
 * notices (../es/app.ts: "Avisarme tras…", "guía por voz", "lo que tienes a mano"). A default
 * is "Predeterminado: …", a switch "activado" or "desactivado", a computer "tu equipo" (neutral
 * between "ordenador" and "computadora"). Hours of a day are "franjas".
 */

type Theme = (typeof THEMES)[number];
type ReminderStyle = (typeof REMINDER_STYLES)[number];

export default function settings(f: Format): ReturnType<typeof enSettings> {
  const onOff = (on: boolean) => (on ? 'activado' : 'desactivado');
  /** A weekday inside a sentence: Spanish writes it in lower case ("de lunes a viernes"). */
  const dayInSentence = (weekday: Weekday) => f.weekday(weekday, 'long');
  /** A weekday on its own, as a row's label: "Lunes". */
  const day = (weekday: Weekday) => startCapital(dayInSentence(weekday));
  const place: Record<Place, string> = { chair: 'Silla', standing: 'De pie', floor: 'Suelo' };
  const equipment: Record<Equipment, string> = {
    wall: 'Pared',
    doorway: 'Marco de puerta',
    towel: 'Toalla',
    band: 'Banda elástica',
  };
  const reminderStyle: Record<ReminderStyle, string> = {
    notify: 'Mostrar una notificación',
    'open-window': 'Abrir directamente la ventana de la rutina',
  };
  const theme: Record<Theme, string> = { system: 'Sistema', light: 'Claro', dark: 'Oscuro' };
  /** "silla y de pie", "pared", "nada": choices inside a sentence. */
  const inSentence = (words: readonly string[]) =>
    words.length === 0 ? 'nada' : f.list(words.map((word) => word.toLocaleLowerCase('es')));
  /** "Lunes" for one range that day, "Lunes, franja 2" when it has several. */
  const rangeName = (weekday: Weekday, index: number, count: number) =>
    count > 1 ? `${day(weekday)}, franja ${f.number(index + 1)}` : day(weekday);

  return {
    title: 'Ajustes',
    loading: 'Cargando tus ajustes…',
    /** Why the settings could not be loaded; `why` is main's sentence. */
    loadProblem: (why: string) => `Backbreak no pudo cargar tus ajustes: ${why}`,
    /** The note beside the title after a change. */
    savedNote: {
      saved: 'Guardado',
      reset: 'Ajustes restablecidos',
    },
    notices: {
      title: 'Sobre tu archivo de ajustes',
      dismiss: 'Descartar',
    },
    sections: {
      reminders: 'Avisos',
      hours: 'Cuándo avisarte',
      busy: 'Cuándo espera Backbreak',
      routines: 'Rutinas',
      sound: 'Sonido y ventana',
      history: 'Historial',
    },
    idleLimitedTitle: 'Detección de inactividad limitada',
    idleLimited:
      'Aquí Backbreak no puede saber cuánto tiempo llevas sin usar el teclado ni el ratón, así que solo cuentan como pausas la suspensión y el bloqueo de pantalla.',
    idleLimitedLock:
      'Bloquea la pantalla al levantarte, y el tiempo que pases fuera contará como pausa.',

    // ------------------------------------------------------------------ fields
    /** Under a number: "De 10 a 120 minutos · predeterminado: 45"; `unit` is the unit for `max`. */
    numberHint: (min: number, max: number, unit: string, fallback: number) =>
      `De ${f.number(min)} a ${f.number(max)} ${unit} · predeterminado: ${f.number(fallback)}`,
    /** The chime volume as a percentage, beside the slider and for screen readers. */
    // Spanish sets the sign apart from the number, by a space that does not break.
    percent: (n: number) => `${f.number(n)}\u00a0%`,
    volumeHint: (silent: number, fallback: number) =>
      `Con ${f.number(silent)} no suena · predeterminado: ${f.number(fallback)}\u00a0%`,
    reminderStyle: {
      legend: 'Cuando toca una pausa',
      hint: (fallback: ReminderStyle) =>
        `Predeterminado: ${reminderStyle[fallback].toLocaleLowerCase('es')}.`,
      options: reminderStyle,
    },
    shortcut: {
      label: 'Atajo de teclado',
      hint: 'Pulsa aquí las teclas a la vez. Desde cualquier app, pospone el aviso que esté en pantalla o empieza una rutina. Predeterminado: ninguno.',
      placeholder: 'Pulsa las teclas',
      clear: 'Borrar',
    },
    remindOutsideWorkingHours: {
      label: 'Avisarme fuera del horario de trabajo',
      hint: (fallback: boolean) => `Predeterminado: ${onOff(fallback)}.`,
    },
    places: {
      legend: 'Dónde puedes hacer ejercicio',
      hint: (fallback: readonly Place[]) =>
        `Predeterminado: ${inSentence(fallback.map((item) => place[item]))}.`,
      options: place,
    },
    equipment: {
      legend: 'Lo que tienes a mano',
      hint: (fallback: readonly Equipment[]) =>
        `Las rutinas que necesitan algo más se quedan fuera. Predeterminado: ${inSentence(fallback.map((item) => equipment[item]))}.`,
      options: equipment,
    },
    favouriteRoutines: {
      legend: 'Rutinas favoritas',
      hint: 'Salen más a menudo. Predeterminado: ninguna.',
    },
    excludedExercises: {
      legend: 'Ejercicios que dejas fuera',
      hint: 'Las rutinas se los saltan. Predeterminado: ninguno.',
      filter: 'Buscar un ejercicio',
    },
    voiceGuidance: {
      label: 'Guía por voz',
      hint: (fallback: boolean) =>
        `Una voz tranquila lee cada paso. Predeterminado: ${onOff(fallback)}.`,
    },
    alwaysOnTop: {
      label: 'Ventana de la rutina siempre delante',
      hint: (fallback: boolean) => `Predeterminado: ${onOff(fallback)}.`,
    },
    launchAtLogin: {
      label: 'Abrir Backbreak al iniciar sesión',
      hint: (fallback: boolean) => `Predeterminado: ${onOff(fallback)}.`,
    },
    theme: {
      legend: 'Tema',
      hint: (fallback: Theme) =>
        `“Sistema” usa el tema de tu equipo. Predeterminado: ${theme[fallback]}.`,
      options: theme,
    },
    language: {
      legend: 'Idioma',
      hint: 'Las ventanas, el icono y las notificaciones de Backbreak usan este idioma. Predeterminado: el del sistema.',
      /** The other choices are each language by its own name (LOCALE_NAMES), never translated. */
      system: 'El del sistema',
      /** Only shown when the settings file asks for the pseudo-language, which tests use. */
      pseudo: 'Pseudoidioma, para pruebas',
    },

    // ------------------------------------------------------------------ pick lists
    pickList: {
      /**
       * How many are ticked, after the hint. "Selección" for every list, so the words need not
       * agree with "rutinas" (feminine) or "ejercicios" (masculine).
       */
      chosen: (n: number) => (n === 0 ? 'Selección: ninguna.' : `Selección: ${f.number(n)}.`),
      empty: 'Todavía no hay nada en tu biblioteca.',
      noMatch: (query: string) => `Nada coincide con “${query}”.`,
      /** The detail of a chosen item the library no longer has. */
      missing: 'ya no está en tu biblioteca',
      /** A routine's detail: "3 min · silla y de pie · tuya". */
      routineDetail: (minutes: number, places: readonly Place[], yours: boolean) =>
        [
          f.minutes(minutes),
          inSentence(places.map((item) => place[item])),
          ...(yours ? ['tuya'] : []),
        ].join(' · '),
    },

    // ------------------------------------------------------------------ what Backbreak learnt
    versions: {
      title: 'Versiones que elegiste',
      none: 'Todavía ninguna. Durante una rutina, Más fácil y Más difícil (o las flechas abajo y arriba) cambian el ejercicio en pantalla, y Backbreak recuerda tu elección para la próxima vez.',
      listed: 'Las rutinas ponen estas versiones en lugar del ejercicio que nombran.',
      /** An exercise and the version chosen for it. */
      chosen: (exercise: string, version: string) => `${exercise} → ${version}`,
      forget: 'Olvidar',
      forgetLabel: (exercise: string) => `Olvidar la versión elegida para ${exercise}`,
    },
    easing: {
      title: 'Con cuidado tras una pausa que te sentó mal',
      none: 'Nada por ahora. Si respondes “Peor” después de una rutina, Backbreak te propone sus ejercicios con menos frecuencia, y en su versión más fácil, durante dos semanas.',
      listed: (exercises: readonly { name: string; until: number }[]) =>
        `Con menos frecuencia y en su versión más fácil: ${f.list(exercises.map((exercise) => `${exercise.name} (hasta el ${f.longDate(exercise.until)})`))}.`,
      stop: 'Dejar de ir con cuidado',
    },

    // ------------------------------------------------------------------ your own routines
    userRoutines: {
      problemsTitle: 'Archivos de rutinas que no se pudieron usar',
      /** Before the folder's path, which follows it on screen. */
      fixThem: 'Corrígelos o quítalos de tu carpeta de rutinas:',
      folder: 'Tus propias rutinas van en esta carpeta:',
      limits: (limits: UserRoutineLimits) =>
        `Backbreak lee ahí hasta ${f.number(limits.files)} archivos .json, de ${size(limits.fileBytes)} como máximo cada uno y ${size(limits.totalBytes)} en total, en carpetas de hasta ${f.number(limits.depth)} niveles de profundidad y ${f.number(limits.entries)} nombres en total. No sigue enlaces que lleven fuera de la carpeta.`,
      /**
       * `language` is the window's language by its own name ("Español"); inside a Spanish
       * sentence a language's name is written in lower case.
       */
      missingTexts: (language: string) =>
        `Algunos textos de tus propios ejercicios y rutinas no están escritos en ${language.toLocaleLowerCase('es')}, así que se muestran en inglés:`,
    },

    // ------------------------------------------------------------------ working hours
    hours: {
      legend: 'Horario de trabajo',
      hint: (fallback: readonly DaysWithHours[]) =>
        `Los avisos solo llegan dentro de este horario. Si una franja acaba antes de la hora en que empieza, pasa de la medianoche al día siguiente. Predeterminado: ${week(fallback)}.`,
      day,
      /** A time of day in the time lists. */
      time: (hhmm: string) => f.clock(hhmm),
      from: (weekday: Weekday, index: number, count: number) =>
        `${rangeName(weekday, index, count)}, desde`,
      until: (weekday: Weekday, index: number, count: number) =>
        `${rangeName(weekday, index, count)}, hasta`,
      remove: (weekday: Weekday, index: number, count: number, start: string, end: string) =>
        count > 1
          ? `Quitar la franja ${f.number(index + 1)} del ${dayInSentence(weekday)}, de ${f.clock(start)} a ${f.clock(end)}`
          : `Quitar la franja del ${dayInSentence(weekday)}, de ${f.clock(start)} a ${f.clock(end)}`,
      removeTitle: 'Quitar esta franja',
      nextDay: 'día siguiente',
      none: 'Sin avisos',
      add: 'Añadir',
      addLabel: (weekday: Weekday) => `Añadir una franja el ${dayInSentence(weekday)}`,
    },

    // ------------------------------------------------------------------ when Backbreak waits
    busy: {
      intro:
        'Un aviso que llega en mal momento espera, y aparece en cuanto quedes libre. El tiempo sin levantarte sigue contando. Lo que Backbreak no puede ver no hace esperar a los avisos.',
      /** `reasons` is the tray's reasons ("micrófono en uso"); `at` the moment it comes anyway. */
      waitingNow: (reasons: string, at: number) =>
        `Hay un aviso en espera: ${reasons}. Llegará cuando quedes libre o, como muy tarde, a ${theTime(f.time(at))}.`,
      /** Each signal's switch: what it waits for, with an example. Every one is on by default. */
      signal: {
        camera: {
          label: 'Esperar si la cámara está en uso',
          hint: 'En cualquier app: una videollamada, por ejemplo. Predeterminado: activado.',
        },
        microphone: {
          label: 'Esperar si el micrófono está en uso',
          hint: 'En cualquier app: una llamada o una grabación. Predeterminado: activado.',
        },
        'do-not-disturb': {
          label: 'Esperar durante No molestar',
          hint: 'También con Concentración, Asistente de concentración o las notificaciones desactivadas. Predeterminado: activado.',
        },
        'full-screen': {
          label: 'Esperar si otra app está en pantalla completa',
          hint: 'Un video, un juego o una presentación que estés dando. Predeterminado: activado.',
        },
        'front-app': {
          label: 'Esperar si una app de la lista está en primer plano',
          hint: 'Para lo que las demás no detectan: las apps que indiques abajo. Predeterminado: activado.',
        },
      } satisfies Record<BusySignal, { label: string; hint: string }>,
      /**
       * Beside a signal this computer cannot read, after or before the sentence saying why
       * (`busy.why`): two sentences, each whole.
       */
      never: 'Por eso, aquí nunca hace esperar a un aviso.',
      notLastTime: 'La última comprobación no pudo saberlo.',
      limit:
        'Si pasado ese tiempo aún hay motivo para esperar, el aviso llega de todos modos, con discreción: sin sonido y sin abrir nunca una ventana encima de tu llamada o de una app en pantalla completa.',
      apps: {
        legend: 'Apps que, en primer plano, hacen esperar a los avisos',
        hint: 'Sus nombres tal como los muestra tu equipo, como Zoom o PowerPoint. Predeterminado: ninguna.',
        remove: 'Quitar',
        removeLabel: (app: string) => `Quitar ${app}`,
        name: 'Nombre de la app',
        add: 'Añadir app',
      },
    },

    // ------------------------------------------------------------------ reset and close
    reset: {
      open: 'Restablecer ajustes…',
      title: '¿Restablecer todos los ajustes?',
      text: 'Todos los ajustes vuelven a su valor predeterminado. Tu historial y tus propios archivos de rutinas se conservan.',
      cancel: 'Cancelar',
      confirm: 'Restablecer',
    },
    close: 'Cerrar',
  };

  /** "de lunes a viernes, 9:00–18:00; sábado, 10:00–12:00", or "sin horario de trabajo". */
  function week(groups: readonly DaysWithHours[]): string {
    const parts = groups.map((group) => {
      const days =
        group.first === group.last
          ? dayInSentence(group.first)
          : `de ${dayInSentence(group.first)} a ${dayInSentence(group.last)}`;
      const hours = f.list(
        group.ranges.map((range) => `${f.clock(range.start)}–${f.clock(range.end)}`),
      );
      return `${days}, ${hours}`;
    });
    return parts.length === 0 ? 'sin horario de trabajo' : parts.join('; ');
  }

  /** "256 KB", "2 MB". */
  function size(bytes: number): string {
    return bytes >= 1024 * 1024
      ? `${f.number(bytes / (1024 * 1024))} MB`
      : `${f.number(bytes / 1024)} KB`;
  }
}
