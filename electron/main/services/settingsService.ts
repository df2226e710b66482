import { defaultSettings, type Settings } from '../../shared/settingsSchema';
import type { SettingsUpdate } from '../../shared/views';
import { listeners } from '../core/listeners';
import type { Clock, Logger } from '../core/ports';
import {
  applyPatch,
  loadSettings,
  serializeSettings,
  type Migration,
  SETTINGS_MIGRATIONS,
} from '../core/settingsFile';
import type { SettingsStorage } from '../appPorts';

/**
 * Owns the settings while the app runs: read and repaired once at start, changed only through
 * validated patches, saved before anyone is told of a change.
 */
export interface SettingsService {
  current(): Settings;
  /** What went wrong with the file at start, in plain words; empty when nothing did. */
  notices(): string[];
  update(patch: unknown): SettingsUpdate;
  reset(): Settings;
  markSafetyNoteSeen(): void;
  onChange(listener: (change: { settings: Settings; previous: Settings }) => void): () => void;
}

export function createSettingsService(deps: {
  storage: SettingsStorage;
  clock: Clock;
  log: Logger;
  migrations?: readonly Migration[];
}): SettingsService {
  const { storage, clock, log } = deps;
  const loaded = loadSettings(storage.readText(), deps.migrations ?? SETTINGS_MIGRATIONS);
  const notices = [...loaded.notices];
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

  const save = (next: Settings) => storage.write(serializeSettings(next, preserved));
  if (loaded.rewrite) {
    try {
      save(settings);
    } catch (error) {
      log.error('could not write the settings file', error);
      notices.push(
        `Backbreak could not save its settings (${(error as Error).message}). Changes will last until you quit.`,
      );
    }
  }

  const commit = (next: Settings): { ok: true } | { ok: false; message: string } => {
    try {
      save(next);
    } catch (error) {
      log.error('could not save settings', error);
      return { ok: false, message: `Could not save: ${(error as Error).message}` };
    }
    const previous = settings;
    settings = next;
    changes.emit({ settings, previous });
    return { ok: true };
  };

  return {
    current: () => settings,
    notices: () => [...notices],
    update(patch) {
      const result = applyPatch(settings, patch);
      if (!result.ok) return { ok: false, errors: result.errors, settings };
      const saved = commit(result.settings);
      return saved.ok
        ? { ok: true, settings }
        : { ok: false, errors: [{ path: '(settings)', message: saved.message }], settings };
    },
    reset() {
      // The safety note stays acknowledged: resetting preferences is not a new person.
      commit({
        ...defaultSettings(),
        version: settings.version,
        safetyNoteSeen: settings.safetyNoteSeen,
      });
      return settings;
    },
    markSafetyNoteSeen() {
      if (!settings.safetyNoteSeen) commit({ ...settings, safetyNoteSeen: true });
    },
    onChange: changes.add,
  };
}
