import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, vi } from 'vitest';
import { parseHistory } from '../../electron/main/core/historyLog';
import { FakeBrowserWindow } from '../support/fakeElectron';
import { FakeClock } from '../support/fakeClock';
import { startApp } from './appRig';
import { attack } from './attack';

vi.mock('electron', () => import('../support/fakeElectronModule'));

const { createWindowsPort } = await import('../../electron/main/adapters/windows');

/**
 * Things that fail again and again: a window whose renderer keeps crashing, and an app that is
 * killed and started over and over on the same files.
 */

const scratch = mkdtempSync(join(tmpdir(), 'backbreak-loops-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const told: string[] = [];
const makePort = () =>
  createWindowsPort({
    preload: '/app/out/preload/index.cjs',
    pageUrl: (kind) => `app://bundle/${kind}.html`,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    tellCrashed: (kind) => told.push(kind),
  });
const crash = () =>
  FakeBrowserWindow.created
    .at(-1)!
    .webContents.emit('render-process-gone', {}, { reason: 'crashed' });
const alive = () => FakeBrowserWindow.created.filter((w) => !w.destroyed);

beforeEach(() => {
  FakeBrowserWindow.created = [];
  told.length = 0;
});

describe('a renderer that keeps crashing', () => {
  attack(
    'is brought back a few times, then closed with one word to the person, every time',
    async (made) => {
      const port = makePort();
      const closed = vi.fn();
      port.onClosed(closed);
      for (let cycle = 0; cycle < 20; cycle++) {
        port.open('routine', { focus: true });
        const before = FakeBrowserWindow.created.length;
        for (let n = 0; n < 50; n++) crash();
        // Three recoveries, then it gives up: four windows in all for this cycle.
        expect(FakeBrowserWindow.created.length - before, `cycle ${cycle}`).toBe(3);
        expect(alive()).toEqual([]);
      }
      expect(told).toHaveLength(20);
      expect(closed).toHaveBeenCalledTimes(20);
      made(20 * 50);
    },
  );

  attack('never gives up on one that crashes now and then between clean closes', async (made) => {
    const port = makePort();
    for (let n = 0; n < 200; n++) {
      port.open('settings', { focus: true });
      crash();
      crash();
      port.close('settings');
    }
    expect(told).toEqual([]);
    expect(alive()).toEqual([]);
    made(400);
  });

  attack('keeps at most one window of each kind alive however they crash', async (made) => {
    const port = makePort();
    const kinds = ['routine', 'settings', 'history'] as const;
    for (let n = 0; n < 300; n++) {
      const kind = kinds[n % 3]!;
      port.open(kind, { focus: n % 2 === 0 });
      const ofKind = FakeBrowserWindow.created.filter(
        (w) => !w.destroyed && w.loadedUrl.endsWith(`${kind}.html`),
      );
      ofKind.at(-1)?.webContents.emit('render-process-gone', {}, { reason: 'oom' });
      for (const each of kinds) {
        const live = alive().filter((w) => w.loadedUrl.endsWith(`${each}.html`));
        expect(live.length, each).toBeLessThanOrEqual(1);
      }
    }
    made(300);
  });
});

describe('an app killed and started again and again', () => {
  attack('keeps every file whole and every record, start after start', async (made) => {
    const folder = mkdtempSync(join(scratch, 'profile-'));
    const clock = new FakeClock();
    const starts = 25;
    for (let n = 0; n < starts; n++) {
      // No stop(): the previous app is simply gone, as after a crash or kill -9.
      const rig = await startApp({ folder, clock });
      expect(rig.app.settings.notices()).toEqual([]);
      await clock.advance(7 * 60_000);
      rig.app.trayAction('snooze-5');
      rig.app.settings.update({ chimeVolume: n });
    }
    const history = parseHistory(readFileSync(join(folder, 'history.jsonl'), 'utf8'));
    expect(history.unreadableLines).toBe(0);
    expect(history.records.filter((r) => r.type === 'snooze')).toHaveLength(starts);
    expect(JSON.parse(readFileSync(join(folder, 'settings.json'), 'utf8')).chimeVolume).toBe(
      starts - 1,
    );
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    made(starts);
  });
});
