import { messagesFor } from '../../electron/shared/i18n/messages';
import { settingsNoticeWords } from '../../electron/main/core/settingsFile';
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SETTINGS_VERSION,
  defaultSettings,
  type SettingsPatch,
} from '../../electron/shared/settingsSchema';
import type { Handlers, InvokeEventLike } from '../../electron/main/ipc';

import { createSettingsStorage } from '../../electron/main/adapters/settingsStorage';
import { createSettingsService } from '../../electron/main/services/settingsService';
import { registerIpc } from '../../electron/main/ipc';

// ipc.ts imports Electron for ipcMain; the binary cannot run here.
vi.mock('electron', () => import('../support/fakeElectronModule'));

let folder: string;
const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const clock = { now: () => Date.parse('2026-11-23T10:00:00Z'), monotonic: () => 0 };
const file = () => join(folder, 'settings.json');
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>;
const copies = () => readdirSync(folder).filter((name) => name.startsWith('settings.json.broken-'));
const start = () =>
  createSettingsService({
    storage: createSettingsStorage(folder),
    clock,
    log,
    words: () => messagesFor('en'),
  });

/** What the person reads about the file, in English. */
const said = (settings: ReturnType<typeof start>) =>
  settings.notices().map((notice) => settingsNoticeWords(notice, messagesFor('en')));

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'backbreak-settings-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('settings on disk', () => {
  it('creates the file with defaults on first start', () => {
    const settings = start();
    expect(settings.current()).toEqual(defaultSettings());
    expect(onDisk()).toEqual(defaultSettings());
    expect(settings.notices()).toEqual([]);
  });

  it('saves a valid change at once and reads it back after a restart', () => {
    const settings = start();
    const changed = vi.fn();
    settings.onChange(changed);
    expect(settings.update({ reminderIntervalMinutes: 30 })).toMatchObject({ ok: true });
    expect(onDisk().reminderIntervalMinutes).toBe(30);
    expect(changed).toHaveBeenCalledOnce();
    expect(start().current().reminderIntervalMinutes).toBe(30);
  });

  it('refuses a change IPC checked against the schema: an out-of-range value is answered field by field, nothing saved, nobody told', async () => {
    const settings = start();
    const changed = vi.fn();
    settings.onChange(changed);
    const router = new Map<string, (event: InvokeEventLike, payload?: unknown) => unknown>();
    registerIpc(
      { handle: (channel, listener) => router.set(channel, listener) },
      { updateSettings: (patch: SettingsPatch) => settings.update(patch) } as unknown as Handlers,
      { trustedOrigins: ['app://bundle'], log, words: () => messagesFor('en') },
    );
    const update = router.get('settings:update')!;
    const result = await update(
      { senderFrame: { url: 'app://bundle/settings.html', parent: null } },
      { reminderIntervalMinutes: 500 },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'reminderIntervalMinutes',
          message: 'Choose a whole number from 10 to 120 minutes.',
        },
      ],
    });
    expect(onDisk().reminderIntervalMinutes).toBe(45);
    expect(changed).not.toHaveBeenCalled();
  });

  it.each([
    ['not JSON', '{"reminderIntervalMinutes": 30,'],
    ['empty', ''],
    [
      'truncated',
      JSON.stringify({ ...defaultSettings(), reminderIntervalMinutes: 30 }).slice(0, 60),
    ],
  ])('backs up a file that is %s, starts on defaults and says so once', (_why, text) => {
    writeFileSync(file(), text);
    const settings = start();
    expect(settings.current()).toEqual(defaultSettings());
    expect(settings.notices()).toHaveLength(1);
    expect(copies()).toHaveLength(1);
    expect(readFileSync(join(folder, copies()[0]!), 'utf8')).toBe(text);
    expect(onDisk()).toEqual(defaultSettings());
    // Told once: the repaired file starts cleanly next time.
    expect(start().notices()).toEqual([]);
    expect(copies()).toHaveLength(1);
  });

  // Root reads any file whatever its permissions, so "unreadable" is made with things that are
  // not an ordinary file at all, which no one can read as settings.
  it.each([
    ['a folder', () => mkdirSync(file()), /it is a folder, not a file/],
    ['a named pipe', () => execFileSync('mkfifo', [file()]), /it is not an ordinary file/],
    ['a link to a device', () => symlinkSync('/dev/zero', file()), /it is not an ordinary file/],
    [
      'a link that loops',
      () => {
        symlinkSync(join(folder, 'other.json'), file());
        symlinkSync(file(), join(folder, 'other.json'));
      },
      /it is a link that leads back to itself/,
    ],
    [
      'far too large to be settings',
      () => writeFileSync(file(), `{"chimeVolume": 20, "x": "${'a'.repeat(2_000_000)}"}`),
      /it is too large/,
    ],
  ])(
    'starts on defaults when the file is %s, says why, and never touches it',
    (_what, make, why) => {
      make();
      const before = lstatSync(file());
      const settings = start();
      expect(settings.current()).toEqual(defaultSettings());
      expect(settings.notices()).toHaveLength(1);
      expect(said(settings)[0]).toMatch(/^Backbreak could not read your settings file \(/);
      expect(said(settings)[0]).toMatch(why);
      expect(said(settings)[0]).toContain('Changes you make now last until you quit.');
      // Changes work for this run and are never written over the file.
      expect(settings.update({ chimeVolume: 10 })).toMatchObject({ ok: true });
      expect(settings.current().chimeVolume).toBe(10);
      expect(settings.reset().chimeVolume).toBe(defaultSettings().chimeVolume);
      const after = lstatSync(file());
      expect([after.ino, after.mode, after.size, after.mtimeMs]).toEqual([
        before.ino,
        before.mode,
        before.size,
        before.mtimeMs,
      ]);
      expect(copies()).toEqual([]);
    },
  );

  it('keeps good values when only some keys are broken', () => {
    writeFileSync(
      file(),
      JSON.stringify({ ...defaultSettings(), chimeVolume: 12, snoozeMinutes: -4 }),
    );
    const settings = start();
    expect(settings.current()).toMatchObject({ chimeVolume: 12, snoozeMinutes: 10 });
    expect(said(settings)[0]).toContain('(snooze length)');
    expect(copies()).toHaveLength(1);
    expect(onDisk()).toMatchObject({ chimeVolume: 12, snoozeMinutes: 10 });
  });

  it('does not wipe a file from a newer version', () => {
    const newer = {
      ...defaultSettings(),
      version: SETTINGS_VERSION + 1,
      breakSounds: 'rain',
      chimeVolume: 33,
    };
    writeFileSync(file(), JSON.stringify(newer));
    const settings = start();
    expect(settings.current().chimeVolume).toBe(33);
    expect(onDisk()).toEqual(newer);
    settings.update({ chimeVolume: 60 });
    expect(onDisk()).toEqual({ ...newer, chimeVolume: 60 });
  });

  it('clears temporaries that writes killed before their rename left behind', () => {
    writeFileSync(file(), JSON.stringify(defaultSettings()));
    // Ours from a process that is gone, and one of the library that wrote settings before.
    writeFileSync(join(folder, '.settings.json.99999999.tmp'), '{"remin');
    writeFileSync(join(folder, 'settings.json.tmp-1732358400a1b2c3'), '{"remin');
    start();
    expect(readdirSync(folder)).toEqual(['settings.json']);
  });

  it('resets to defaults but remembers the safety note was read', () => {
    const settings = start();
    settings.update({ reminderIntervalMinutes: 20, theme: 'dark' });
    settings.markSafetyNoteSeen();
    expect(settings.reset()).toEqual({ ...defaultSettings(), safetyNoteSeen: true });
    expect(onDisk()).toEqual({ ...defaultSettings(), safetyNoteSeen: true });
  });
});
