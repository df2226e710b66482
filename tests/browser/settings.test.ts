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
  });

  it('says exactly what is wrong beside each refused value, marks it and moves the keyboard there', async () => {
    const h = await start();
    const page = await h.open('settings');
    const before = h.readSettingsFile();
    const refusedNumber = async (label: string, value: string, words: string) => {
      await typeNumber(page, label, value);
      const field = page.getByLabel(label, { exact: true });
      const message = page.locator(`#${await field.getAttribute('id')}-error`);
      await expect.poll(() => message.textContent()).toBe(words);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await expect
        .poll(() => field.evaluate((node) => node === node.ownerDocument.activeElement))
        .toBe(true);
    };
    await refusedNumber(
      'Remind me after sitting for',
      '500',
      'Choose a whole number from 10 to 120 minutes.',
    );
    await refusedNumber('Snooze for', '0', 'Choose a whole number from 1 to 60 minutes.');
    await refusedNumber('Snooze for', '61', 'Choose a whole number from 1 to 60 minutes.');
    await refusedNumber(
      'Reminders before going quiet',
      '11',
      'Choose a whole number from 1 to 10 reminders.',
    );
    await refusedNumber(
      'Count as a break when away for',
      '2.5',
      'Choose a whole number from 1 to 30 minutes.',
    );
    await refusedNumber('Longest routine', '11', 'Choose a whole number from 1 to 10 minutes.');
    await refusedNumber(
      'Daily goal for a streak',
      '',
      'Choose a whole number from 1 to 20 breaks.',
    );

    // A range that ends when it starts: the words beside Monday, both times marked.
    await page.getByLabel('Monday, until', { exact: true }).selectOption('09:00');
    const monday = page.getByRole('group', { name: 'Monday' });
    await expect
      .poll(() => monday.locator('.error').textContent())
      .toBe('A range needs an end that differs from its start.');
    expect(
      await page.getByLabel('Monday, from', { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    await expect
      .poll(() =>
        page
          .getByLabel('Monday, from', { exact: true })
          .evaluate((node) => node === node.ownerDocument.activeElement),
      )
      .toBe(true);
    // Nothing of it reached the file, and no message anywhere names a key or a channel.
    expect(h.readSettingsFile()).toEqual(before);
    const words = await page.locator('main').innerText();
    expect(words).not.toMatch(/updateSettings|payload|workingHours|refused|settings:update/);
    await h.screenshot(page, 'settings-invalid');
  });

  it('keeps the focus ring whole on the first and last items of a scrolling list', async () => {
    const h = await start();
    const page = await h.open('settings');
    const list = page.getByRole('group', { name: 'Exercises to leave out' });
    const boxes = list.getByRole('checkbox');
    await page.getByLabel('Find an exercise').focus();
    // Through every item by keyboard, the ring of each wholly inside the list's visible area.
    const count = await boxes.count();
    expect(count).toBeGreaterThan(8);
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(`(() => {
        const row = document.activeElement.closest('label');
        const items = row.closest('ul');
        const style = getComputedStyle(row);
        const r = row.getBoundingClientRect();
        const c = items.getBoundingClientRect();
        return {
          drawn: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          inside: r.top >= c.top && r.bottom <= c.bottom && r.left >= c.left && r.right <= c.right,
        };
      })()`);
      expect(ring, `item ${i + 1} of ${count}`).toEqual({ drawn: true, inside: true });
    }
  });

  it('takes working hours that run past midnight and says so beside them', async () => {
    const h = await start();
    const page = await h.open('settings');
    const fridayUntil = page.getByLabel('Friday, until', { exact: true });
    await page.getByLabel('Friday, from', { exact: true }).selectOption('22:00');
    await saved(page);
    await fridayUntil.selectOption('06:00');
    await expect
      .poll(() => (h.readSettingsFile().workingHours as Record<string, unknown>).fri)
      .toEqual([{ start: '22:00', end: '06:00' }]);
    await page.getByRole('group', { name: 'Friday' }).getByText('next day').waitFor();
    expect(await fridayUntil.getAttribute('aria-invalid')).toBeNull();
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
    await page.getByLabel('Monday, until', { exact: true }).selectOption('17:30');
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
    expect(h.app.settings.current()).toMatchObject({ voiceGuidance: true, snoozeMinutes: 15 });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('speaks the language picked at once, and back again', async () => {
    const h = await start({ settings: { safetyNoteSeen: true } });
    const page = await h.open('settings');
    const language = page.getByRole('group', { name: 'Language' });
    const lang = () => page.evaluate<string>('document.documentElement.lang');
    await page.getByText(/1,000 names in all/).waitFor();
    expect(await lang()).toBe('en-GB');

    await language.getByRole('radio', { name: 'Deutsch' }).check();
    await expect.poll(lang).toMatch(/^de/);
    expect(h.readSettingsFile().language).toBe('de');
    const sprache = page.getByRole('group', { name: 'Sprache' });
    expect(await sprache.getByRole('radio', { name: 'Deutsch' }).isChecked()).toBe(true);
    // The window was drawn again in German, its words and its numbers.
    await page.getByText(/1\.000 Namen/).waitFor();

    await sprache.getByRole('radio', { name: 'Systemsprache' }).check();
    await expect.poll(lang).toBe('en-GB');
    await page.getByText(/1,000 names in all/).waitFor();
    expect(h.readSettingsFile().language).toBe('system');
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
