import { defaultSettings, type Settings, type SettingsPatch } from '../../shared/settingsSchema';
import type { SettingsUpdate } from '../../shared/views';
import { listeners } from '../core/listeners';
import { Refusal } from '../core/refusal';
import type { Clock, Logger } from '../core/ports';
import {
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
/** Said beside the change when the file cannot be written (full disk, a read-only folder). */
export const SETTINGS_NOT_SAVED =
  'Backbreak could not save this change to its settings file, so it was not made. Check that there is space on the disk.';

export interface SettingsService {
  current(): Settings;
  /** What went wrong with the file at start, in plain words; empty when nothing did. */
  notices(): string[];
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
        'Backbreak could not save its settings file, so changes you make will last only until you quit.',
      );
    }
  }

  const commit = (next: Settings): boolean => {
    try {
      save(next);
    } catch (error) {
      log.error('could not save settings', error);
      return false;
    }
    const previous = settings;
    settings = next;
    changes.emit({ settings, previous });
    return true;
  };

  return {
    current: () => settings,
    notices: () => [...notices],
    update(patch) {
      if (commit({ ...settings, ...patch })) return { ok: true, settings };
      return { ok: false, errors: [{ path: '', message: SETTINGS_NOT_SAVED }] };
    },
    reset() {
      // The safety note stays acknowledged: resetting preferences is not a new person.
      const saved = commit({
        ...defaultSettings(),
        version: settings.version,
        safetyNoteSeen: settings.safetyNoteSeen,
      });
      if (!saved) throw new Refusal(SETTINGS_NOT_SAVED);
      return settings;
    },
    markSafetyNoteSeen() {
      if (!settings.safetyNoteSeen) commit({ ...settings, safetyNoteSeen: true });
    },
    onChange: changes.add,
  };
}
