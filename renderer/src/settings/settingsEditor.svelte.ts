import type { BackbreakApi, InputOf } from '../../../electron/shared/contract';
import { rangeMessage, type NumberSettingKey } from '../../../electron/shared/settingsLimits';
import type { Settings } from '../../../electron/shared/settingsSchema';
import type { FieldError } from '../../../electron/shared/views';

/**
 * The settings window's state: what main has saved, what the person entered that main refused
 * (kept so they can correct it rather than retype it), the messages for each field, and the
 * "Saved" note. Main decides what is valid; this only shows its answers.
 */

/** Everything a person changes in this window. */
export type EditableKey = Exclude<keyof Settings, 'version' | 'safetyNoteSeen'>;

export type SettingsApi = Pick<BackbreakApi, 'updateSettings' | 'resetSettings'>;

/** How long "Saved" stays on screen: long enough to notice, short enough not to linger. */
export const SAVED_NOTE_MS = 2500;

export class SettingsEditor {
  settings: Settings = $state() as Settings;
  /** Refused or unsent values by setting, shown instead of the saved one. */
  drafts: Partial<Record<EditableKey, unknown>> = $state({});
  /** The text typed into number fields, kept as typed. */
  texts: Partial<Record<NumberSettingKey, string>> = $state({});
  errors: Partial<Record<EditableKey, FieldError[]>> = $state({});
  /**
   * Problems that belong to no one field, such as the file not being writable, or a saved
   * change that a part of the desktop (the login item) could not follow.
   */
  generalErrors: string[] = $state([]);
  savedNote = $state('');

  private readonly api: SettingsApi;
  /** Counts each field's changes, to tell the latest one apart (drafts are proxies: no ===). */
  private readonly changes: Partial<Record<EditableKey, number>> = {};
  private savedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(api: SettingsApi, settings: Settings) {
    this.api = api;
    this.settings = settings;
  }

  value<K extends EditableKey>(key: K): Settings[K] {
    return (key in this.drafts ? this.drafts[key] : this.settings[key]) as Settings[K];
  }

  text(key: NumberSettingKey): string {
    return this.texts[key] ?? String(this.settings[key]);
  }

  setText(key: NumberSettingKey, text: string): void {
    this.texts[key] = text;
  }

  /** The message shown beside a field, or '' when it is fine. */
  message(key: EditableKey): string {
    return (this.errors[key] ?? []).map((error) => error.message).join(' ');
  }

  /** Sends what was typed into a number field. Text that is no number at all never leaves. */
  async commitNumber(key: NumberSettingKey): Promise<void> {
    const text = this.text(key).trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) {
      this.errors[key] = [{ path: key, message: rangeMessage(key) }];
      return;
    }
    await this.send(key, Number(text), () => {
      if (this.texts[key]?.trim() === text) this.texts = without(this.texts, key);
    });
  }

  async change<K extends EditableKey>(key: K, value: Settings[K]): Promise<void> {
    this.drafts[key] = value;
    const change = (this.changes[key] = (this.changes[key] ?? 0) + 1);
    await this.send(key, value, () => {
      // Only if nothing newer was entered while this one was on its way.
      if (this.changes[key] === change) this.drafts = without(this.drafts, key);
    });
  }

  async reset(): Promise<void> {
    const settings = await this.api.resetSettings();
    this.settings = settings;
    this.drafts = {};
    this.texts = {};
    this.errors = {};
    this.generalErrors = [];
    this.note('Settings are back to their defaults');
  }

  /**
   * Settings pushed by main. A field the person is correcting keeps their entry, unless the
   * saved value itself changed meanwhile: then the entry is out of date and goes.
   */
  receive(settings: Settings): void {
    const previous = this.settings;
    this.settings = settings;
    const changed = (key: EditableKey) =>
      JSON.stringify(previous[key]) !== JSON.stringify(settings[key]);
    for (const key of Object.keys(this.drafts) as EditableKey[]) {
      if (changed(key)) {
        this.drafts = without(this.drafts, key);
        this.errors = without(this.errors, key);
      }
    }
    for (const key of Object.keys(this.texts) as NumberSettingKey[]) {
      if (changed(key)) {
        this.texts = without(this.texts, key);
        this.errors = without(this.errors, key);
      }
    }
  }

  dispose(): void {
    clearTimeout(this.savedTimer);
  }

  private async send<K extends EditableKey>(
    key: K,
    value: Settings[K],
    onSaved: () => void,
  ): Promise<void> {
    try {
      // A plain copy: values read from state are proxies, which cannot cross to main.
      const patch = { [key]: $state.snapshot(value) } as InputOf<'updateSettings'>;
      const result = await this.api.updateSettings(patch);
      if (result.ok) {
        this.settings = result.settings;
        onSaved();
        this.errors = without(this.errors, key);
        this.generalErrors = result.warnings ?? [];
        this.note('Saved');
        return;
      }
      // A "Saved" still showing from an earlier change would read as if this one was.
      clearTimeout(this.savedTimer);
      this.savedNote = '';
      const own = result.errors.filter(
        (error) => error.path === key || error.path.startsWith(`${key}.`),
      );
      const others = result.errors.filter((error) => !own.includes(error));
      if (own.length > 0) this.errors[key] = own;
      else this.errors = without(this.errors, key);
      this.generalErrors = others.map((error) => error.message);
    } catch (error) {
      clearTimeout(this.savedTimer);
      this.savedNote = '';
      this.errors[key] = [{ path: key, message: refusalText(error) }];
    }
  }

  private note(text: string): void {
    clearTimeout(this.savedTimer);
    this.savedNote = text;
    this.savedTimer = setTimeout(() => (this.savedNote = ''), SAVED_NOTE_MS);
  }
}

/** Electron wraps a refused call's message; the person needs only the reason. */
export function refusalText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']+': (?:Error|Refusal): /, '');
}

/** A copy of a record without one key. */
function without<T extends object>(record: T, key: string): T {
  return Object.fromEntries(Object.entries(record).filter(([other]) => other !== key)) as T;
}
