import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import { seriousAccessibilityProblems } from '../support/axe';
import { browserSuite } from '../support/browserSuite';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * The settings window, built, in real Chromium, against the real main-side app: every change
 * made in the window is on disk and changes what the app does; a bad value is refused with
 * its message and nothing is saved.
 */

const start = browserSuite();

async function typeNumber(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

const saved = (page: Page) =>
  expect.poll(() => page.getByRole('status').textContent()).toMatch(/Saved/);

describe('settings window', () => {
  it('saves a new reminder interval at once and the engine uses it; refuses one out of range', async () => {
    const h = await start();
    await h.clock.advance(60_000);
    const page = await h.open('settings');
    const field = page.getByLabel('Remind me after sitting for', { exact: true });
    await expect.poll(() => field.inputValue()).toBe('45');

    await typeNumber(page, 'Remind me after sitting for', '30');
    await saved(page);
    expect(h.readSettingsFile().reminderIntervalMinutes).toBe(30);
    // No restart: the next reminder moved to 30 minutes after the stretch began.
    const status = h.app.engine.status();
    expect(status.nextReminderAt! - status.sittingSince!).toBe(30 * 60_000);

    await typeNumber(page, 'Remind me after sitting for', '500');
    const error = page.getByText('Choose a whole number from 10 to 120 minutes.');
    await error.waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('500');
    expect(h.readSettingsFile().reminderIntervalMinutes).toBe(30);
    expect(h.app.settings.current().reminderIntervalMinutes).toBe(30);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'settings-invalid');
  });

  it('changes every setting through the window, and each one reaches the file and the app', async () => {
    const h = await start();
    const page = await h.open('settings');
    await page.getByLabel('Snooze for', { exact: true }).waitFor();

    await typeNumber(page, 'Snooze for', '15');
    await typeNumber(page, 'Reminders before going quiet', '2');
    await typeNumber(page, 'Count as a break when away for', '7');
    await typeNumber(page, 'Longest routine', '5');
    await typeNumber(page, 'Daily goal for a streak', '3');
    await page.getByRole('radio', { name: 'Open the routine window by itself' }).check();
    await page.getByRole('switch', { name: 'Remind me outside working hours' }).click();
    await page.getByRole('switch', { name: 'Spoken guidance' }).click();
    await page.getByRole('switch', { name: 'Keep the routine window on top' }).click();
    await page.getByRole('switch', { name: 'Start Backbreak when I log in' }).click();
    await page
      .getByRole('group', { name: 'Where you can exercise' })
      .getByRole('checkbox', { name: 'Floor' })
      .check();
    await page
      .getByRole('group', { name: 'What you have to hand' })
      .getByRole('checkbox', { name: 'Exercise band' })
      .check();
    await page
      .getByRole('group', { name: 'Favourite routines' })
      .getByRole('checkbox', { name: /^Quiet desk routine/ })
      .check();
    await page
      .getByRole('group', { name: 'Exercises to leave out' })
      .getByRole('checkbox', { name: /^Superman/ })
      .check();
    const volume = page.getByLabel('Chime volume', { exact: true });
    await volume.focus();
    await volume.press('End');
    await page.getByLabel('Monday, until', { exact: true }).fill('17:30');
    await page.getByLabel('Monday, until', { exact: true }).press('Tab');
    await page.getByRole('button', { name: 'Add hours on Saturday' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await saved(page);

    await expect.poll(() => h.readSettingsFile().theme).toBe('dark');
    const file = h.readSettingsFile();
    expect(file).toMatchObject({
      snoozeMinutes: 15,
      maxReminders: 2,
      naturalBreakMinutes: 7,
      routineMinutes: 5,
      dailyBreakGoal: 3,
      reminderStyle: 'open-window',
      remindOutsideWorkingHours: true,
      voiceGuidance: true,
      alwaysOnTop: true,
      launchAtLogin: true,
      places: expect.arrayContaining(['chair', 'standing', 'floor']),
      equipment: expect.arrayContaining(['wall', 'band']),
      favouriteRoutines: ['quiet-desk-routine'],
      excludedExercises: ['superman'],
      chimeVolume: 100,
      theme: 'dark',
    });
    expect((file.workingHours as Record<string, unknown[]>).mon).toEqual([
      { start: '09:00', end: '17:30' },
    ]);
    expect((file.workingHours as Record<string, unknown[]>).sat).toHaveLength(1);
    expect(h.loginItem).toEqual([true]);
    // The theme applies to the window at once.
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    // The app follows: the next break offered fits the new settings.
    const offer = h.app.breaks.prepare('manual')!;
    expect(offer.plan.order).not.toContain('superman');
    expect(offer.plan.minutes).toBeLessThanOrEqual(5);
    expect(offer.voiceGuidance).toBe(true);
    expect(offer.snoozeMinutes).toBe(15);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('resets to defaults only after asking', async () => {
    const h = await start({
      settings: { reminderIntervalMinutes: 25, theme: 'dark', safetyNoteSeen: true },
    });
    const page = await h.open('settings');
    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset all settings?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(h.readSettingsFile().reminderIntervalMinutes).toBe(25);
    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => h.readSettingsFile().reminderIntervalMinutes).toBe(45);
    expect(h.readSettingsFile()).toEqual({ ...defaultSettings(), safetyNoteSeen: true });
  });

  it('tells once about a broken settings file, which is kept beside the new one', async () => {
    const h = await start({
      settingsText: '{"reminderIntervalMinutes": 30, "theme": "da',
    });
    expect(h.notices.told).toHaveLength(1);
    expect(
      readdirSync(h.folder).filter((name) => name.startsWith('settings.json.broken-')),
    ).toHaveLength(1);
    const page = await h.open('settings');
    await page.getByText(/Your settings file could not be read/).waitFor();
    expect(h.readSettingsFile()).toEqual(defaultSettings());
  });

  it('lists broken routine files of the person’s own with what is wrong', async () => {
    const broken = JSON.stringify({
      type: 'routine',
      id: 'mine',
      title: 'Mine',
      purpose: 'Mine.',
      minutes: 1,
      steps: [{ exercise: 'neck-roll' }],
    });
    const h = await start({
      userRoutines: { 'mine.json': broken, 'torn.json': '{"type": "rou' },
    });
    const page = await h.open('settings');
    await page.getByText('steps.0.exercise: unknown exercise "neck-roll"').waitFor();
    await page.getByText(/not valid JSON/).waitFor();
    expect(await page.getByText('mine.json').count()).toBeGreaterThan(0);
  });

  it('looks tidy in light and dark', async () => {
    const h = await start({ settings: { safetyNoteSeen: true } });
    const page = await h.open('settings');
    await page.getByLabel('Snooze for', { exact: true }).waitFor();
    await h.screenshot(page, 'settings');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'settings-dark');
  });
});
