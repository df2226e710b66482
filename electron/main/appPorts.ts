import type { EventName, PayloadOf } from '../shared/contract';
import type { Settings } from '../shared/settingsSchema';
import type { KeyboardKind } from '../shared/shortcut';
import type { WindowKind } from '../shared/views';
import type { TrayView } from './core/trayModel';
import type { Cancel } from './core/ports';
import type { Notice, ReminderNotice } from './core/reminderNotice';
import type { ContentFileText } from './core/routineLibrary';

/**
 * The app's side of the desktop: windows, notifications, the tray, login items, the files the
 * app keeps and the files the person saves. Declared here, where the app and its services use
 * them; the adapters implement them and nothing here imports an adapter. `index.ts` implements them with Electron; the browser tests implement the ones
 * that need a desktop with the page they drive.
 */

export interface WindowsPort {
  /** Opens the window, or brings it forward if it is already open or made ready. */
  open(kind: WindowKind, options: { focus: boolean }): void;
  /** Makes the window ready out of sight, so that `open` shows it at once. */
  prepare(kind: WindowKind): void;
  /** Destroys the window if it was made ready and never shown, without telling `onClosed`. */
  discard(kind: WindowKind): void;
  /** Closes and destroys it, so no renderer stays alive. */
  close(kind: WindowKind): void;
  broadcast<E extends EventName>(event: E, payload: PayloadOf<E>): void;
  onClosed(listener: (kind: WindowKind) => void): Cancel;
  /** Windows follow the settings that concern them: the theme and keeping the routine on top. */
  follow(settings: Pick<Settings, 'alwaysOnTop' | 'theme'>): void;
}

/** What the person can answer a reminder with. */
export interface ReminderAnswers {
  start(): void;
  snooze(): void;
  skip(): void;
  failed(): void;
}

export interface NotifierPort {
  /**
   * Shows the reminder in place of any shown before, with Start, Snooze and Skip where the
   * platform has buttons. Returns false when the platform has no notifications; `failed`
   * runs if one could not be shown after all.
   */
  showReminder(notice: ReminderNotice, handlers: ReminderAnswers): boolean;
  closeReminder(): void;
  /** A one-off message, such as "your settings file was repaired". */
  tell(notice: Notice): void;
}

/** The one global keyboard shortcut the person chose. */
export interface ShortcutPort {
  /** How this system's keys are named, for the words about a shortcut. */
  readonly keyboard: KeyboardKind;
  /**
   * Listens for `shortcut` (the empty string: none) in place of the one before. `taken`:
   * another app has it; `refused`: the system cannot use it. Either way the one before stays.
   */
  use(shortcut: string, onPress: () => void): 'ok' | 'taken' | 'refused';
  /** Lets go of the shortcut, as the app quits. */
  release(): void;
}

export interface TrayPort {
  show(view: TrayView): void;
}

export interface LoginItemPort {
  set(enabled: boolean): void;
}

export interface ExportFilePort {
  /** Asks where to save and writes the text there; null when the person cancelled. */
  save(
    suggestedName: string,
    text: string,
    words: { title: string; filter: string },
  ): Promise<string | null>;
}

/**
 * The settings file. Reading goes around any library on purpose: the app reads the raw text and
 * validates it in core (`core/settingsFile.ts`) before trusting it.
 */
export interface SettingsStorage {
  readonly path: string;
  /** The file's text, or null when there is no file yet; throws when it cannot be read. */
  readText(): string | null;
  write(content: Record<string, unknown>): void;
  /** Copies the file aside and returns the copy's path. */
  backup(now: Date): string;
}

/** The history file: JSON Lines, only ever appended to. */
export interface HistoryFile {
  readonly path: string;
  /** The whole file, or '' when there is none yet. */
  read(): string;
  append(line: string): void;
}

/** A folder of content files read as text, with the files that could not be read. */
export interface FolderRead {
  files: ContentFileText[];
  unreadable: { file: string; message: string }[];
}

/**
 * The person's routines folder. `scan` looks at names, sizes and times only; its signature
 * changes whenever the folder's routine files do, and `read` then reads them.
 */
export interface UserRoutinesPort {
  scan(): Promise<{ signature: string; read(): Promise<FolderRead> }>;
}
