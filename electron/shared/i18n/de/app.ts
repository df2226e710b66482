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
 * What main says in German (the tray, notifications, errors, settings-file notices) and the
 * words both main and the windows need (units, setting errors, busy signals): the German side
 * of ../en/app.ts, message for message. Informal "du", as the German exercise texts speak.
 */

/** Settings a message can be about, by the words the settings window uses. */
type ListSetting = 'places' | 'equipment' | 'excludedExercises' | 'favouriteRoutines';

export default function app(f: Format): ReturnType<typeof enApp> {
  const numberLimits: Record<NumberSettingKey, { unit: (n: number) => string; label: string }> = {
    reminderIntervalMinutes: { unit: minutesUnit, label: 'Erinnern nach einer Sitzdauer von' },
    snoozeMinutes: { unit: minutesUnit, label: 'Erinnerung verschieben um' },
    maxReminders: {
      unit: (n) => f.plural(n, { one: 'Erinnerung', other: 'Erinnerungen' }),
      label: 'Still werden nach',
    },
    naturalBreakMinutes: { unit: minutesUnit, label: 'Als Pause zählt eine Abwesenheit ab' },
    routineMinutes: { unit: minutesUnit, label: 'Längste Routine' },
    chimeVolume: { unit: () => '%', label: 'Lautstärke des Signaltons' },
    dailyBreakGoal: {
      unit: (n) => f.plural(n, { one: 'Pause', other: 'Pausen' }),
      label: 'Tagesziel für eine Serie',
    },
    busyLimitMinutes: { unit: minutesUnit, label: 'Trotzdem erinnern nach einer Wartezeit von' },
  };
  function minutesUnit(n: number) {
    return f.plural(n, { one: 'Minute', other: 'Minuten' });
  }
  /** The things a list setting holds: all of them, and "each one" with its article. */
  const listWhat: Record<ListSetting, { all: string; each: string }> = {
    places: { all: 'Orte', each: 'jeden Ort' },
    equipment: { all: 'Hilfsmittel', each: 'jedes Hilfsmittel' },
    excludedExercises: { all: 'Übungen', each: 'jede Übung' },
    favouriteRoutines: { all: 'Routinen', each: 'jede Routine' },
  };
  const anyList = { all: 'Einträge', each: 'jeden Eintrag' };
  const busyReason = (reason: BusyReason): string => {
    switch (reason.signal) {
      case 'camera':
        return 'Kamera in Benutzung';
      case 'microphone':
        return 'Mikrofon in Benutzung';
      case 'do-not-disturb':
        return reason.how === 'focus' ? '„Nicht stören“ ist an' : 'Benachrichtigungen sind aus';
      case 'full-screen':
        return reason.how === 'presenting'
          ? 'Präsentation läuft'
          : reason.how === 'game'
            ? 'ein Spiel läuft im Vollbild'
            : 'eine App läuft im Vollbild';
      case 'front-app':
        return `${reason.app} ist im Vordergrund`;
    }
  };
  const windowName = {
    routine: 'Routinefenster',
    settings: 'Einstellungsfenster',
    history: 'Verlaufsfenster',
  };

  return {
    appName: 'Backbreak',
    dir: 'ltr',
    windowTitle: {
      routine: 'Backbreak-Routine',
      settings: 'Backbreak-Einstellungen',
      history: 'Backbreak-Verlauf',
    },

    // ------------------------------------------------------------------ numbers and units
    units: {
      numberUnit: (key: NumberSettingKey, n: number) => numberLimits[key].unit(n),
      numberLabel: (key: NumberSettingKey) => numberLimits[key].label,
    },

    // ------------------------------------------------------------------ the tray
    tray: {
      sitting: (ms: number) => `Du sitzt seit ${f.sitting(ms)}`,
      sittingAndNext: (ms: number, minutesLeft: number) =>
        `Du sitzt seit ${f.sitting(ms)} · nächste Erinnerung in ${f.minutes(minutesLeft)}`,
      sittingAndDue: (ms: number) => `Du sitzt seit ${f.sitting(ms)} · Zeit für eine Pause`,
      overdue: (ms: number) => `Pause ist überfällig · du sitzt seit ${f.sitting(ms)}`,
      waiting: (reasons: string, ms: number) =>
        `Erinnerung wartet: ${reasons} · du sitzt seit ${f.sitting(ms)}`,
      paused: 'Pausiert',
      pausedUntilToday: (at: number) => `Pausiert bis ${f.time(at)}`,
      pausedUntilTomorrow: (at: number) => `Pausiert bis morgen um ${f.time(at)}`,
      pausedUntilDay: (at: number, weekday: Weekday) =>
        `Pausiert bis ${f.weekday(weekday, 'long')} um ${f.time(at)}`,
      standing: 'Du stehst',
      outsideHours: 'Außerhalb der Arbeitszeit',
      away: 'Nicht am Schreibtisch',
      idleLimited: 'Abwesenheit wird nur eingeschränkt erkannt',
      minutesTitle: (minutes: number) => f.minutes(minutes),
      menu: {
        start: 'Jetzt eine Routine starten',
        snooze: 'Später erinnern',
        snoozeFor: (minutes: number) =>
          f.plural(minutes, {
            one: `In ${f.number(minutes)} Minute`,
            other: `In ${f.number(minutes)} Minuten`,
          }),
        skip: 'Diese Pause überspringen',
        pause: 'Pausieren',
        pause30m: `${f.number(30)} Minuten`,
        pause1h: `${f.number(1)} Stunde`,
        pauseUntilWorkday: 'Bis zum nächsten Arbeitstag',
        resume: 'Fortsetzen',
        standing: 'Ich stehe',
        sitting: 'Ich sitze',
        settings: 'Einstellungen …',
        history: 'Verlauf …',
        quit: 'Beenden',
      },
    },

    // ------------------------------------------------------------------ keys
    /** Die Tasten eines Tastenkürzels, wie sie auf deutschen Tastaturen heißen. */
    keys: {
      modifiers: {
        mac: { Ctrl: 'Control', Alt: 'Wahl', Shift: 'Umschalt', Super: 'Befehl' },
        windows: { Ctrl: 'Strg', Alt: 'Alt', Shift: 'Umschalt', Super: 'Windows' },
        other: { Ctrl: 'Strg', Alt: 'Alt', Shift: 'Umschalt', Super: 'Super' },
      },
      keys: {
        Space: 'Leertaste',
        Up: '↑',
        Down: '↓',
        Left: '←',
        Right: '→',
        Home: 'Pos1',
        End: 'Ende',
        PageUp: 'Bild auf',
        PageDown: 'Bild ab',
        Insert: 'Einfg',
        Delete: 'Entf',
      },
    } satisfies KeyNames,

    // ------------------------------------------------------------------ notifications
    notify: {
      reminderTitle: 'Zeit für eine Rückenpause',
      reminderAgainTitle: 'Du sitzt noch immer: Zeit für deinen Rücken',
      reminderBody: (ms: number) =>
        `Du sitzt seit ${f.sitting(ms)} ohne Pause. Eine kurze angeleitete Routine ist bereit, wenn du so weit bist.`,
      gentleTitle: 'Wenn es dir passt: Zeit für deinen Rücken',
      gentleBody: (ms: number) =>
        `Du sitzt seit ${f.sitting(ms)} ohne Pause. Eine kurze angeleitete Routine wartet, bis du Zeit hast.`,
      start: 'Starten',
      snoozeFor: (minutes: number) => `${f.minutes(minutes)} später`,
      skip: 'Diese Pause überspringen',
      settingsTitle: 'Hinweis zu deinen Backbreak-Einstellungen',
      windowClosedTitle: 'Ein Backbreak-Fenster wurde geschlossen',
      windowClosed: (window: 'routine' | 'settings' | 'history') =>
        `Das ${windowName[window]} hat mehrmals hintereinander nicht mehr funktioniert, deshalb hat Backbreak es geschlossen. Du kannst es über das Backbreak-Symbol wieder öffnen.`,
      shortcutTakenTitle: 'Dein Backbreak-Tastenkürzel funktioniert nicht',
      shortcutTaken: (shortcut: string) =>
        `Eine andere App nutzt jetzt ${shortcut}, deshalb bewirkt das Tastenkürzel in Backbreak nichts. Wähl in den Einstellungen ein anderes.`,
    },

    // ------------------------------------------------------------------ start-up and files
    startFailedTitle: 'Backbreak konnte nicht starten',
    startFailed: (logPath: string) =>
      `Beim Starten ist in Backbreak etwas schiefgegangen, deshalb wurde es beendet. Versuch, es noch einmal zu starten. Wenn das immer wieder passiert, findest du die Einzelheiten in ${logPath}.`,
    exportTitle: 'Verlauf exportieren',
    exportFilter: 'CSV-Dateien',
    exportFailed:
      'Backbreak konnte die Datei dort nicht speichern. Wähl einen anderen Ordner oder prüf, ob du dort speichern darfst.',
    // Each says what is wrong without a pronoun for the file: one phrase serves the settings
    // file, its folder and the login item alike.
    fileProblem: {
      EISDIR: 'dort liegt ein Ordner statt einer Datei',
      NOT_A_FILE: 'das ist keine gewöhnliche Datei',
      TOO_LARGE: 'die Datei ist zu groß',
      ELOOP: 'ein Verweis führt im Kreis auf sich selbst zurück',
      EACCES: 'Backbreak hat keine Berechtigung dafür',
      EPERM: 'Backbreak hat keine Berechtigung dafür',
      EROFS: 'der Datenträger ist schreibgeschützt',
      ENOSPC: 'der Datenträger ist voll',
      EDQUOT: 'dein Speicherkontingent ist aufgebraucht',
      ENOTDIR: 'eine Datei steht im Weg, wo ein Ordner sein sollte',
      ENOENT: 'die Datei fehlt',
      EMFILE: 'zu viele Dateien sind geöffnet',
      ENFILE: 'zu viele Dateien sind geöffnet',
      EIO: 'der Datenträger hat einen Fehler gemeldet',
      EBUSY: 'ein anderes Programm benutzt die Datei gerade',
      OTHER: 'das System hat es nicht erlaubt',
    } satisfies Record<FileProblemCode, string>,

    // ------------------------------------------------------------------ the settings file
    settingsFile: {
      empty:
        'Deine Einstellungsdatei war leer, deshalb ist Backbreak mit den Standardwerten gestartet. Eine Kopie der alten Datei liegt daneben.',
      unreadableText:
        'Deine Einstellungsdatei war nicht lesbar, deshalb ist Backbreak mit den Standardwerten gestartet. Eine Kopie der alten Datei liegt daneben.',
      unreadable: (why: string) =>
        `Backbreak konnte deine Einstellungsdatei nicht lesen (${why}). Deshalb ist es mit den Standardwerten gestartet und hat die Datei gelassen, wie sie ist. Was du jetzt änderst, gilt bis zum Beenden.`,
      newer:
        'Deine Einstellungen wurden von einer neueren Version von Backbreak gespeichert. Diese Version nutzt, was sie versteht, und lässt den Rest unverändert.',
      brokenKeys: (names: readonly string[]) =>
        `Einige Einstellungen hatten Werte, die Backbreak nicht verwenden kann (${f.list(names)}). Sie wurden auf ihre Standardwerte zurückgesetzt. Eine Kopie der alten Datei liegt daneben.`,
      unknownKeys: (names: readonly string[], more: number) =>
        `Backbreak hat Einstellungen ignoriert, die es nicht kennt (${f.list(more > 0 ? [...names, `${f.number(more)} weitere`] : names)}). Eine Kopie der alten Datei liegt daneben.`,
      notWritable: (why: string) =>
        `Backbreak konnte seine Einstellungen nicht speichern (${why}). Deine Änderungen gelten bis zum Beenden.`,
      notSaved:
        'Backbreak konnte diese Änderung nicht in der Einstellungsdatei speichern, deshalb wurde sie nicht übernommen. Prüf, ob noch genug Speicherplatz frei ist.',
      notFollowed:
        'Gespeichert, aber Backbreak konnte diese Änderung nicht ganz umsetzen. Die Einzelheiten stehen im Protokoll.',
      loginItemNotFollowed: (why: string) =>
        `Gespeichert, aber Backbreak konnte nicht ändern, ob es bei der Anmeldung startet: ${why}.`,
      shortcutTaken: (shortcut: string) =>
        `Eine andere App nutzt ${shortcut} schon. Wähl ein anderes Tastenkürzel.`,
      shortcutRefused: (shortcut: string) =>
        `Dieser Computer kann ${shortcut} nicht als Tastenkürzel verwenden. Wähl ein anderes.`,
      names: {
        reminderIntervalMinutes: 'Abstand der Erinnerungen',
        snoozeMinutes: 'Zeit bis zur späteren Erinnerung',
        maxReminders: 'Erinnerungen, bis Backbreak still wird',
        naturalBreakMinutes: 'Dauer einer natürlichen Pause',
        workingHours: 'Arbeitszeit',
        remindOutsideWorkingHours: 'Erinnerungen außerhalb der Arbeitszeit',
        routineMinutes: 'längste Routine',
        places: 'Orte für die Übungen',
        equipment: 'Hilfsmittel',
        excludedExercises: 'Übungen, die du auslässt',
        favouriteRoutines: 'Lieblingsroutinen',
        exerciseVersions: 'die Varianten der Übungen, die du gewählt hast',
        easeOff: 'Übungen, bei denen Backbreak sanfter vorgeht',
        chimeVolume: 'Lautstärke des Signaltons',
        voiceGuidance: 'gesprochene Anleitung',
        reminderStyle: 'wie Erinnerungen erscheinen',
        alwaysOnTop: 'Routinefenster im Vordergrund',
        launchAtLogin: 'Start bei der Anmeldung',
        theme: 'Erscheinungsbild',
        language: 'Sprache',
        dailyBreakGoal: 'Tagesziel',
        safetyNoteSeen: 'Sicherheitshinweis',
        busySignals: 'was als beschäftigt zählt',
        busyApps: 'Apps, die als beschäftigt zählen',
        busyLimitMinutes: 'wie lange eine Erinnerung wartet',
        shortcut: 'Tastenkürzel',
      },
    },

    settingError: (code: SettingError, key: string): string => {
      const limit = numberLimits[key as NumberSettingKey];
      const what = listWhat[key as ListSetting] ?? anyList;
      switch (code) {
        case 'number':
          return limit
            ? `Wähl eine ganze Zahl von ${f.number(range(key).min)} bis ${f.number(range(key).max)} ${limit.unit(range(key).max)}.`
            : 'Wähl eine ganze Zahl.';
        case 'onOff':
          return 'Wähl „Ein“ oder „Aus“.';
        case 'oneOf':
          return 'Wähl eine der angezeigten Möglichkeiten.';
        case 'time':
          return `Gib eine Uhrzeit wie ${f.clock('09:00')} an.`;
        case 'rangeShape':
          return 'Gib für jeden Zeitraum einen Anfang und ein Ende an.';
        case 'rangeEmpty':
          return 'Das Ende eines Zeitraums muss sich von seinem Anfang unterscheiden.';
        case 'rangesShape':
          return 'Gib die Arbeitszeit als Zeiträume an.';
        case 'rangesMax':
          return `Gib höchstens ${f.number(4)} Zeiträume pro Tag an.`;
        case 'rangesOverlap':
          return 'Zeiträume am selben Tag dürfen sich nicht überschneiden.';
        case 'weekShape':
          return 'Gib für jeden Wochentag eine Arbeitszeit an.';
        case 'nightOverlap':
          return 'Diese Zeiten überschneiden sich mit Zeiten vom Vortag, die über Mitternacht hinausgehen.';
        case 'pickFromList':
          return `Wähl ${what.all} aus der Liste.`;
        case 'listMax':
          return `Wähl weniger ${what.all}.`;
        case 'listOnce':
          return `Wähl ${what.each} nur einmal.`;
        case 'placesEmpty':
          return 'Wähl mindestens einen Ort, an dem du Übungen machen kannst.';
        case 'versionsList':
          return 'Wähl Varianten von Übungen aus der Liste.';
        case 'versionsMax':
          return `Backbreak merkt sich höchstens ${f.number(200)} gewählte Varianten.`;
        case 'easeUntil':
          return 'Gib an, bis wann Backbreak sanfter vorgehen soll.';
        case 'easeMax':
          return `Backbreak geht bei höchstens ${f.number(200)} Übungen gleichzeitig sanfter vor.`;
        case 'busySignals':
          return 'Wähl für jeden dieser Punkte „Ein“ oder „Aus“.';
        case 'appName':
          return 'Gib jede App mit ihrem Namen an, zum Beispiel Zoom.';
        case 'appNameLength':
          return `Der Name einer App darf höchstens ${f.number(60)} Zeichen lang sein.`;
        case 'appNameLetters':
          return 'Gib für jede App einen Namen mit Buchstaben oder Ziffern an.';
        case 'appsList':
          return 'Gib die Apps mit ihrem Namen an.';
        case 'appsMax':
          return `Gib höchstens ${f.number(20)} Apps an.`;
        case 'appsOnce':
          return 'Gib jede App nur einmal an.';
        case 'shortcutFormat':
          return 'Nimm eine Kombination wie Strg+Alt+B: Strg, Alt, die Windows- oder die Befehlstaste, dazu einen Buchstaben, eine Ziffer oder eine F-Taste.';
        case 'unreadableChange':
          return 'Backbreak konnte diese Änderung nicht lesen.';
        case 'nothingToChange':
          return 'Es gab nichts zu ändern.';
        case 'noSuchSetting':
          return 'Diese Einstellung gibt es in Backbreak nicht, deshalb wurde nichts geändert.';
      }
    },

    // ------------------------------------------------------------------ refused calls
    refusal: {
      notOurs: 'Backbreak antwortet nur seinen eigenen Fenstern.',
      notThisWindow: 'Das kann dieses Fenster nicht.',
      unreadable: 'Backbreak konnte diese Anfrage nicht lesen, deshalb hat sich nichts geändert.',
      failed:
        'In Backbreak ist etwas schiefgegangen, deshalb ist das nicht passiert. Die Einzelheiten stehen im Protokoll.',
      noRoutineOnOffer: 'Gerade steht keine Routine bereit. Öffne eine über das Backbreak-Symbol.',
      notStarted: 'Die Routine hat noch nicht begonnen.',
      alreadyStarted: 'Diese Routine hat schon begonnen.',
      alreadyEnded: 'Diese Routine ist schon zu Ende.',
      noSuchSegment: 'Diesen Teil gibt es in der Routine nicht.',
      noSuchStep: 'Diesen Schritt gibt es in der Routine nicht.',
      onlyJustEnded: 'Bewerten kannst du nur die Routine, die gerade zu Ende gegangen ist.',
      ratedAlready: 'Diese Routine ist schon bewertet.',
      noVersion: (toward: 'easier' | 'harder') =>
        `Für diese Übung gibt es keine ${toward === 'easier' ? 'leichtere' : 'schwerere'} Variante, die du dort machen kannst, wo du gerade bist.`,
    },

    // ------------------------------------------------------------------ choosing a routine
    chooser: {
      minutes: (minutes: number) => f.minutes(minutes),
      places: (places: readonly Place[]) =>
        places.length === 1
          ? `nur ${placeName[places[0]!]}`
          : places.map((place) => placeName[place]).join(' + '),
      favourite: 'ein Favorit',
      doneToday: 'heute schon gemacht',
      notDoneToday: 'heute noch nicht gemacht',
      longer: (minutes: number) => `${f.minutes(minutes)} länger als gewünscht`,
      needsPlaces: (places: readonly Place[]) =>
        `braucht ${f.list(places.map((place) => placeNeeded[place]))}`,
      needsEquipment: (items: readonly Equipment[]) =>
        `braucht ${f.list(items.map((item) => equipmentNeeded[item]))}`,
      excluded: (names: readonly string[]) =>
        f.plural(names.length, {
          one: `enthält die Übung ${f.list(names)}, die du auslässt`,
          other: `enthält die Übungen ${f.list(names)}, die du auslässt`,
        }),
    },

    // ------------------------------------------------------------------ busy
    busy: {
      reason: busyReason,
      /**
       * Why the reminder waits, for the tray: "Mikrofon in Benutzung", "Kamera und Mikrofon in
       * Benutzung", "Präsentation läuft, „Nicht stören“ ist an". At most two reasons, so the
       * line stays short.
       */
      reasons: (reasons: readonly BusyReason[]): string =>
        shortReasons(reasons, (reason) =>
          reason.signal === 'camera-and-microphone'
            ? 'Kamera und Mikrofon in Benutzung'
            : busyReason(reason),
        ).join(', '),
      why: {
        'not-on-this-system': 'Auf diesem System kann Backbreak das nicht erkennen.',
        'too-slow': 'Das System hat zu lange für eine Antwort gebraucht.',
        'not-asked': 'Das System konnte gerade nicht gefragt werden.',
        'mac-focus-hidden':
          'macOS lässt Apps nicht sehen, ob ein Fokus aktiv ist (nur mit Festplattenvollzugriff, und darum bittet Backbreak nicht).',
        'mac-full-screen-hidden':
          'macOS lässt Apps nur mit Zugriff auf die Bedienungshilfen sehen, ob eine andere App im Vollbild ist. Darum bittet Backbreak nicht.',
        'mac-camera-not-told':
          'Die Kamera an diesem Mac meldet nicht, wann sie benutzt wird (die eingebaute Kamera von Macs mit Apple Chip tut das).',
        'mac-camera-failed': 'Backbreak konnte macOS nicht fragen, ob die Kamera benutzt wird.',
        'mac-microphone-failed':
          'Backbreak konnte macOS nicht fragen, ob das Mikrofon benutzt wird.',
        'mac-front-app-failed':
          'Backbreak konnte macOS nicht fragen, welche App im Vordergrund ist.',
        'linux-dnd-not-told':
          'Deine Desktop-Umgebung teilt anderen Apps nicht mit, ob „Nicht stören“ an ist (GNOME und KDE Plasma tun das).',
        'linux-dnd-failed':
          'Backbreak konnte die Desktop-Umgebung nicht fragen, ob „Nicht stören“ an ist.',
        'linux-dnd-needs-gsettings':
          'Backbreak braucht gsettings, um zu sehen, ob „Nicht stören“ an ist.',
        'linux-dnd-needs-gdbus':
          'Backbreak braucht gdbus (aus GLib), um zu sehen, ob „Nicht stören“ an ist.',
        'linux-microphone-needs-pactl':
          'Backbreak braucht pactl (aus dem Paket pulseaudio-utils), um zu sehen, ob das Mikrofon benutzt wird.',
        'linux-microphone-failed':
          'Backbreak konnte den Soundserver nicht fragen, ob das Mikrofon benutzt wird.',
        'linux-camera-failed':
          'Backbreak konnte nicht nachsehen, welche Programme die Kamera benutzen.',
        'wayland-windows':
          'Wayland hält die Fenster anderer Apps privat. Deshalb kann Backbreak nicht erkennen, ob eine App im Vollbild ist oder welche App im Vordergrund ist.',
        'x11-needs-xprop':
          'Backbreak braucht xprop (aus dem Paket x11-utils), um zu sehen, ob eine App im Vollbild oder im Vordergrund ist.',
        'x11-failed':
          'Backbreak konnte den Fenstermanager nicht fragen, welches Fenster im Vordergrund ist.',
        'windows-camera-failed':
          'Backbreak konnte nicht auslesen, welche Apps die Kamera benutzen.',
        'windows-microphone-failed':
          'Backbreak konnte nicht auslesen, welche Apps das Mikrofon benutzen.',
        'windows-state-failed':
          'Backbreak konnte Windows nicht fragen, ob eine App gerade stören darf.',
        'windows-dnd-failed': 'Backbreak konnte Windows nicht fragen, ob „Nicht stören“ an ist.',
        'windows-needs-powershell':
          'Backbreak braucht Windows PowerShell, um zu sehen, ob eine App im Vollbild ist.',
      } satisfies Record<BusyWhy, string>,
    },
  };
}

const range = (key: string) => SETTINGS_LIMITS[key as NumberSettingKey];

/** A place as the chooser's tags name it: "nur Stuhl", "Stuhl + Stehen". */
const placeName: Record<Place, string> = { chair: 'Stuhl', standing: 'Stehen', floor: 'Boden' };
/** What a routine needs of a place, with its article: "braucht Platz auf dem Boden". */
const placeNeeded: Record<Place, string> = {
  chair: 'einen Stuhl',
  standing: 'Platz zum Stehen',
  floor: 'Platz auf dem Boden',
};
/** A thing a routine needs, with its article: "braucht eine Wand und ein Handtuch". */
const equipmentNeeded: Record<Equipment, string> = {
  wall: 'eine Wand',
  doorway: 'einen Türrahmen',
  towel: 'ein Handtuch',
  band: 'ein Band',
};
