import { describe, expect, it } from 'vitest';
import {
  loadSettings,
  runMigrations,
  serializeSettings,
  settingsNoticeWords,
  type SettingsNotice,
  type Migration,
} from '../../electron/main/core/settingsFile';
import { SETTINGS_VERSION, defaultSettings } from '../../electron/shared/settingsSchema';
import { messagesFor } from '../../electron/shared/i18n/messages';

/** What a person reads about the file, in English. */
const said = (loaded: { notices: SettingsNotice[] }) =>
  loaded.notices.map((notice) => settingsNoticeWords(notice, messagesFor('en')));

const json = (value: unknown) => JSON.stringify(value);

describe('loadSettings', () => {
  it('starts a new person on defaults and writes the file', () => {
    const loaded = loadSettings(null);
    expect(loaded).toMatchObject({
      settings: defaultSettings(),
      notices: [],
      backup: false,
      rewrite: true,
    });
  });

  it('takes a good file as it is, without rewriting or backing up', () => {
    const saved = { ...defaultSettings(), reminderIntervalMinutes: 30, places: ['floor'] };
    const loaded = loadSettings(json(saved));
    expect(loaded.settings).toEqual(saved);
    expect(loaded).toMatchObject({ notices: [], backup: false, rewrite: false });
  });

  it('reads a file an editor saved with a byte-order mark (Windows Notepad does) as it is', () => {
    const saved = { ...defaultSettings(), reminderIntervalMinutes: 30 };
    const loaded = loadSettings(`\uFEFF${json(saved)}`);
    expect(loaded.settings).toEqual(saved);
    expect(loaded).toMatchObject({ notices: [], backup: false, rewrite: false });
  });

  it.each([
    ['not JSON', '{"reminderIntervalMinutes": 4', 'could not be read'],
    ['truncated', json(defaultSettings()).slice(0, 40), 'could not be read'],
    ['empty', '', 'was empty'],
    ['whitespace', '  \n', 'was empty'],
    ['an array', '[1,2]', 'could not be read'],
  ])('falls back to defaults for a file that is %s, keeping a copy', (_why, text, words) => {
    const loaded = loadSettings(text);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.backup).toBe(true);
    expect(loaded.rewrite).toBe(true);
    expect(said(loaded)).toEqual([expect.stringContaining(words)]);
  });

  it('keeps the good keys and resets only the broken ones', () => {
    const text = json({
      ...defaultSettings(),
      reminderIntervalMinutes: 500,
      chimeVolume: 20,
      places: [],
      theme: 'neon',
    });
    const loaded = loadSettings(text);
    expect(loaded.settings.chimeVolume).toBe(20);
    expect(loaded.settings.reminderIntervalMinutes).toBe(45);
    expect(loaded.settings.places).toEqual(['chair', 'standing']);
    expect(loaded.settings.theme).toBe('system');
    expect(loaded.backup).toBe(true);
    expect(said(loaded)[0]).toContain('(reminder interval, places to exercise, and theme)');
  });

  it('fills keys a file does not have yet with defaults, silently', () => {
    const loaded = loadSettings(json({ version: SETTINGS_VERSION, reminderIntervalMinutes: 25 }));
    expect(loaded.settings).toEqual({ ...defaultSettings(), reminderIntervalMinutes: 25 });
    expect(loaded.notices).toEqual([]);
  });

  it('reports keys it does not know and keeps a copy', () => {
    const loaded = loadSettings(json({ ...defaultSettings(), remindrInterval: 20 }));
    expect(said(loaded)).toEqual([expect.stringContaining('remindrInterval')]);
    expect(loaded.backup).toBe(true);
    expect(serializeSettings(loaded.settings, loaded.preserved)).not.toHaveProperty(
      'remindrInterval',
    );
  });

  it('never wipes a file from a newer version: its keys and version survive every write', () => {
    const newer = {
      ...defaultSettings(),
      version: SETTINGS_VERSION + 1,
      chimeVolume: 5,
      eyeBreaks: { every: 20 },
    };
    const loaded = loadSettings(json(newer));
    expect(loaded.settings.chimeVolume).toBe(5);
    expect(loaded.settings.version).toBe(SETTINGS_VERSION + 1);
    expect(loaded).toMatchObject({ backup: true, rewrite: false });
    expect(said(loaded)).toEqual([expect.stringContaining('newer version')]);
    const written = serializeSettings({ ...loaded.settings, chimeVolume: 70 }, loaded.preserved);
    expect(written).toMatchObject({
      version: SETTINGS_VERSION + 1,
      chimeVolume: 70,
      eyeBreaks: { every: 20 },
    });
  });

  it('upgrades a file without a version once and writes it back', () => {
    const { version: _version, ...unversioned } = { ...defaultSettings(), snoozeMinutes: 7 };
    const loaded = loadSettings(json(unversioned));
    expect(loaded.settings).toMatchObject({ version: SETTINGS_VERSION, snoozeMinutes: 7 });
    expect(loaded).toMatchObject({ rewrite: true, backup: false, notices: [] });
    expect(loadSettings(json(serializeSettings(loaded.settings, loaded.preserved))).rewrite).toBe(
      false,
    );
  });
});

describe('runMigrations', () => {
  const migrations: Migration[] = [
    { to: 3, up: (raw) => ({ ...raw, c: `${String(raw.b)}+c` }) },
    { to: 2, up: (raw) => ({ ...raw, b: `${String(raw.a)}+b` }) },
  ];

  it('runs the migrations newer than the file, in order, each once', () => {
    expect(runMigrations({ version: 1, a: 'a' }, 1, migrations)).toEqual({
      version: 3,
      a: 'a',
      b: 'a+b',
      c: 'a+b+c',
    });
    expect(runMigrations({ version: 2, b: 'x' }, 2, migrations)).toEqual({
      version: 3,
      b: 'x',
      c: 'x+c',
    });
    expect(runMigrations({ version: 3, c: 'done' }, 3, migrations)).toEqual({
      version: 3,
      c: 'done',
    });
  });

  it('is used by loadSettings to reach the current version', () => {
    const loaded = loadSettings(
      json({ version: 1, reminderIntervalMinutes: 20 }),
      [{ to: 2, up: (raw) => ({ ...raw, snoozeMinutes: 15 }) }],
      2,
    );
    expect(loaded.settings).toMatchObject({
      version: 2,
      reminderIntervalMinutes: 20,
      snoozeMinutes: 15,
    });
    expect(loaded.rewrite).toBe(true);
  });
});
