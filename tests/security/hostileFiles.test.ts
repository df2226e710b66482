import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, vi } from 'vitest';
import { parseHistory } from '../../electron/main/core/historyLog';
import { settingsSchema } from '../../electron/shared/settingsSchema';
import { startApp, type Rig } from './appRig';
import { attack } from './attack';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * Every file a person (or a broken disk, or another program) can put in the user-data folder,
 * made as bad as it gets: the settings, the sitting state, the history and the person's own
 * routines, each empty, truncated, full of NULs or binary, huge, deeply nested, a folder, a
 * pipe, a link to a device, a link that loops, a link to a secret elsewhere. The app must start
 * with a tray whose Quit works, keep running, never hang, never echo what a file holds, never let
 * it reach Object.prototype, and never destroy a file it could not read.
 *
 * Root reads any file whatever its permissions, so "unreadable" here is made of things that
 * are not an ordinary file at all (a folder, a pipe, a device, a link loop).
 */

const scratch = mkdtempSync(join(tmpdir(), 'backbreak-hostile-'));
const SECRET = 'SECRET-do-not-show-7f3a';
const secretFile = join(scratch, 'secret.txt');
writeFileSync(secretFile, `{"token": "${SECRET}"}\n`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Make = (path: string) => void;
const text =
  (content: string | Buffer): Make =>
  (path) =>
    writeFileSync(path, content);

/** Ways a file can be bad: its content. */
const CONTENTS: Record<string, Make> = {
  empty: text(''),
  truncated: text('{"reminderIntervalMinutes": 30, "workingHours": {"mon": [{"start": "09'),
  'NUL bytes': text('\0\0\0\0{"a":\0}'),
  binary: text(Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a])),
  'a byte-order mark before broken JSON': text('\uFEFF{"reminderIntervalMinutes": 30'),
  null: text('null'),
  'an array': text('[1, 2, 3]'),
  'a number too large': text('1e999'),
  'deeply nested': text(`${'['.repeat(200_000)}${']'.repeat(200_000)}`),
  'prototype keys': text(
    '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
  ),
  huge: text(`{"title": "${'a'.repeat(3 * 1024 * 1024)}"}`),
  'a huge key': text(`{"type": "routine", "${'k'.repeat(100_000)}": 1}`),
  'a secret': text(`{"token": "${SECRET}"}`),
};

/** Ways a file can be bad: what it is. */
const NODES: Record<string, Make> = {
  'a folder': (path) => mkdirSync(path),
  'a named pipe': (path) => execFileSync('mkfifo', [path]),
  'a link to a device': (path) => symlinkSync('/dev/zero', path),
  'a link that loops': (path) => symlinkSync(path, path),
  'a link to a secret elsewhere': (path) => symlinkSync(secretFile, path),
  'a dangling link': (path) => symlinkSync(join(scratch, 'gone'), path),
};

const BAD = { ...CONTENTS, ...NODES };

/** What must hold after any start on any bad file. */
function expectRunning(rig: Rig) {
  expect(rig.tray.length).toBeGreaterThan(0);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(settingsSchema.safeParse(rig.app.settings.current()).success).toBe(true);
  expect(rig.app.engine.status().activity).toBeDefined();
  // Nothing a file holds reaches the person.
  const said = JSON.stringify([rig.app.settings.notices(), rig.told]);
  expect(said).not.toContain(SECRET);
  expect(said).not.toContain('aaaaaaaaaa');
  expect(said.length).toBeLessThan(2_000);
}

async function expectQuits(rig: Rig) {
  rig.app.trayAction('quit');
  expect(rig.quits).toBe(1);
}

/** The file's identity and content, to tell whether it was touched. */
function fingerprint(path: string): string {
  if (!existsSync(path) && !lstatSync(path, { throwIfNoEntry: false })) return 'none';
  const stat = lstatSync(path);
  const content =
    stat.isFile() && stat.size < 10 * 1024 * 1024 ? readFileSync(path).toString('base64') : '';
  return JSON.stringify([stat.ino, stat.mode, stat.size, stat.mtimeMs, content]);
}

async function startOn(name: string, bad: Make, extra?: (rig: Rig) => Promise<void> | void) {
  const folder = mkdtempSync(join(scratch, 'profile-'));
  const path = join(folder, name);
  bad(path);
  const before = fingerprint(path);
  const rig = await startApp({ folder });
  try {
    expectRunning(rig);
    await extra?.(rig);
    await expectQuits(rig);
  } finally {
    rig.close();
  }
  return { before, after: fingerprint(path), folder, path };
}

describe('a bad settings file', () => {
  for (const [what, bad] of Object.entries(BAD)) {
    attack(`settings.json that is ${what}`, async () => {
      // A link is followed, as the person made it: one to a file is read like that file, a
      // dangling one is no file yet. Anything that cannot be read at all is left alone.
      const unreadable = what in NODES ? !/link to a secret|dangling/.test(what) : what === 'huge';
      const quiet = what === 'a dangling link';
      const secretBefore = readFileSync(secretFile, 'utf8');
      const { before, after, folder } = await startOn('settings.json', bad, async (rig) => {
        const notices = rig.app.settings.notices().join(' ');
        if (!quiet) expect(notices).not.toBe('');
        // Changes work for this run whatever the file was.
        expect(rig.app.settings.update({ chimeVolume: 12 })).toMatchObject({ ok: true });
      });
      if (unreadable) {
        // Never written over: the person's file (or whatever it is) stays as it was.
        expect(after).toBe(before);
      } else {
        // Copied aside before anything was written, byte for byte.
        const copies = readdirSync(folder).filter((n) => n.startsWith('settings.json.broken-'));
        expect(copies).toHaveLength(quiet ? 0 : 1);
      }
      // Whatever a link led to is never written.
      expect(readFileSync(secretFile, 'utf8')).toBe(secretBefore);
    });
  }
});

describe('a bad sitting-state file', () => {
  for (const [what, bad] of Object.entries(BAD)) {
    attack(`sitting-state.json that is ${what}`, async () => {
      await startOn('sitting-state.json', bad, async (rig) => {
        await rig.clock.advance(10 * 60_000);
        expect(rig.app.engine.status().sittingMs).toBeGreaterThanOrEqual(0);
      });
    });
  }
});

describe('a bad history file', () => {
  for (const [what, bad] of Object.entries(BAD)) {
    attack(`history.jsonl that is ${what}`, async () => {
      await startOn('history.jsonl', bad, async (rig) => {
        const view = rig.app.history.view(5, null);
        expect(view.today.taken).toBe(0);
        // The app carries on recording (through a link, where the person linked the file
        // elsewhere), or says in its log why it cannot.
        rig.app.trayAction('snooze-10');
        const path = join(rig.folder, 'history.jsonl');
        let isFile = false;
        try {
          isFile = statSync(path).isFile();
        } catch {
          // Missing, or a link that loops: no file to have written to.
        }
        if (isFile) {
          const records = parseHistory(readFileSync(path, 'utf8')).records;
          expect(records.at(-1)).toMatchObject({ type: 'snooze', minutes: 10 });
        } else {
          expect(rig.log.messages('error')).toContain('could not write to the history file');
        }
      });
    });
  }
});

describe('a bad file among the person’s routines', () => {
  for (const [what, bad] of Object.entries(BAD)) {
    attack(`routines/mine.json that is ${what}`, async () => {
      await startOn(
        'routines',
        (path) => {
          mkdirSync(path);
          bad(join(path, 'mine.json'));
          // A loop through a folder, too.
          symlinkSync(path, join(path, 'again'));
        },
        async (rig) => {
          const view = await rig.app.library.view('en');
          expect(view.routines.length).toBeGreaterThan(10);
          const said = JSON.stringify(view.problems);
          expect(said.length).toBeLessThan(2_000);
          expect(said).not.toContain(SECRET);
          expect(said).not.toContain('aaaaaaaaaa');
          expect(said).not.toContain('\\u0000');
          expect(view.problems.map((p) => p.file)).toContain('again');
          expect(rig.app.offerBreak('manual', true)).toBeUndefined();
          expect(rig.windows).toContain('open routine');
        },
      );
    });
  }
});
