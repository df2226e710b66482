import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeRecord } from '../../electron/main/core/historyLog';
import type { HistoryView, LibraryView, SettingsView } from '../../electron/shared/views';
import type { RunningApp } from '../support/bootDesktop';
import { bootSuite } from '../support/bootSuite';
import { clickTray, sittingMinutes } from './trayItems';

/**
 * A person's files broken by hand or by a crash: the app still starts, its tray works, it says
 * so once, where it matters, and it quits cleanly. A file that cannot be read at all is handled
 * like a broken one; any other failure at start ends the app with one plain dialog.
 */

const desktop = bootSuite();
const MINUTE = 60_000;

function bridge<T>(page: Page, method: string): Promise<T> {
  return page.evaluate(
    (name) =>
      (globalThis as unknown as Record<string, Record<string, () => Promise<unknown>>>).backbreak![
        name
      ]!(),
    method,
  ) as Promise<T>;
}

async function started(app: RunningApp) {
  await app.waitFor(() => app.tray?.menu != null, 'the tray');
  await app.waitFor(() => app.readLog().includes('Backbreak started'), 'the start in the log');
}

/** Quits from the tray and expects a clean end. */
async function quit(app: RunningApp) {
  await clickTray(app, 'quit');
  expect(await app.waitForExit()).toEqual({ code: 0, signal: null });
}

const takenBreak = serializeRecord({
  type: 'break',
  id: 'b-1',
  at: new Date(2025, 0, 6, 9, 30).getTime(),
  durationMs: 120_000,
  plannedMs: 120_000,
  outcome: 'taken',
  trigger: 'manual',
  routineId: 'anywhere-standing-break',
  routineTitle: 'Anywhere standing break',
  exercises: ['standing-roll-down'],
  stepsSkipped: 0,
});

describe('a broken file', () => {
  it('settings: repaired from a copy kept aside, told once in a notification and in Settings', async () => {
    const app = await desktop().start({
      files: { 'settings.json': '{ "reminderIntervalMinutes": 30, "snoozeMinutes": ' },
    });
    await started(app);
    await app.waitFor(() => app.notifications.length > 0, 'the notice');
    expect(app.notifications).toHaveLength(1);
    expect(
      readdirSync(app.userData).filter((name) => name.startsWith('settings.json.broken-')),
    ).toHaveLength(1);
    await clickTray(app, 'settings');
    const settings = await app.window('settings');
    expect((await bridge<SettingsView>(settings, 'getSettings')).notices).not.toEqual([]);
    await app.advance(10 * MINUTE, MINUTE);
    expect(app.notifications).toHaveLength(1);
    await quit(app);

    // The repaired file is whole again: the next start says nothing more about it.
    const again = await desktop().start({ home: app.home, clock: app.clock });
    await started(again);
    expect(again.notifications).toHaveLength(0);
    await quit(again);
  });

  it('sitting clock snapshot: starts the clock afresh and notes it in the log', async () => {
    const app = await desktop().start({
      files: { 'sitting-state.json': '{"version":1,"tracker":' },
    });
    await started(app);
    expect(sittingMinutes(app)).toBe(0);
    expect(app.readLog()).toMatch(/snapshot/i);
    expect(app.notifications).toEqual([]);
    await clickTray(app, 'history');
    await app.window('history');
    await quit(app);
  });

  it('history: the readable lines are kept, and the History window says a line was left out', async () => {
    const app = await desktop().start({
      files: { 'history.jsonl': `${takenBreak}{"type":"break","id":\n` },
    });
    await started(app);
    expect(app.notifications).toEqual([]);
    await clickTray(app, 'history');
    const history = await app.window('history');
    const view = await bridge<HistoryView>(history, 'getHistory');
    expect(view.unreadableLines).toBe(1);
    expect(view.today.taken).toBe(1);
    await quit(app);
  });

  it('a routine of the person’s own: left out, and listed with its problem in Settings', async () => {
    const app = await desktop().start({
      files: { 'routines/my-routine.json': '{ "type": "routine", "id": "my-routine" }' },
    });
    await started(app);
    expect(app.notifications).toEqual([]);
    await clickTray(app, 'settings');
    const settings = await app.window('settings');
    const library = await bridge<LibraryView>(settings, 'getLibrary');
    expect(new Set(library.problems.map((problem) => problem.file))).toEqual(
      new Set(['my-routine.json']),
    );
    await quit(app);
  });

  it('settings that cannot be read at all (a folder in its place): defaults, told once, left alone', async () => {
    const app = await desktop().start({ files: { 'settings.json/kept-by-hand.txt': 'mine' } });
    await started(app);
    await app.waitFor(() => app.notifications.length > 0, 'the notice');
    expect(app.notifications).toHaveLength(1);
    expect(app.notifications[0]!.body).toMatch(/could not read your settings file/);
    await clickTray(app, 'settings');
    const settings = await app.window('settings');
    expect(
      (await bridge<SettingsView>(settings, 'getSettings')).settings.reminderIntervalMinutes,
    ).toBe(45);
    // The folder is untouched: nothing was written over it or copied aside.
    expect(readdirSync(join(app.userData, 'settings.json'))).toEqual(['kept-by-hand.txt']);
    await quit(app);
  });
});

describe('a start that fails', () => {
  it('is logged, said once in a plain dialog, and ends with code 1, leaving no tray', async () => {
    // A file where the log's folder must go: the log cannot even begin.
    const app = await desktop().start({ files: { logs: 'not a folder' } });
    expect(await app.waitForExit()).toEqual({ code: 1, signal: null });
    const boxes = app.calls.filter((call) => call.call === 'dialog.showErrorBox');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.args[0]).toBe('Backbreak could not start');
    expect(String(boxes[0]!.args[1])).not.toMatch(/Error:|ENOTDIR|EEXIST|\n\s+at /);
    expect(app.tray).toBeNull();
  });
});
