import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../electron/main/core/historyLog';
import { messagesFor } from '../../electron/shared/i18n/messages';
import type { HistoryView, SettingsView } from '../../electron/shared/views';
import { bootSuite } from '../support/bootSuite';
import { closingAction } from '../support/pageActions';
import { clickTray, minutesToReminder, sittingMinutes } from './trayItems';

/**
 * What carries over from one run of the app to the next, and what a second copy does while
 * one runs. Each run is its own process on the same home folder.
 */

const desktop = bootSuite();
const MINUTE = 60_000;
const en = messagesFor('en', 'en-GB');

/** Asks main through the page's own bridge, as the window does. */
function bridge<T>(page: Page, method: 'getSettings' | 'getHistory'): Promise<T> {
  return page.evaluate(
    (name) =>
      (globalThis as unknown as Record<string, Record<string, () => Promise<unknown>>>).backbreak![
        name
      ]!(),
    method,
  ) as Promise<T>;
}

describe('restarting', () => {
  it('keeps the setting changed in the window, the sitting clock and the history', async () => {
    const first = await desktop().start();
    await first.waitFor(() => first.tray?.menu != null, 'the tray');
    await first.advance(20 * MINUTE, MINUTE);
    // A walk away from the desk ends a 20-minute stretch, which the history keeps.
    await first.setIdle(0, true);
    await first.advance(7 * MINUTE, MINUTE);
    await first.setIdle(2);
    await first.advance(12 * MINUTE, MINUTE);
    // On the stand-in's simulated clock these are exact, run after run: 11 whole minutes shown
    // after 12 back at the desk, and a stretch of 20 minutes and 2 seconds before the walk.
    const sat = sittingMinutes(first)!;
    expect(sat).toBe(11);
    const historyText = first.readFile('history.jsonl');
    expect(parseHistory(historyText ?? '').records).toMatchObject([{ type: 'stretch' }]);

    await clickTray(first, 'settings');
    const settings = await first.window('settings');
    const interval = settings.getByLabel(en.units.numberLabel('reminderIntervalMinutes'));
    await interval.fill('30');
    await interval.press('Tab');
    await first.waitFor(
      () => JSON.parse(first.readFile('settings.json')!).reminderIntervalMinutes === 30,
      'the interval saved',
    );
    await first.waitFor(() => minutesToReminder(first) === 30 - sat, 'the tray following');
    await closingAction(settings, () => settings.getByRole('button', { name: 'Close' }).click());
    await first.waitFor(() => first.openWindows().length === 0, 'the settings window gone');
    await clickTray(first, 'quit');
    expect(await first.waitForExit()).toEqual({ code: 0, signal: null });

    // Started again a minute later, as after a quick restart.
    const again = await desktop().start({
      home: first.home,
      clock: { wallMs: first.clock.wallMs + MINUTE, uptimeMs: first.clock.uptimeMs + MINUTE },
    });
    await again.waitFor(() => again.tray?.menu != null, 'the tray');
    expect(sittingMinutes(again)).toBe(sat + 1);
    expect(minutesToReminder(again)).toBe(30 - sat - 1);
    expect(again.notifications).toEqual([]);

    await clickTray(again, 'settings');
    const reopened = await again.window('settings');
    expect(
      await reopened.getByLabel(en.units.numberLabel('reminderIntervalMinutes')).inputValue(),
    ).toBe('30');
    const answer = await bridge<SettingsView>(reopened, 'getSettings');
    expect(answer.settings.reminderIntervalMinutes).toBe(30);

    await clickTray(again, 'history');
    const history = await bridge<HistoryView>(await again.window('history'), 'getHistory');
    expect(history.today.longestStretchMs).toBe(20 * MINUTE + 2_000);
    expect(again.readFile('history.jsonl')?.startsWith(historyText!)).toBe(true);
  });
});

describe('a second copy', () => {
  it('ends at once, and the one running opens its settings', async () => {
    const first = await desktop().start();
    await first.waitFor(() => first.tray?.menu != null, 'the tray');

    const second = await desktop().start({ home: first.home, clock: first.clock });
    // Its clock never moves: it ends on no timer, as soon as it has handed over.
    expect(await second.waitForExit()).toEqual({ code: 0, signal: null });
    expect(second.tray).toBeNull();
    expect(second.windows.size).toBe(0);
    expect(second.stdout).not.toContain('Backbreak started');

    await first.window('settings');
    expect(first.openWindows()).toHaveLength(1);
  });
});
