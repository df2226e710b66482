import { shortReasons, type BusyReason, type BusyWhy } from '../../busy';
import {
  SETTINGS_LIMITS,
  type Equipment,
  type NumberSettingKey,
  type Place,
  type Weekday,
} from '../../settingsLimits';
import type { FileProblemCode, SettingError } from '../codes';
import type enApp from '../en/app';
import type { KeyNames } from '../../shortcut';
import type { Format } from '../format';

/**
 * What main says in Spanish (the tray, notifications, errors, settings-file notices) and the
 * words both main and the windows need (units, setting errors, busy signals). Part of the
 * Spanish catalogue (see ./index.ts); the English source is ../en/app.ts.
 *
 * Informal "tú", neutral between Spain and Latin America. A break is a "pausa" (as the routine
 * titles in routines/texts/es.json call it), a reminder an "aviso", Settings "Ajustes". Where
 * Spanish would mark the person's gender ("sentado/sentada") the words say it another way
 * ("sin levantarte").
 */

/** Settings a message can be about, by the words the settings window uses. */
type ListSetting = 'places' | 'equipment' | 'excludedExercises' | 'favouriteRoutines';

/** A list's items, as "Elige menos …" (many) and "Elige cada … una sola vez" (one) say them. */
interface ListWords {
  many: string;
  one: string;
}

export default function app(f: Format): ReturnType<typeof enApp> {
  const numberLimits: Record<NumberSettingKey, { unit: (n: number) => string; label: string }> = {
    reminderIntervalMinutes: { unit: minutesUnit, label: 'Avisarme tras pasar sin levantarme' },
    snoozeMinutes: { unit: minutesUnit, label: 'Posponer durante' },
    maxReminders: {
      unit: (n) => f.plural(n, { one: 'aviso', other: 'avisos' }),
      label: 'Avisos antes de dejar de insistir',
    },
    naturalBreakMinutes: { unit: minutesUnit, label: 'Contar como pausa si me ausento durante' },
    routineMinutes: { unit: minutesUnit, label: 'Duración máxima de una rutina' },
    chimeVolume: { unit: () => '%', label: 'Volumen del sonido de aviso' },
    dailyBreakGoal: {
      unit: (n) => f.plural(n, { one: 'pausa', other: 'pausas' }),
      label: 'Objetivo diario para una racha',
    },
    busyLimitMinutes: { unit: minutesUnit, label: 'Avisarme de todos modos tras esperar' },
  };
  function minutesUnit(n: number) {
    return f.plural(n, { one: 'minuto', other: 'minutos' });
  }
  const listWords: Record<ListSetting | 'items', ListWords> = {
    places: { many: 'lugares', one: 'lugar' },
    equipment: { many: 'cosas', one: 'cosa' },
    excludedExercises: { many: 'ejercicios', one: 'ejercicio' },
    favouriteRoutines: { many: 'rutinas', one: 'rutina' },
    items: { many: 'elementos', one: 'elemento' },
  };
  const busyReason = (reason: BusyReason): string => {
    switch (reason.signal) {
      case 'camera':
        return 'cámara en uso';
      case 'microphone':
        return 'micrófono en uso';
      case 'do-not-disturb':
        return reason.how === 'focus' ? 'No molestar activado' : 'notificaciones desactivadas';
      case 'full-screen':
        return reason.how === 'presenting'
          ? 'presentación en curso'
          : reason.how === 'game'
            ? 'un juego en pantalla completa'
            : 'una app en pantalla completa';
      case 'front-app':
        return `${reason.app} en primer plano`;
    }
  };

  return {
    appName: 'Backbreak',
    dir: 'ltr',
    windowTitle: {
      routine: 'Rutina de Backbreak',
      settings: 'Ajustes de Backbreak',
      history: 'Historial de Backbreak',
    },

    // ------------------------------------------------------------------ numbers and units
    units: {
      numberUnit: (key: NumberSettingKey, n: number) => numberLimits[key].unit(n),
      numberLabel: (key: NumberSettingKey) => numberLimits[key].label,
    },

    // ------------------------------------------------------------------ the tray
    tray: {
      sitting: (ms: number) => `${f.sitting(ms)} sin levantarte`,
      sittingAndNext: (ms: number, minutesLeft: number) =>
        `${f.sitting(ms)} sin levantarte · próximo aviso en ${f.minutes(minutesLeft)}`,
      sittingAndDue: (ms: number) => `${f.sitting(ms)} sin levantarte · hora de una pausa`,
      overdue: (ms: number) => `Pausa pendiente · ${f.sitting(ms)} sin levantarte`,
      waiting: (reasons: string, ms: number) =>
        `En espera: ${reasons} · ${f.sitting(ms)} sin levantarte`,
      paused: 'Avisos en pausa',
      pausedUntilToday: (at: number) => `Avisos en pausa hasta ${theTime(f.time(at))}`,
      pausedUntilTomorrow: (at: number) => `Avisos en pausa hasta mañana a ${theTime(f.time(at))}`,
      pausedUntilDay: (at: number, weekday: Weekday) =>
        `Avisos en pausa hasta el ${f.weekday(weekday, 'long')} a ${theTime(f.time(at))}`,
      standing: 'De pie',
      outsideHours: 'Fuera del horario de trabajo',
      away: 'Lejos del escritorio',
      idleLimited: 'Detección de inactividad limitada',
      minutesTitle: (minutes: number) => f.minutes(minutes),
      menu: {
        start: 'Empezar una rutina ahora',
        snooze: 'Posponer',
        snoozeFor: (minutes: number) =>
          f.plural(minutes, {
            one: `${f.number(minutes)} minuto`,
            other: `${f.number(minutes)} minutos`,
          }),
        skip: 'Saltar esta pausa',
        pause: 'Pausar avisos',
        pause30m: `${f.number(30)} minutos`,
        pause1h: `${f.number(1)} hora`,
        pauseUntilWorkday: 'Hasta el próximo día laborable',
        resume: 'Reanudar avisos',
        standing: 'Estoy de pie',
        sitting: 'Vuelvo a sentarme',
        settings: 'Ajustes…',
        history: 'Historial…',
        quit: 'Salir',
      },
    },

    // ------------------------------------------------------------------ keys
    /** Las teclas de un atajo, como se llaman en los teclados en español. */
    keys: {
      modifiers: {
        mac: { Ctrl: 'Control', Alt: 'Opción', Shift: 'Mayúsculas', Super: 'Comando' },
        windows: { Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Mayús', Super: 'Windows' },
        other: { Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Mayús', Super: 'Super' },
      },
      keys: {
        Space: 'Espacio',
        Up: '↑',
        Down: '↓',
        Left: '←',
        Right: '→',
        Home: 'Inicio',
        End: 'Fin',
        PageUp: 'RePág',
        PageDown: 'AvPág',
        Insert: 'Insert',
        Delete: 'Supr',
      },
    } satisfies KeyNames,

    // ------------------------------------------------------------------ notifications
    notify: {
      reminderTitle: 'Hora de una pausa para tu espalda',
      reminderAgainTitle: 'Sigues sin levantarte: tu espalda necesita una pausa',
      reminderBody: (ms: number) =>
        `Llevas ${f.sitting(ms)} sin levantarte. Tienes una rutina guiada corta lista para cuando quieras.`,
      gentleTitle: 'Cuando puedas: tu espalda necesita una pausa',
      gentleBody: (ms: number) =>
        `Llevas ${f.sitting(ms)} sin levantarte. Una rutina guiada corta te espera para cuando tengas un momento.`,
      start: 'Empezar',
      snoozeFor: (minutes: number) => `Posponer ${f.minutes(minutes)}`,
      skip: 'Saltar esta pausa',
      settingsTitle: 'Sobre tus ajustes de Backbreak',
      windowClosedTitle: 'Se cerró una ventana de Backbreak',
      windowClosed: (window: 'routine' | 'settings' | 'history') =>
        `La ventana ${{ routine: 'de la rutina', settings: 'de ajustes', history: 'del historial' }[window]} dejó de funcionar varias veces seguidas, así que Backbreak la cerró. Puedes volver a abrirla desde el icono de Backbreak.`,
      shortcutTakenTitle: 'Tu atajo de Backbreak no funciona',
      shortcutTaken: (shortcut: string) =>
        `Otra app usa ahora ${shortcut}, así que ya no funciona en Backbreak. Elige otro atajo en Ajustes.`,
    },

    // ------------------------------------------------------------------ start-up and files
    startFailedTitle: 'Backbreak no pudo iniciarse',
    startFailed: (logPath: string) =>
      `Algo salió mal al iniciar Backbreak, así que se cerró. Intenta abrirlo de nuevo. Si sigue pasando, encontrarás los detalles en ${logPath}.`,
    exportTitle: 'Exportar historial',
    exportFilter: 'Archivos CSV',
    exportFailed:
      'Backbreak no pudo guardar el archivo ahí. Elige otra carpeta o comprueba que puedes guardar archivos en ella.',
    fileProblem: {
      EISDIR: 'es una carpeta, no un archivo',
      NOT_A_FILE: 'no es un archivo normal',
      TOO_LARGE: 'es demasiado grande',
      ELOOP: 'es un enlace que apunta a sí mismo',
      EACCES: 'Backbreak no tiene permiso para usarlo',
      EPERM: 'Backbreak no tiene permiso para usarlo',
      EROFS: 'el disco donde está no admite cambios',
      ENOSPC: 'el disco está lleno',
      EDQUOT: 'se agotó la cuota de disco',
      ENOTDIR: 'hay un archivo donde debería estar su carpeta',
      ENOENT: 'no se encuentra',
      EMFILE: 'hay demasiados archivos abiertos',
      ENFILE: 'hay demasiados archivos abiertos',
      EIO: 'el disco dio un error',
      EBUSY: 'otro programa lo está usando',
      OTHER: 'el sistema no lo permitió',
    } satisfies Record<FileProblemCode, string>,

    // ------------------------------------------------------------------ the settings file
    settingsFile: {
      empty:
        'Tu archivo de ajustes estaba vacío, así que Backbreak empezó con los valores predeterminados. Se guardó una copia del archivo anterior en la misma carpeta.',
      unreadableText:
        'No se pudo leer tu archivo de ajustes, así que Backbreak empezó con los valores predeterminados. Se guardó una copia del archivo anterior en la misma carpeta.',
      unreadable: (why: string) =>
        `Backbreak no pudo leer tu archivo de ajustes (${why}), así que empezó con los valores predeterminados y dejó el archivo como estaba. Los cambios que hagas ahora durarán hasta que salgas de Backbreak.`,
      newer:
        'Tus ajustes los guardó una versión más reciente de Backbreak. Esta versión usa lo que entiende y deja el resto como está.',
      brokenKeys: (names: readonly string[]) =>
        `Algunos ajustes tenían valores que Backbreak no puede usar (${f.list(names)}) y han vuelto a sus valores predeterminados. Se guardó una copia del archivo anterior en la misma carpeta.`,
      unknownKeys: (names: readonly string[], more: number) =>
        `Backbreak no tuvo en cuenta ajustes que no conoce (${f.list(more > 0 ? [...names, `${f.number(more)} más`] : names)}). Se guardó una copia del archivo anterior en la misma carpeta.`,
      notWritable: (why: string) =>
        `Backbreak no pudo guardar sus ajustes (${why}). Los cambios durarán hasta que salgas de Backbreak.`,
      notSaved:
        'Backbreak no pudo guardar este cambio en su archivo de ajustes, así que no lo aplicó. Comprueba que queda espacio en el disco.',
      notFollowed:
        'Cambio guardado, pero Backbreak no pudo aplicarlo del todo. Encontrarás los detalles en su registro.',
      loginItemNotFollowed: (why: string) =>
        `Cambio guardado, pero Backbreak no pudo cambiar si se abre al iniciar sesión: ${why}.`,
      shortcutTaken: (shortcut: string) => `Otra app ya usa ${shortcut}. Elige otro atajo.`,
      shortcutRefused: (shortcut: string) =>
        `El sistema no permite usar ${shortcut} como atajo. Elige otro.`,
      names: {
        reminderIntervalMinutes: 'tiempo sin levantarte antes de un aviso',
        snoozeMinutes: 'tiempo que se pospone un aviso',
        maxReminders: 'avisos antes de dejar de insistir',
        naturalBreakMinutes: 'duración de una pausa natural',
        workingHours: 'horario de trabajo',
        remindOutsideWorkingHours: 'avisos fuera del horario de trabajo',
        routineMinutes: 'duración máxima de una rutina',
        places: 'lugares para hacer ejercicio',
        equipment: 'lo que tienes a mano',
        excludedExercises: 'ejercicios que dejas fuera',
        favouriteRoutines: 'rutinas favoritas',
        exerciseVersions: 'las versiones de ejercicios que elegiste',
        easeOff: 'ejercicios con los que Backbreak va con cuidado',
        chimeVolume: 'volumen del sonido de aviso',
        voiceGuidance: 'guía por voz',
        reminderStyle: 'cómo aparecen los avisos',
        alwaysOnTop: 'ventana de la rutina siempre delante',
        launchAtLogin: 'abrir al iniciar sesión',
        theme: 'tema',
        language: 'idioma',
        dailyBreakGoal: 'objetivo diario',
        safetyNoteSeen: 'nota de seguridad',
        busySignals: 'qué hace esperar a los avisos',
        busyApps: 'apps que hacen esperar a los avisos',
        busyLimitMinutes: 'cuánto espera un aviso',
        shortcut: 'atajo de teclado',
      },
    },

    settingError: (code: SettingError, key: string): string => {
      const limit = numberLimits[key as NumberSettingKey];
      const list = listWords[key as ListSetting] ?? listWords.items;
      switch (code) {
        case 'number':
          return limit
            ? `Elige un número entero entre ${f.number(range(key).min)} y ${f.number(range(key).max)} ${limit.unit(range(key).max)}.`
            : 'Elige un número entero.';
        case 'onOff':
          return 'Elige activado o desactivado.';
        case 'oneOf':
          return 'Elige una de las opciones que se muestran.';
        case 'time':
          return `Escribe una hora, por ejemplo ${f.clock('09:00')}.`;
        case 'rangeShape':
          return 'Indica una hora de inicio y una de fin para cada franja.';
        case 'rangeEmpty':
          return 'La hora de fin de una franja tiene que ser distinta de la de inicio.';
        case 'rangesShape':
          return 'Indica el horario en franjas de tiempo.';
        case 'rangesMax':
          return `Usa como máximo ${f.number(4)} franjas al día.`;
        case 'rangesOverlap':
          return 'Las franjas de un mismo día no pueden solaparse.';
        case 'weekShape':
          return 'Indica el horario de trabajo de cada día de la semana.';
        case 'nightOverlap':
          return 'Este horario se solapa con otro del día anterior que pasa de la medianoche.';
        case 'pickFromList':
          return `Elige ${list.many} de la lista.`;
        case 'listMax':
          return `Elige menos ${list.many}.`;
        case 'listOnce':
          return `Elige cada ${list.one} una sola vez.`;
        case 'placesEmpty':
          return 'Elige al menos un lugar donde puedas hacer ejercicio.';
        case 'versionsList':
          return 'Elige versiones de ejercicios de la lista.';
        case 'versionsMax':
          return `Backbreak recuerda como máximo ${f.number(200)} versiones elegidas.`;
        case 'easeUntil':
          return 'Indica hasta cuándo ir con cuidado.';
        case 'easeMax':
          return `Backbreak puede ir con cuidado con ${f.number(200)} ejercicios como máximo a la vez.`;
        case 'busySignals':
          return 'Elige activado o desactivado para cada una de estas opciones.';
        case 'appName':
          return 'Escribe el nombre de cada app, por ejemplo Zoom.';
        case 'appNameLength':
          return `El nombre de cada app puede tener como máximo ${f.number(60)} caracteres.`;
        case 'appNameLetters':
          return 'Escribe el nombre de cada app con letras o números.';
        case 'appsList':
          return 'Escribe las apps por su nombre.';
        case 'appsMax':
          return `Incluye como máximo ${f.number(20)} apps.`;
        case 'appsOnce':
          return 'Incluye cada app una sola vez.';
        case 'shortcutFormat':
          return 'Usa una combinación como Ctrl+Alt+B: Ctrl, Alt o la tecla Windows o Comando, con una letra, un número o una tecla de función.';
        case 'unreadableChange':
          return 'Backbreak no pudo leer ese cambio.';
        case 'nothingToChange':
          return 'No había nada que cambiar.';
        case 'noSuchSetting':
          return 'Backbreak no tiene ese ajuste, así que no cambió nada.';
      }
    },

    // ------------------------------------------------------------------ refused calls
    refusal: {
      notOurs: 'Backbreak solo responde a sus propias ventanas.',
      notThisWindow: 'Esta ventana no puede hacer eso.',
      unreadable: 'Backbreak no pudo leer esa petición, así que no cambió nada.',
      failed:
        'Algo salió mal dentro de Backbreak, así que no se hizo. Encontrarás los detalles en su registro.',
      noRoutineOnOffer: 'No hay ninguna rutina preparada: abre una desde el icono de Backbreak.',
      notStarted: 'La rutina aún no ha empezado.',
      alreadyStarted: 'Esta rutina ya ha empezado.',
      alreadyEnded: 'Esta rutina ya ha terminado.',
      noSuchSegment: 'Esta rutina no tiene esa parte.',
      noSuchStep: 'Esta rutina no tiene ese paso.',
      onlyJustEnded: 'Solo puedes valorar la rutina que acaba de terminar.',
      ratedAlready: 'Esta rutina ya está valorada.',
      noVersion: (toward: 'easier' | 'harder') =>
        `No hay una versión ${{ easier: 'más fácil', harder: 'más difícil' }[toward]} de este ejercicio que puedas hacer donde estás.`,
    },

    // ------------------------------------------------------------------ choosing a routine
    chooser: {
      minutes: (minutes: number) => f.minutes(minutes),
      places: (places: readonly Place[]) =>
        places.length === 1
          ? placeOnly[places[0]!]
          : places.map((place) => placeName[place]).join(' + '),
      favourite: 'una de tus favoritas',
      doneToday: 'ya hecha hoy',
      notDoneToday: 'aún sin hacer hoy',
      longer: (minutes: number) => `dura ${f.minutes(minutes)} más de lo que pediste`,
      needsPlaces: (places: readonly Place[]) =>
        `necesita ${f.list(places.map((place) => placeNeeded[place]))}`,
      needsEquipment: (items: readonly Equipment[]) =>
        `necesita ${f.list(items.map((item) => equipmentNeeded[item]))}`,
      excluded: (names: readonly string[]) => `incluye ${f.list(names)}, que dejaste fuera`,
    },

    // ------------------------------------------------------------------ busy
    busy: {
      reason: busyReason,
      reasons: (reasons: readonly BusyReason[]): string =>
        // A comma, as in English: joined with "y", "cámara y micrófono en uso y …" would read
        // as one long list rather than two reasons.
        shortReasons(reasons, (reason) =>
          reason.signal === 'camera-and-microphone'
            ? 'cámara y micrófono en uso'
            : busyReason(reason),
        ).join(', '),
      why: {
        'not-on-this-system': 'Backbreak no puede consultarlo en este sistema.',
        'too-slow': 'El sistema tardó demasiado en responder.',
        'not-asked': 'No se pudo consultar al sistema en este momento.',
        'mac-focus-hidden':
          'macOS no deja que las apps vean si el modo Concentración está activado (solo con Acceso total al disco, que Backbreak no pide).',
        'mac-full-screen-hidden':
          'macOS no deja que las apps vean si otra app está en pantalla completa sin el permiso de Accesibilidad, que Backbreak no pide.',
        'mac-camera-not-told':
          'La cámara de este Mac no avisa cuando está en uso (la cámara integrada de los Mac con chip de Apple sí lo hace).',
        'mac-camera-failed': 'Backbreak no pudo preguntar a macOS si la cámara está en uso.',
        'mac-microphone-failed': 'Backbreak no pudo preguntar a macOS si el micrófono está en uso.',
        'mac-front-app-failed': 'Backbreak no pudo preguntar a macOS qué app está en primer plano.',
        'linux-dnd-not-told':
          'Tu escritorio no indica a otras apps si No molestar está activado (GNOME y KDE Plasma sí lo hacen).',
        'linux-dnd-failed':
          'Backbreak no pudo preguntar al escritorio si No molestar está activado.',
        'linux-dnd-needs-gsettings':
          'Backbreak necesita gsettings para saber si No molestar está activado.',
        'linux-dnd-needs-gdbus':
          'Backbreak necesita gdbus (de GLib) para saber si No molestar está activado.',
        'linux-microphone-needs-pactl':
          'Backbreak necesita pactl (del paquete pulseaudio-utils) para saber si el micrófono está en uso.',
        'linux-microphone-failed':
          'Backbreak no pudo preguntar al servidor de sonido si el micrófono está en uso.',
        'linux-camera-failed': 'Backbreak no pudo comprobar qué programas usan la cámara.',
        'wayland-windows':
          'Wayland mantiene privadas las ventanas de las demás apps, así que Backbreak no puede saber si una app está en pantalla completa ni cuál está en primer plano.',
        'x11-needs-xprop':
          'Backbreak necesita xprop (del paquete x11-utils) para saber si una app está en pantalla completa o en primer plano.',
        'x11-failed':
          'Backbreak no pudo preguntar al gestor de ventanas qué ventana está en primer plano.',
        'windows-camera-failed': 'Backbreak no pudo leer qué apps usan la cámara.',
        'windows-microphone-failed': 'Backbreak no pudo leer qué apps usan el micrófono.',
        'windows-state-failed':
          'Backbreak no pudo preguntar a Windows si una app puede interrumpir ahora.',
        'windows-dnd-failed': 'Backbreak no pudo preguntar a Windows si No molestar está activado.',
        'windows-needs-powershell':
          'Backbreak necesita Windows PowerShell para saber si una app está en pantalla completa.',
      } satisfies Record<BusyWhy, string>,
    },
  };
}

/** "Lunes" on its own, where Intl writes a weekday or a date in lower case ("lunes"). */
export const startCapital = (words: string) =>
  words.charAt(0).toLocaleUpperCase('es') + words.slice(1);

/** "las 14:05", but "la 1:00": Spanish names one o'clock in the singular. */
export const theTime = (time: string) => (/^0?1\D/.test(time) ? `la ${time}` : `las ${time}`);

const range = (key: string) => SETTINGS_LIMITS[key as NumberSettingKey];

/** A routine's places, where it says which it needs: "silla + de pie". */
const placeName: Record<Place, string> = { chair: 'silla', standing: 'de pie', floor: 'suelo' };
/** A routine for one place: "solo en la silla". */
const placeOnly: Record<Place, string> = {
  chair: 'solo en la silla',
  standing: 'solo de pie',
  floor: 'solo en el suelo',
};
/** What a place asks of the room: "necesita una silla y espacio en el suelo". */
const placeNeeded: Record<Place, string> = {
  chair: 'una silla',
  standing: 'espacio para estar de pie',
  floor: 'espacio en el suelo',
};
/** Each thing with its article, which follows the noun's gender: "una pared", "un marco". */
const equipmentNeeded: Record<Equipment, string> = {
  wall: 'una pared',
  doorway: 'un marco de puerta',
  towel: 'una toalla',
  band: 'una banda elástica',
};
