import type { BackbreakApi, InputOf } from '../../../electron/shared/contract';
import type { NumberSettingKey } from '../../../electron/shared/settingsLimits';
import type { Settings } from '../../../electron/shared/settingsSchema';
import type { FieldError } from '../../../electron/shared/settingsSchema';
import { refusalWords } from '../ui/refusal';
import { t } from '../ui/words.svelte';

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
  /** Saved, but a part of the desktop (the login item) could not follow: plain sentences. */
  warnings: string[] = $state([]);
  /**
   * Which note shows beside the title, if any: worded by the window, so a note still showing
   * when the person picks another language reads in the new one.
   */
  savedNote: 'saved' | 'reset' | null = $state(null);
  /**
   * The field main last refused, counted so each refusal is news: the field takes the focus
   * back, so a person who tabbed on lands where the message is.
   */
  refused: { key: EditableKey; count: number } | null = $state(null);

  /** The last refusal a field took the focus for, so each refusal moves the focus once. */
  private focusedFor = 0;
  private readonly api: SettingsApi;
  /** Tells the window main saved new settings (it applies the theme and tells the others). */
  private readonly confirm: (settings: Settings) => void;
  /** Counts each field's changes, to tell the latest one apart (drafts are proxies: no ===). */
  private readonly changes: Partial<Record<EditableKey, number>> = {};
  private savedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(api: SettingsApi, settings: Settings, confirm: (settings: Settings) => void) {
    this.api = api;
    this.settings = settings;
    this.confirm = confirm;
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

  /**
   * The message shown beside a field, or '' when it is fine; with `path`, only what is wrong
   * at that place inside the setting (one switch of several saved together).
   */
  message(key: EditableKey, path?: string): string {
    return (this.errors[key] ?? [])
      .filter((error) => path === undefined || error.path === path)
      .map((error) => error.message)
      .join(' ');
  }

  /** Sends what was typed into a number field. Text that is no number at all never leaves. */
  async commitNumber(key: NumberSettingKey): Promise<void> {
    const text = this.text(key).trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) {
      this.refuse(key, [{ path: key, message: t().settingError('number', key) }]);
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

  /** Back to the defaults; a refusal is thrown in words, for the dialog that asked to show. */
  async reset(): Promise<void> {
    let settings: Settings;
    try {
      settings = await this.api.resetSettings();
    } catch (error) {
      throw new Error(refusalWords(error), { cause: error });
    }
    this.settings = settings;
    this.confirm(settings);
    this.drafts = {};
    this.texts = {};
    this.errors = {};
    this.note('reset');
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
        this.warnings = result.warnings ?? [];
        this.confirm(result.settings);
        this.note('saved');
        return;
      }
      // Each change names one setting, so every problem with it belongs beside that field;
      // one without a place inside it (the file could not be saved) belongs to the field too.
      this.refuse(
        key,
        result.errors.map((error) => (error.path === '' ? { ...error, path: key } : error)),
      );
      this.quietSavedNote();
    } catch (error) {
      this.refuse(key, [{ path: key, message: refusalWords(error) }]);
      this.quietSavedNote();
    }
  }

  /** True once for each refusal: the field that asks first takes the focus. */
  claimFocus(count: number): boolean {
    if (count <= this.focusedFor) return false;
    this.focusedFor = count;
    return true;
  }

  private refuse(key: EditableKey, errors: FieldError[]): void {
    this.errors[key] = errors;
    this.refused = { key, count: (this.refused?.count ?? 0) + 1 };
  }

  /** A "Saved" still showing from an earlier change would read as if this one was. */
  private quietSavedNote(): void {
    clearTimeout(this.savedTimer);
    this.savedNote = null;
  }

  private note(note: 'saved' | 'reset'): void {
    clearTimeout(this.savedTimer);
    this.savedNote = note;
    this.savedTimer = setTimeout(() => (this.savedNote = null), SAVED_NOTE_MS);
  }
}

/** A copy of a record without one key. */
function without<T extends object>(record: T, key: string): T {
  return Object.fromEntries(Object.entries(record).filter(([other]) => other !== key)) as T;
}
