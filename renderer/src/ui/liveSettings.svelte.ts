import type { BackbreakApi } from '../../../electron/shared/contract';
import type { Settings } from '../../../electron/shared/settingsSchema';
import { refusalWords } from './refusal';
import { applyTheme } from './theme';

/**
 * The settings as main last said them, for every window: loaded once, kept current by main's
 * pushes, and the theme applied whenever they change. Windows read what they need from
 * `current` (chime, voice, snooze length, the daily goal) instead of keeping copies.
 */
export class LiveSettings {
  current: Settings | null = $state(null);
  /** What went wrong with the settings file at start, told once in the settings window. */
  notices: string[] = $state([]);
  /** Why the settings could not be loaded, in the person's words; '' when they could. */
  problem = $state('');

  private readonly api: Pick<BackbreakApi, 'getSettings' | 'onSettingsChanged'>;
  // Plain (not reactive): who listens is not something any window shows.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly listeners = new Set<(settings: Settings, previous: Settings | null) => void>();

  constructor(api: Pick<BackbreakApi, 'getSettings' | 'onSettingsChanged'>) {
    this.api = api;
  }

  /** Loads and follows the settings; returns the way to stop following. */
  start(): () => void {
    const stop = this.api.onSettingsChanged((view) => this.receive(view.settings));
    this.api
      .getSettings()
      .then((view) => {
        this.notices = view.notices;
        // A push that arrived first is newer than this answer.
        if (this.current === null) this.receive(view.settings);
      })
      .catch((error: unknown) => (this.problem = refusalWords(error)));
    return stop;
  }

  /** Settings main has confirmed, from a push or the answer to a change. */
  receive(settings: Settings): void {
    const previous = this.current;
    this.current = settings;
    applyTheme(settings.theme);
    for (const listener of [...this.listeners]) listener(settings, previous);
  }

  /** Hears each change after it is applied, with the settings before it. */
  onChange(listener: (settings: Settings, previous: Settings | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
