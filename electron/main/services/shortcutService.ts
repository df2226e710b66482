import type { Messages } from '../../shared/i18n/en/index';
import type { SettingsPatch } from '../../shared/settingsSchema';
import { shortcutWords } from '../../shared/shortcut';
import type { SettingsUpdate } from '../../shared/views';
import type { ShortcutPort } from '../appPorts';
import type { Logger } from '../core/ports';
import type { Notice } from '../core/reminderNotice';
import type { SettingsService } from './settingsService';

/**
 * The person's global shortcut, kept in step with the settings. A new one is tried with the
 * system before it is saved, because only the system knows whether another app holds it; a
 * taken one is refused beside the field in plain words and the one before keeps working.
 */
export interface ShortcutService {
  /** Saves a settings change, trying its new shortcut first when it has one. */
  update(patch: SettingsPatch): SettingsUpdate;
  /** Listens for the shortcut in the settings now (after a reset, say). */
  follow(): void;
  /** At start: listens for the saved shortcut, and says so when another app has taken it. */
  start(): Notice | null;
  release(): void;
}

export function createShortcutService(deps: {
  keys: ShortcutPort;
  settings: SettingsService;
  onPress: () => void;
  log: Logger;
  words: () => Messages;
}): ShortcutService {
  const { keys, settings, onPress, log } = deps;
  const named = (shortcut: string) => shortcutWords(shortcut, keys.keyboard, deps.words().keys);
  const use = (shortcut: string) => keys.use(shortcut, onPress);

  return {
    update(patch) {
      const before = settings.current().shortcut;
      const wanted = patch.shortcut;
      if (wanted !== undefined && wanted !== before) {
        const answer = use(wanted);
        if (answer !== 'ok') {
          log.info(`the shortcut ${wanted} was refused: ${answer}`);
          const t = deps.words().settingsFile;
          const message =
            answer === 'taken' ? t.shortcutTaken(named(wanted)) : t.shortcutRefused(named(wanted));
          return { ok: false, errors: [{ path: 'shortcut', message }] };
        }
      }
      const result = settings.update(patch);
      if (!result.ok) use(before);
      return result;
    },
    follow() {
      const shortcut = settings.current().shortcut;
      if (use(shortcut) !== 'ok') log.warn(`could not listen for the shortcut ${shortcut}`);
    },
    start() {
      const shortcut = settings.current().shortcut;
      if (shortcut === '' || use(shortcut) === 'ok') return null;
      log.warn(`the saved shortcut ${shortcut} could not be registered`);
      const t = deps.words().notify;
      return { title: t.shortcutTakenTitle, body: t.shortcutTaken(named(shortcut)) };
    },
    release: () => keys.release(),
  };
}
