import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READY_ROUTINE_MS } from '../../electron/main/app';
import { parseHistory } from '../../electron/main/core/historyLog';
import type { RunningApp } from '../support/bootDesktop';
import { bootSuite } from '../support/bootSuite';
import { closingAction, tabTo } from '../support/pageActions';
import { minutesToReminder, sittingMinutes } from './trayItems';

/**
 * A whole break in the built app: the person sits past the reminder interval, the reminder
 * comes as a notification, they start it, play the routine to the end by keyboard, and the
 * window goes away with its renderer. Time is the app's simulated clock and the pages' own.
 */

const desktop = bootSuite();
const MINUTE = 60_000;

/** Lets the routine play, five seconds at a time for main and page alike, until it is done. */
async function playToTheEnd(app: RunningApp, page: Page) {
  const done = page.getByRole('heading', { name: 'Well done' });
  for (let seconds = 0; seconds < 15 * 60; seconds += 5) {
    if (await done.isVisible()) return;
    await app.advance(5_000);
  }
  throw new Error('the routine never ended');
}

describe('a break', () => {
  it('comes as a notification after the interval, plays to the end by keyboard, is recorded, and leaves no renderer behind', async () => {
    const app = await desktop().start({ pageClock: true });
    await app.waitFor(() => app.tray?.menu != null, 'the tray');

    // Sitting at work: the idle reading stays at a few seconds while time passes.
    await app.advance(44 * MINUTE, MINUTE);
    expect(app.notifications).toEqual([]);
    expect(sittingMinutes(app)).toBe(44);
    await app.advance(2 * MINUTE, MINUTE);
    await app.waitFor(() => app.notificationsOnScreen.size === 1, 'the reminder');
    // Its routine is made ready out of sight, so Start shows it at once.
    expect(app.openWindows().map((w) => w.shown)).toEqual([null]);

    // On Linux a notification has no buttons: a click on it is "Start".
    await app.clickNotification();
    const page = await app.window('routine');
    expect(app.openWindows()[0]!.shown).toBe('focused');
    expect(app.notificationsOnScreen.size).toBe(0);

    // First time: the safety note, then the preview; Enter takes each, Start has the focus.
    await page.getByRole('button', { name: 'I understand' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start' }).waitFor();
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await playToTheEnd(app, page);
    await tabTo(page, 'Better');
    await page.keyboard.press('Enter');

    const history = () => parseHistory(app.readFile('history.jsonl') ?? '').records;
    await app.waitFor(() => history().some((r) => r.type === 'feeling'), 'the feeling recorded');
    const taken = history().find((r) => r.type === 'break');
    expect(taken).toMatchObject({ outcome: 'taken', trigger: 'reminder', stepsSkipped: 0 });
    expect(taken?.type === 'break' && taken.routineTitle).toBe(title);
    // The break reset the sitting clock: the tray starts over.
    await app.waitFor(() => sittingMinutes(app) === 0, 'the tray starting over');
    expect(minutesToReminder(app)).toBe(45);

    await tabTo(page, 'Close');
    await closingAction(page, () => page.keyboard.press('Enter'));
    await app.waitFor(() => app.openWindows().length === 0, 'the routine window destroyed');
    await app.settle();
    expect(app.livePages()).toEqual([]);
  });

  it('left unanswered, lets the routine window made ready for it go: no renderer waits between breaks', async () => {
    const app = await desktop().start();
    await app.waitFor(() => app.tray?.menu != null, 'the tray');
    await app.advance(46 * MINUTE, MINUTE);
    await app.waitFor(() => app.notificationsOnScreen.size === 1, 'the reminder');
    await app.waitFor(() => app.livePages().length === 1, 'the routine made ready');
    await app.advance(READY_ROUTINE_MS, 10_000);
    await app.waitFor(() => app.openWindows().length === 0, 'the window gone');
    await app.settle();
    expect(app.livePages()).toEqual([]);

    // The reminder still stands: a click opens its routine afresh.
    await app.clickNotification();
    await (await app.window('routine')).getByRole('button', { name: 'I understand' }).waitFor();
  });
});

describe('a reminder the system cannot show', () => {
  it('opens the routine window beside the work instead, without taking the keyboard', async () => {
    const app = await desktop().start();
    await app.waitFor(() => app.tray?.menu != null, 'the tray');
    await app.advance(46 * MINUTE, MINUTE);
    await app.waitFor(() => app.notificationsOnScreen.size === 1, 'the reminder');
    await app.failNotification();
    const page = await app.window('routine');
    expect(app.openWindows()[0]!.shown).toBe('inactive');
    await page.getByRole('button', { name: 'I understand' }).waitFor();
  });
});

describe('a break on macOS and Windows', () => {
  it('on macOS: no Dock icon, minutes beside the tray icon, and the reminder’s Start and Snooze buttons', async () => {
    const app = await desktop().start({ platform: 'darwin' });
    await app.waitFor(() => app.tray?.menu != null, 'the tray');
    expect(app.calls.map((call) => call.call)).toContain('app.dock.hide');
    expect(app.tray!.size).toEqual({ width: 16, height: 16 });
    await app.advance(46 * MINUTE, MINUTE);
    await app.waitFor(() => app.notificationsOnScreen.size === 1, 'the reminder');
    expect(app.tray!.title).toBe('46m');

    await app.clickNotificationButton(app.lastNotification().actions[1]!);
    await app.waitFor(() => app.notificationsOnScreen.size === 0, 'the reminder gone');
    await app.waitFor(() => app.openWindows().length === 0, 'its routine gone');
    const history = parseHistory(app.readFile('history.jsonl') ?? '').records;
    expect(history).toEqual([expect.objectContaining({ type: 'snooze' })]);

    await app.advance(11 * MINUTE, MINUTE);
    await app.waitFor(() => app.notificationsOnScreen.size === 1, 'the reminder again');
    await app.clickNotificationButton(app.lastNotification().actions[0]!);
    const page = await app.window('routine');
    await page.getByRole('button', { name: 'I understand' }).waitFor();
    expect(app.openWindows()[0]!.shown).toBe('focused');
  });

  it('on Windows: a click on the tray icon opens its menu', async () => {
    const app = await desktop().start({ platform: 'win32' });
    await app.waitFor(() => app.tray?.menu != null, 'the tray');
    await app.clickTray();
    expect(app.calls.map((call) => call.call)).toContain('Tray.popUpContextMenu');
  });

  it('starts a routine from the global shortcut the person chose', async () => {
    const app = await desktop().start({
      files: { 'settings.json': JSON.stringify({ shortcut: 'Ctrl+Alt+B', safetyNoteSeen: true }) },
    });
    await app.waitFor(
      () =>
        app.calls.some(
          (call) => call.call === 'globalShortcut.register' && call.args[0] === 'Ctrl+Alt+B',
        ),
      'the shortcut',
    );
    await app.pressShortcut('Ctrl+Alt+B');
    const page = await app.window('routine');
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(app.openWindows()[0]!.shown).toBe('focused');
  });
});
