import { defaultSettings, type Settings, type SettingsPatch } from '../../shared/settingsSchema';
import type { SettingsUpdate } from '../../shared/views';
import type { Messages } from '../../shared/i18n/en/index';
import { fileProblemOf } from '../core/fileProblems';
import { listeners } from '../core/listeners';
import { Refusal } from '../core/refusal';
import type { Clock, Logger } from '../core/ports';
import {
  loadSettings,
  serializeSettings,
  type Migration,
  type SettingsNotice,
  SETTINGS_MIGRATIONS,
} from '../core/settingsFile';
import type { SettingsStorage } from '../appPorts';

/**
 * Thrown by a listener that could not follow a saved change (the login item refused, say).
 * Its message is written for the person and shown in the settings window as it is.
 */
export class ChangeNotFollowed extends Error {
  override name = 'ChangeNotFollowed';
}

/**
 * Owns the settings while the app runs: read and repaired once at start, changed only through
 * validated patches, saved before anyone is told of a change.
 */
export interface SettingsService {
  current(): Settings;
  /** What went wrong with the file at start; empty when nothing did. */
  notices(): SettingsNotice[];
  /** Saves a change IPC has already checked against the schema. */
  update(patch: SettingsPatch): SettingsUpdate;
  /** Back to the defaults; refused when they cannot be saved. */
  reset(): Settings;
  markSafetyNoteSeen(): void;
  onChange(listener: (change: { settings: Settings; previous: Settings }) => void): () => void;
}

export function createSettingsService(deps: {
  storage: SettingsStorage;
  clock: Clock;
  log: Logger;
  /** The words of the language the settings choose, asked when a sentence is needed. */
  words: () => Messages;
  migrations?: readonly Migration[];
}): SettingsService {
  const { storage, clock, log, words } = deps;
  let text: string | null = null;
  let unreadable: SettingsNotice | null = null;
  try {
    text = storage.readText();
  } catch (error) {
    log.error('could not read the settings file; starting on defaults and leaving it alone', error);
    unreadable = { kind: 'unreadable', problem: fileProblemOf(error) };
  }
  // A file that cannot be read cannot be copied aside either, so it is never written over:
  // this run keeps its settings in memory only.
  const writable = unreadable === null;
  const loaded = writable
    ? loadSettings(text, deps.migrations ?? SETTINGS_MIGRATIONS)
    : { ...loadSettings(null), rewrite: false };
  const notices: SettingsNotice[] = unreadable === null ? [...loaded.notices] : [unreadable];
  if (loaded.backup) {
    try {
      log.warn('settings file needed repair; kept a copy', {
        copy: storage.backup(new Date(clock.now())),
        notices,
      });
    } catch (error) {
      log.error('could not copy the settings file aside; leaving it as it is', error);
    }
  }
  let settings = loaded.settings;
  const preserved = loaded.preserved;
  const changes = listeners<{ settings: Settings; previous: Settings }>();

  const save = (next: Settings) => {
    if (writable) storage.write(serializeSettings(next, preserved));
  };
  if (loaded.rewrite) {
    try {
      save(settings);
    } catch (error) {
      log.error('could not write the settings file', error);
      notices.push({ kind: 'not-writable', problem: fileProblemOf(error) });
    }
  }

  const commit = (next: Settings): { ok: true; warnings: string[] } | { ok: false } => {
    try {
      save(next);
    } catch (error) {
      log.error('could not save settings', error);
      return { ok: false };
    }
    const previous = settings;
    settings = next;
    const failures = changes.emit({ settings, previous });
    failures.forEach((failure) =>
      log.error('a part of the app could not follow a settings change', failure),
    );
    const warnings = failures.map((failure) =>
      failure instanceof ChangeNotFollowed ? failure.message : words().settingsFile.notFollowed,
    );
    return { ok: true, warnings: [...new Set(warnings)] };
  };

  return {
    current: () => settings,
    notices: () => [...notices],
    update(patch) {
      const saved = commit({ ...settings, ...patch });
      if (!saved.ok) {
        return { ok: false, errors: [{ path: '', message: words().settingsFile.notSaved }] };
      }
      return saved.warnings.length > 0
        ? { ok: true, settings, warnings: saved.warnings }
        : { ok: true, settings };
    },
    reset() {
      // The safety note stays acknowledged: resetting preferences is not a new person.
      const saved = commit({
        ...defaultSettings(),
        version: settings.version,
        safetyNoteSeen: settings.safetyNoteSeen,
      });
      if (!saved.ok) throw new Refusal(words().settingsFile.notSaved);
      return settings;
    },
    markSafetyNoteSeen() {
      if (!settings.safetyNoteSeen) commit({ ...settings, safetyNoteSeen: true });
    },
    onChange: changes.add,
  };
}
