import type { BusySignal } from '../../busy';
import type { Equipment, Place, REMINDER_STYLES, THEMES, Weekday } from '../../settingsLimits';
import type { UserRoutineLimits } from '../../userRoutineLimits';
import type enSettings from '../en/settings';
import type { DaysWithHours } from '../en/settings';
import type { Format } from '../format';

/**
 * The settings window's words in German: the German side of ../en/settings.ts, message for
 * message. A default is a "Standard"; choices keep their capital letters inside a sentence,
 * because German nouns do.
 */

type Theme = (typeof THEMES)[number];
type ReminderStyle = (typeof REMINDER_STYLES)[number];

export default function settings(f: Format): ReturnType<typeof enSettings> {
  const onOff = (on: boolean) => (on ? 'an' : 'aus');
  const day = (weekday: Weekday) => f.weekday(weekday, 'long');
  const place: Record<Place, string> = { chair: 'Stuhl', standing: 'Stehen', floor: 'Boden' };
  const equipment: Record<Equipment, string> = {
    wall: 'Wand',
    doorway: 'Türrahmen',
    towel: 'Handtuch',
    band: 'Fitnessband',
  };
  const reminderStyle: Record<ReminderStyle, string> = {
    notify: 'Eine Benachrichtigung zeigen',
    'open-window': 'Das Routinefenster von selbst öffnen',
  };
  const theme: Record<Theme, string> = { system: 'Automatisch', light: 'Hell', dark: 'Dunkel' };
  /** "Stuhl und Stehen", "Wand", "keine": choices inside a sentence, nouns as they are. */
  const inSentence = (words: readonly string[]) => (words.length === 0 ? 'keine' : f.list(words));
  /** "Montag" for one range that day, "Montag, Zeitraum 2" when it has several. */
  const rangeName = (weekday: Weekday, index: number, count: number) =>
    count > 1 ? `${day(weekday)}, Zeitraum ${f.number(index + 1)}` : day(weekday);

  return {
    title: 'Einstellungen',
    loading: 'Deine Einstellungen werden geladen …',
    /** Why the settings could not be loaded; `why` is main's sentence. */
    loadProblem: (why: string) => `Backbreak konnte deine Einstellungen nicht laden: ${why}`,
    /** The note beside the title after a change. */
    savedNote: {
      saved: 'Gespeichert',
      reset: 'Standardwerte wiederhergestellt',
    },
    notices: {
      title: 'Zu deiner Einstellungsdatei',
      dismiss: 'Ausblenden',
    },
    sections: {
      reminders: 'Erinnerungen',
      hours: 'Wann Backbreak erinnert',
      busy: 'Wann Backbreak wartet',
      routines: 'Routinen',
      sound: 'Ton und Fenster',
      history: 'Verlauf',
    },
    idleLimitedTitle: 'Abwesenheit wird nur eingeschränkt erkannt',
    idleLimited:
      'Backbreak kann hier nicht erkennen, wie lange Tastatur und Maus unberührt waren. Deshalb zählen nur der Ruhezustand und ein gesperrter Bildschirm als Pause.',
    idleLimitedLock:
      'Sperr den Bildschirm, wenn du aufstehst. Dann zählt die Zeit, in der du weg bist, trotzdem als Pause.',

    // ------------------------------------------------------------------ fields
    /** Under a number: "10 bis 120 Minuten · Standard 45"; `unit` is the unit for `max`. */
    numberHint: (min: number, max: number, unit: string, fallback: number) =>
      `${f.number(min)} bis ${f.number(max)} ${unit} · Standard ${f.number(fallback)}`,
    /** The chime volume as a percentage, beside the slider and for screen readers: "60 %". */
    percent: (n: number) => `${f.number(n)}\u00a0%`,
    volumeHint: (silent: number, fallback: number) =>
      `${f.number(silent)} ist stumm · Standard ${f.number(fallback)}\u00a0%`,
    reminderStyle: {
      legend: 'Wenn es Zeit für eine Pause ist',
      // The choice starts with its article, which is lower case inside the sentence.
      hint: (fallback: ReminderStyle) => `Standard: ${lowerFirst(reminderStyle[fallback])}.`,
      options: reminderStyle,
    },
    shortcut: {
      label: 'Tastenkürzel',
      hint: 'Drück hier die Tasten gleichzeitig. In jeder App verschiebt das Kürzel dann die angezeigte Erinnerung oder startet eine Routine. Standard: keins.',
      placeholder: 'Tasten drücken',
      clear: 'Löschen',
    },
    remindOutsideWorkingHours: {
      label: 'Auch außerhalb der Arbeitszeit erinnern',
      hint: (fallback: boolean) => `Standard: ${onOff(fallback)}.`,
    },
    places: {
      legend: 'Wo du Übungen machen kannst',
      hint: (fallback: readonly Place[]) =>
        `Standard: ${inSentence(fallback.map((item) => place[item]))}.`,
      options: place,
    },
    equipment: {
      legend: 'Was du zur Hand hast',
      hint: (fallback: readonly Equipment[]) =>
        `Routinen, die etwas anderes brauchen, fallen weg. Standard: ${inSentence(fallback.map((item) => equipment[item]))}.`,
      options: equipment,
    },
    favouriteRoutines: {
      legend: 'Lieblingsroutinen',
      hint: 'Werden öfter gewählt. Standard: keine.',
    },
    excludedExercises: {
      legend: 'Übungen auslassen',
      hint: 'Routinen überspringen diese Übungen. Standard: keine.',
      filter: 'Übung suchen',
    },
    voiceGuidance: {
      label: 'Gesprochene Anleitung',
      hint: (fallback: boolean) =>
        `Eine ruhige Stimme liest jeden Schritt vor. Standard: ${onOff(fallback)}.`,
    },
    alwaysOnTop: {
      label: 'Routinefenster im Vordergrund halten',
      hint: (fallback: boolean) => `Standard: ${onOff(fallback)}.`,
    },
    launchAtLogin: {
      label: 'Backbreak bei der Anmeldung starten',
      hint: (fallback: boolean) => `Standard: ${onOff(fallback)}.`,
    },
    theme: {
      legend: 'Erscheinungsbild',
      hint: (fallback: Theme) =>
        `„${theme.system}“ folgt deinem Computer. Standard: ${theme[fallback]}.`,
      options: theme,
    },
    language: {
      legend: 'Sprache',
      hint: 'Fenster, Symbol und Benachrichtigungen von Backbreak erscheinen in dieser Sprache. Standard: Systemsprache.',
      /** The other choices are each language by its own name (LOCALE_NAMES), never translated. */
      system: 'Systemsprache',
      /** Only shown when the settings file asks for the pseudo-language, which tests use. */
      pseudo: 'Pseudosprache, zum Testen',
    },

    // ------------------------------------------------------------------ pick lists
    pickList: {
      /** How many are ticked, after the hint. */
      chosen: (n: number) => (n === 0 ? 'Nichts ausgewählt.' : `${f.number(n)} ausgewählt.`),
      empty: 'Noch nichts in deiner Bibliothek.',
      noMatch: (query: string) => `Keine Treffer für „${query}“.`,
      /** The detail of a chosen item the library no longer has. */
      missing: 'nicht mehr in deiner Bibliothek',
      /** A routine's detail: "3 Min. · Stuhl und Stehen · von dir". */
      routineDetail: (minutes: number, places: readonly Place[], yours: boolean) =>
        [
          f.minutes(minutes),
          inSentence(places.map((item) => place[item])),
          ...(yours ? ['von dir'] : []),
        ].join(' · '),
    },

    // ------------------------------------------------------------------ what Backbreak learnt
    versions: {
      title: 'Deine gewählten Varianten',
      none: 'Noch keine. Während einer Routine wechseln „Leichter“ und „Schwerer“ (oder die Pfeiltasten nach unten und oben) die Übung auf dem Bildschirm, und Backbreak merkt sich deine Wahl für das nächste Mal.',
      listed: 'Routinen zeigen diese Varianten statt der Übung, die davor steht.',
      /** An exercise and the version chosen for it. */
      chosen: (exercise: string, version: string) => `${exercise} → ${version}`,
      forget: 'Vergessen',
      forgetLabel: (exercise: string) => `Gewählte Variante für ${exercise} vergessen`,
    },
    easing: {
      title: 'Schonung nach einer Pause, die sich schlechter anfühlte',
      none: 'Gerade nichts. Wenn du nach einer Routine „Schlechter“ antwortest, bietet Backbreak ihre Übungen zwei Wochen lang seltener und in ihrer leichtesten Variante an.',
      listed: (exercises: readonly { name: string; until: number }[]) =>
        `Seltener und in ihrer leichtesten Variante angeboten: ${f.list(exercises.map((exercise) => `${exercise.name} (bis ${f.longDate(exercise.until)})`))}.`,
      stop: 'Schonung beenden',
    },

    // ------------------------------------------------------------------ your own routines
    userRoutines: {
      problemsTitle: 'Routinedateien, die sich nicht verwenden ließen',
      /** Before the folder's path, which follows it on screen. */
      fixThem: 'Korrigier oder entferne sie in deinem Routinenordner:',
      folder: 'Deine eigenen Routinen gehören in diesen Ordner:',
      limits: (limits: UserRoutineLimits) =>
        `Backbreak liest dort bis zu ${f.number(limits.files)} .json-Dateien, jede bis zu ${size(limits.fileBytes)} groß und zusammen bis zu ${size(limits.totalBytes)}, in Ordnern bis zu ${f.number(limits.depth)} Ebenen tief und mit insgesamt bis zu ${f.number(limits.entries)} Namen. Verknüpfungen, die aus dem Ordner herausführen, folgt es nicht.`,
      /** `language` is the window's language by its own name ("Deutsch"). */
      missingTexts: (language: string) =>
        `Einige Texte deiner eigenen Übungen und Routinen gibt es nicht auf ${language}, deshalb erscheinen sie auf Englisch:`,
    },

    // ------------------------------------------------------------------ working hours
    hours: {
      legend: 'Arbeitszeit',
      hint: (fallback: readonly DaysWithHours[]) =>
        `Erinnerungen kommen nur in diesen Zeiten. Endet ein Zeitraum vor seinem Anfang, reicht er über Mitternacht in den nächsten Tag. Standard: ${week(fallback)}.`,
      day,
      /** A time of day in the time lists. */
      time: (hhmm: string) => f.clock(hhmm),
      from: (weekday: Weekday, index: number, count: number) =>
        `${rangeName(weekday, index, count)}, von`,
      until: (weekday: Weekday, index: number, count: number) =>
        `${rangeName(weekday, index, count)}, bis`,
      remove: (weekday: Weekday, index: number, count: number, start: string, end: string) =>
        `${rangeName(weekday, index, count)}, ${f.clock(start)} bis ${f.clock(end)} entfernen`,
      removeTitle: 'Diesen Zeitraum entfernen',
      nextDay: 'am Folgetag',
      none: 'Keine Erinnerungen',
      add: 'Hinzufügen',
      addLabel: (weekday: Weekday) => `Zeitraum am ${day(weekday)} hinzufügen`,
    },

    // ------------------------------------------------------------------ when Backbreak waits
    busy: {
      intro:
        'Eine Erinnerung, die fällig wird, während du beschäftigt bist, wartet und kommt, sobald du frei bist. Deine Sitzzeit läuft weiter. Was Backbreak nicht sehen kann, zählt als frei.',
      /** `reasons` is the tray's reasons ("Mikrofon in Benutzung"); `at` the moment it comes anyway. */
      waitingNow: (reasons: string, at: number) =>
        `Gerade wartet eine Erinnerung: ${reasons}. Sie kommt, sobald du frei bist, spätestens aber um ${f.time(at)}.`,
      /** Each signal's switch: what it waits for, with an example. Every one is on by default. */
      signal: {
        camera: {
          label: 'Warten, solange die Kamera benutzt wird',
          hint: 'Von irgendeiner App, etwa bei einem Videoanruf. Standard: an.',
        },
        microphone: {
          label: 'Warten, solange das Mikrofon benutzt wird',
          hint: 'Von irgendeiner App, etwa bei einem Anruf oder einer Aufnahme. Standard: an.',
        },
        'do-not-disturb': {
          label: 'Warten bei „Nicht stören“',
          hint: 'Auch bei Fokus oder Benachrichtigungsassistent, oder wenn Benachrichtigungen aus sind. Standard: an.',
        },
        'full-screen': {
          label: 'Warten, solange eine andere App im Vollbild ist',
          hint: 'Ein Video, ein Spiel oder eine Präsentation, die du hältst. Standard: an.',
        },
        'front-app': {
          label: 'Warten, solange eine App aus deiner Liste im Vordergrund ist',
          hint: 'Für das, was die anderen nicht erkennen: die Apps, die du unten einträgst. Standard: an.',
        },
      } satisfies Record<BusySignal, { label: string; hint: string }>,
      /**
       * Beside a signal this computer cannot read, after or before the sentence saying why
       * (`busy.why`): two sentences, each whole.
       */
      never: 'Deshalb hält dieser Schalter hier nie eine Erinnerung zurück.',
      notLastTime: 'Beim letzten Nachsehen ließ sich das nicht feststellen.',
      limit:
        'Bist du dann noch beschäftigt, kommt die Erinnerung trotzdem, aber leise: ohne Ton und nie als Fenster über deinem Anruf oder einer Vollbild-App.',
      apps: {
        legend: 'Apps, die im Vordergrund als beschäftigt zählen',
        hint: 'Ihre Namen, wie dein Computer sie anzeigt, etwa Zoom oder PowerPoint. Standard: keine.',
        remove: 'Entfernen',
        removeLabel: (app: string) => `${app} entfernen`,
        name: 'Name der App',
        add: 'App hinzufügen',
      },
    },

    // ------------------------------------------------------------------ reset and close
    reset: {
      open: 'Zurücksetzen …',
      title: 'Alle Einstellungen zurücksetzen?',
      text: 'Jede Einstellung bekommt wieder ihren Standardwert. Dein Verlauf und deine eigenen Routinedateien bleiben erhalten.',
      cancel: 'Abbrechen',
      confirm: 'Zurücksetzen',
    },
    close: 'Schließen',
  };

  /** "Montag bis Freitag 09:00–18:00; Samstag 10:00–12:00", or "keine Arbeitszeit". */
  function week(groups: readonly DaysWithHours[]): string {
    const parts = groups.map((group) => {
      const days =
        group.first === group.last
          ? day(group.first)
          : `${day(group.first)} bis ${day(group.last)}`;
      const hours = f.list(
        group.ranges.map((range) => `${f.clock(range.start)}–${f.clock(range.end)}`),
      );
      return `${days} ${hours}`;
    });
    return parts.length === 0 ? 'keine Arbeitszeit' : parts.join('; ');
  }

  /** "256 KB", "2 MB". */
  function size(bytes: number): string {
    return bytes >= 1024 * 1024
      ? `${f.number(bytes / (1024 * 1024))} MB`
      : `${f.number(bytes / 1024)} KB`;
  }
}

/** "eine Benachrichtigung zeigen": a choice that begins with its article, inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
