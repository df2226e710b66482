import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { createHistoryFile } from '../../electron/main/adapters/historyFile';
import { createSettingsStorage } from '../../electron/main/adapters/settingsStorage';
import { createSnapshotFile } from '../../electron/main/adapters/snapshotFile';
import { removeLeftovers } from '../../electron/main/adapters/safeFile';
import { parseHistory } from '../../electron/main/core/historyLog';
import { loadSettings } from '../../electron/main/core/settingsFile';
import { createHistoryService } from '../../electron/main/services/historyService';
import { FakeClock } from '../support/fakeClock';
import { RecordingLogger } from '../support/recordingLogger';
import { attack } from './attack';

/**
 * Writes killed with SIGKILL at a moment chosen at random, in a child process, for each kind of
 * write the app makes (settings, the sitting state, a history record, a file replaced whole like
 * the login entry), and two processes writing the same file at once. What is on disk afterwards
 * is always one whole version, the history loses at most the record being written, and the next
 * start clears what the killed write left behind.
 */

const WRITER = resolve('tests/security/writer.ts');
const scratch = mkdtempSync(join(tmpdir(), 'backbreak-kill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Kind = 'settings' | 'snapshot' | 'history' | 'entry';

function startWriter(kind: Kind, folder: string, tag: string, count?: number): ChildProcess {
  const args = ['--import', 'tsx', WRITER, kind, folder, tag, ...(count ? [String(count)] : [])];
  return spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Resolves once the child has finished `writes` writes. */
function finished(child: ChildProcess, writes: number): Promise<void> {
  return new Promise((done, fail) => {
    let seen = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').filter(Boolean).length;
      if (seen >= writes) done();
    });
    child.on('exit', (code) =>
      seen >= writes ? done() : fail(new Error(`writer stopped after ${seen} (${code})`)),
    );
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) =>
    child.exitCode !== null || child.signalCode !== null
      ? done()
      : child.once('exit', () => done()),
  );

/** Lets a writer get going, then kills it without warning at a random moment. */
async function killMidWrite(kind: Kind, folder: string, tag: string) {
  const child = startWriter(kind, folder, tag);
  await finished(child, 5);
  await new Promise((wait) => setTimeout(wait, Math.random() * 40));
  child.kill('SIGKILL');
  await exited(child);
  expect(child.signalCode).toBe('SIGKILL');
}

const wholeVersion = (text: string, tag: string) => {
  const value = JSON.parse(text) as { tag: string; i: number; body: string };
  expect(value.tag).toBe(tag);
  expect(value.body).toBe(`${tag}:${value.i}:`.padEnd(20_000, '.'));
};

const KILLS = 3;

describe('kill -9 in the middle of a write', () => {
  attack(
    'settings: always one whole file, and the leftovers go at the next start',
    async (made) => {
      for (let round = 0; round < KILLS; round++) {
        const folder = mkdtempSync(join(scratch, 'settings-'));
        await killMidWrite('settings', folder, `s${round}`);
        const storage = createSettingsStorage(folder);
        expect(readdirSync(folder)).toEqual(['settings.json']);
        const loaded = loadSettings(storage.readText());
        expect(loaded).toMatchObject({ notices: [], backup: false });
        expect(loaded.settings.excludedExercises).toEqual([`s${round}`]);
      }
      made(KILLS);
    },
  );

  attack('sitting state: always one whole snapshot', async (made) => {
    for (let round = 0; round < KILLS; round++) {
      const folder = mkdtempSync(join(scratch, 'snapshot-'));
      await killMidWrite('snapshot', folder, `n${round}`);
      const store = createSnapshotFile(join(folder, 'sitting-state.json'));
      expect(readdirSync(folder)).toEqual(['sitting-state.json']);
      wholeVersion(JSON.stringify(store.load()), `n${round}`);
    }
    made(KILLS);
  });

  attack('a file replaced whole (the login entry): always one whole version', async (made) => {
    for (let round = 0; round < KILLS; round++) {
      const folder = mkdtempSync(join(scratch, 'entry-'));
      await killMidWrite('entry', folder, `e${round}`);
      const path = join(folder, 'backbreak.desktop');
      removeLeftovers(path);
      expect(readdirSync(folder)).toEqual(['backbreak.desktop']);
      wholeVersion(readFileSync(path, 'utf8'), `e${round}`);
    }
    made(KILLS);
  });

  attack(
    'history: loses at most the record being written, and goes on on a fresh line',
    async (made) => {
      for (let round = 0; round < KILLS; round++) {
        const folder = mkdtempSync(join(scratch, 'history-'));
        await killMidWrite('history', folder, `h${round}`);
        const file = createHistoryFile(join(folder, 'history.jsonl'));
        const before = parseHistory(file.read());
        expect(before.unreadableLines).toBeLessThanOrEqual(1);
        expect(before.records.length).toBeGreaterThanOrEqual(5);
        const history = createHistoryService({
          file,
          clock: new FakeClock(),
          log: new RecordingLogger(),
        });
        history.append({ type: 'skip', at: 1, sittingMs: 2 });
        const after = parseHistory(file.read());
        expect(after.records.at(-1)).toEqual({ type: 'skip', at: 1, sittingMs: 2 });
        expect(after.unreadableLines).toBe(before.unreadableLines);
      }
      made(KILLS);
    },
  );
});

describe('two processes writing at once', () => {
  attack('settings written by two at once: one whole version, nothing left behind', async () => {
    const folder = mkdtempSync(join(scratch, 'race-settings-'));
    const writers = ['a', 'b'].map((tag) => startWriter('settings', folder, tag, 60));
    await Promise.all(writers.map((child) => finished(child, 60)));
    await Promise.all(writers.map(exited));
    expect(readdirSync(folder)).toEqual(['settings.json']);
    const loaded = loadSettings(createSettingsStorage(folder).readText());
    expect(loaded.notices).toEqual([]);
    expect([['a'], ['b']]).toContainEqual(loaded.settings.excludedExercises);
  });

  attack('history appended by two at once: every record whole', async () => {
    const folder = mkdtempSync(join(scratch, 'race-history-'));
    const writers = ['a', 'bb'].map((tag) => startWriter('history', folder, tag, 300));
    await Promise.all(writers.map((child) => finished(child, 300)));
    await Promise.all(writers.map(exited));
    const parsed = parseHistory(readFileSync(join(folder, 'history.jsonl'), 'utf8'));
    expect(parsed.unreadableLines).toBe(0);
    expect(parsed.records).toHaveLength(600);
    const bySize = (n: number) =>
      parsed.records.filter((r) => r.type === 'snooze' && r.sittingMs === n).length;
    expect([bySize(1), bySize(2)]).toEqual([300, 300]);
  });
});
