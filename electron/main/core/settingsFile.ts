import {
  SETTINGS_VERSION,
  defaultSettings,
  settingFields,
  type SettingKey,
  type Settings,
} from '../../shared/settingsSchema';
import type { FileProblemCode } from '../../shared/i18n/codes';
import type { Messages } from '../../shared/i18n/en/index';
import { clip } from '../../shared/clip';

/**
 * Reads the text of the settings file into settings the app can trust, and says what it had to
 * do on the way: migrate an older file, fall back to defaults for broken keys, keep a newer
 * file's keys untouched. The adapter backs the file up before anything is rewritten, so a
 * person's file is never lost.
 */

export interface Migration {
  /** The version this migration produces; it runs on files older than that. */
  to: number;
  up(raw: Record<string, unknown>): Record<string, unknown>;
}

/**
 * In order. Each is pure and runs once: the upgraded file is written back with the new version.
 * Version 0 is a file with no `version` field, as a person writes by hand from the README; its
 * keys already have today's names, so stamping the version is the whole upgrade.
 */
export const SETTINGS_MIGRATIONS: readonly Migration[] = [
  { to: 1, up: (raw) => ({ ...raw, version: 1 }) },
];

/**
 * What the person is told once about their settings file; the message catalogue says each in
 * their language (`settingsNoticeWords`).
 */
export type SettingsNotice =
  | { kind: 'empty' | 'unreadable-text' | 'newer' }
  | { kind: 'broken-keys'; keys: SettingKey[] }
  | { kind: 'unknown-keys'; names: string[]; more: number }
  | { kind: 'unreadable' | 'not-writable'; problem: FileProblemCode };

export function settingsNoticeWords(notice: SettingsNotice, t: Messages): string {
  const words = t.settingsFile;
  switch (notice.kind) {
    case 'empty':
      return words.empty;
    case 'unreadable-text':
      return words.unreadableText;
    case 'newer':
      return words.newer;
    case 'broken-keys':
      return words.brokenKeys(notice.keys.map((key) => words.names[key]));
    case 'unknown-keys':
      return words.unknownKeys(notice.names, notice.more);
    case 'unreadable':
      return words.unreadable(t.fileProblem[notice.problem]);
    case 'not-writable':
      return words.notWritable(t.fileProblem[notice.problem]);
  }
}

export interface LoadedSettings {
  settings: Settings;
  /** What to tell the person, once. Empty when all was well. */
  notices: SettingsNotice[];
  /** The file had something we could not use: copy it aside before writing. */
  backup: boolean;
  /** Write `settings` back (new file, migrated, or repaired). */
  rewrite: boolean;
  /** Keys from a newer version of the app, kept as they are on every write. */
  preserved: Record<string, unknown>;
}

const KEYS = Object.keys(settingFields) as SettingKey[];

export function runMigrations(
  raw: Record<string, unknown>,
  from: number,
  migrations: readonly Migration[] = SETTINGS_MIGRATIONS,
): Record<string, unknown> {
  return migrations
    .filter((migration) => migration.to > from)
    .sort((a, b) => a.to - b.to)
    .reduce((data, migration) => ({ ...migration.up(data), version: migration.to }), raw);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function loadSettings(
  text: string | null,
  migrations: readonly Migration[] = SETTINGS_MIGRATIONS,
  currentVersion: number = SETTINGS_VERSION,
): LoadedSettings {
  const defaults = defaultSettings();
  if (text === null)
    return { settings: defaults, notices: [], backup: false, rewrite: true, preserved: {} };

  // Windows Notepad starts a file it saves with a byte-order mark, which JSON does not allow.
  text = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed)) {
    return {
      settings: defaults,
      notices: [{ kind: text.trim() === '' ? 'empty' : 'unreadable-text' }],
      backup: true,
      rewrite: true,
      preserved: {},
    };
  }

  const fileVersion =
    typeof parsed.version === 'number' && Number.isInteger(parsed.version) ? parsed.version : 0;
  const newer = fileVersion > currentVersion;
  const raw = newer ? parsed : runMigrations(parsed, fileVersion, migrations);
  const settings = { ...defaults, version: newer ? fileVersion : currentVersion } as Settings;
  const broken: SettingKey[] = [];
  for (const key of KEYS) {
    if (!(key in raw)) continue;
    const result = settingFields[key].safeParse(raw[key]);
    if (result.success) (settings as Record<SettingKey, unknown>)[key] = result.data;
    else broken.push(key);
  }
  const unknown = Object.keys(raw).filter(
    (key) => key !== 'version' && !(KEYS as string[]).includes(key),
  );
  const preserved = newer ? Object.fromEntries(unknown.map((key) => [key, raw[key]])) : {};

  const notices: SettingsNotice[] = [];
  if (newer) notices.push({ kind: 'newer' });
  if (broken.length > 0) notices.push({ kind: 'broken-keys', keys: broken });
  if (!newer && unknown.length > 0) notices.push({ kind: 'unknown-keys', ...namesOf(unknown) });
  const problems = broken.length > 0 || (!newer && unknown.length > 0);
  return {
    settings,
    notices,
    backup: problems || newer,
    rewrite: problems || (!newer && fileVersion !== currentVersion),
    preserved,
  };
}

/** Names from the file, as many as a sentence can hold: a file can make them any size. */
function namesOf(keys: readonly string[]): { names: string[]; more: number } {
  const names = keys.slice(0, 5).map((key) => clip(key, 40));
  return { names, more: keys.length - names.length };
}

/** The file's content: our keys plus any a newer version left there. */
export function serializeSettings(
  settings: Settings,
  preserved: Record<string, unknown>,
): Record<string, unknown> {
  return { ...preserved, ...settings };
}
