import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { BusyReason } from '../../electron/shared/busy';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { seriousAccessibilityProblems } from '../support/axe';
import { browserSuite } from '../support/browserSuite';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * Waiting kindly, seen by a person: the tray while a reminder waits for a call to end, the
 * reminder when it does, and the settings window's "When Backbreak waits" section and
 * shortcut, in real Chromium against the real app, with the busy signals scripted at their
 * port.
 */

const start = browserSuite();
const MINUTE = 60_000;
const onCall: BusyReason = { signal: 'microphone', apps: ['Zoom'] };

const en = messagesFor('en', 'en-GB');

/** Why macOS's readers can never see these (adapters/busy/busySignals.ts). */
const MAC_CANNOT = {
  'do-not-disturb': 'mac-focus-hidden',
  'full-screen': 'mac-full-screen-hidden',
} as const;

/** Scrolls the section's heading to the top, below the window's sticky header. */
const showSection = (page: Page) =>
  page.evaluate(`document.getElementById('busy-title').scrollIntoView()`);

const saved = (page: Page) =>
  expect.poll(() => page.getByRole('status').textContent()).toMatch(/Saved/);

describe('while a reminder waits for a call to end', () => {
  it('the tray says why and keeps counting; the reminder comes when the call ends', async () => {
    const h = await start({ settings: { safetyNoteSeen: true } });
    h.busy.busy(onCall);
    await h.clock.advance(52 * MINUTE);
    expect(h.notices.reminders).toEqual([]);
    const tray = h.trayViews.at(-1)!;
    expect(tray.statusLine).toBe('Waiting: microphone in use · sitting 52 mins');
    expect(tray.icon.look).toBe('waiting');
    expect(tray.menu.map((item) => ('label' in item ? item.label : '---'))).toEqual([
      'Waiting: microphone in use · sitting 52 mins',
      '---',
      'Start a routine now',
      'Snooze',
      'Skip this break',
      'Pause',
      'I’m standing',
      '---',
      'Settings…',
      'History…',
      '---',
      'Quit',
    ]);
    await h.screenshot(await h.trayPicture(), 'tray-waiting');

    // The settings window says so too, with the moment it comes anyway.
    const page = await h.open('settings');
    await page.getByText('A reminder is waiting now: microphone in use.').waitFor();
    await page.getByText('It comes when you are free, or at 11:15 anyway.').waitFor();

    // The call ends at minute 52; the look at 55 finds them free.
    h.busy.free();
    await h.clock.advance(5 * MINUTE);
    expect(h.notices.reminders).toEqual([
      {
        title: 'Time for a back break',
        body: 'You have been sitting for 55 mins. A short guided routine is ready when you are.',
        buttons: { start: 'Start', snooze: 'Snooze 10 mins', skip: 'Skip this break' },
      },
    ]);
    expect(h.trayViews.at(-1)!.statusLine).toBe('Sitting 57 mins · next reminder in 8 mins');
    await expect.poll(() => page.getByText('A reminder is waiting now').count()).toBe(0);
  });

  it('Skip this break from the tray is counted as skipped in history', async () => {
    const h = await start({ settings: { safetyNoteSeen: true } });
    h.busy.busy(onCall);
    await h.clock.advance(50 * MINUTE);
    h.app.trayAction('skip');
    expect(h.readHistoryFile()).toMatch(/"type":"skip"/);
    expect(h.trayViews.at(-1)!.statusLine).toBe('Sitting 50 mins · next reminder in 45 mins');
  });

  it('turning off the signal it waits for in the window brings the reminder at once', async () => {
    const h = await start({ settings: { safetyNoteSeen: true } });
    h.busy.busy(onCall);
    await h.clock.advance(47 * MINUTE);
    const page = await h.open('settings');
    await page.getByRole('switch', { name: 'Wait while the microphone is in use' }).click();
    await saved(page);
    await expect.poll(() => h.notices.reminders.length).toBe(1);
    expect(h.readSettingsFile().busySignals).toMatchObject({ microphone: false, camera: true });
  });
});

describe('the settings window: When Backbreak waits', () => {
  it('explains each signal, says why this computer cannot see some, and saves every change', async () => {
    const h = await start({ settings: { safetyNoteSeen: true }, cannotRead: MAC_CANNOT });
    const page = await h.open('settings');
    const section = page.getByRole('region', { name: 'When Backbreak waits' });
    await section.getByRole('switch', { name: 'Wait while the camera is in use' }).waitFor();
    for (const name of [
      'Wait while the camera is in use',
      'Wait while the microphone is in use',
      'Wait during Do Not Disturb',
      'Wait while another app is full screen',
      'Wait while a listed app is in front',
    ]) {
      expect(await section.getByRole('switch', { name }).isChecked()).toBe(true);
    }
    await section
      .getByText(`${en.busy.why[MAC_CANNOT['do-not-disturb']]} So it never holds a reminder here.`)
      .waitFor();
    await section.getByText(/without Accessibility access/).waitFor();
    await showSection(page);
    await h.screenshot(page, 'settings-busy');

    await section.getByRole('switch', { name: 'Wait while the camera is in use' }).click();
    await saved(page);
    expect(h.readSettingsFile().busySignals).toMatchObject({ camera: false, microphone: true });

    // The list of apps: added by name, a name twice refused beside it, removed again.
    const name = section.getByLabel('App name', { exact: true });
    await name.fill('Zoom');
    await name.press('Enter');
    await expect.poll(() => h.readSettingsFile().busyApps).toEqual(['Zoom']);
    await name.fill('  Keynote ');
    await section.getByRole('button', { name: 'Add app' }).click();
    await expect.poll(() => h.readSettingsFile().busyApps).toEqual(['Zoom', 'Keynote']);
    await name.fill('zoom');
    await name.press('Enter');
    await section.getByText('List each app once.').waitFor();
    expect(h.readSettingsFile().busyApps).toEqual(['Zoom', 'Keynote']);
    await section.getByRole('button', { name: 'Remove zoom', exact: true }).click();
    await expect.poll(() => section.getByText('List each app once.').count()).toBe(0);
    await section.getByRole('button', { name: 'Remove Keynote', exact: true }).click();
    await expect.poll(() => h.readSettingsFile().busyApps).toEqual(['Zoom']);

    // The limit, with its range.
    const limit = section.getByLabel('Remind me anyway after waiting', { exact: true });
    await limit.fill('10');
    await limit.press('Tab');
    await section.getByText('Choose a whole number from 15 to 240 minutes.').waitFor();
    expect(await limit.getAttribute('aria-invalid')).toBe('true');
    await limit.fill('120');
    await limit.press('Tab');
    await expect.poll(() => h.readSettingsFile().busyLimitMinutes).toBe(120);
    expect(h.app.settings.current()).toMatchObject({ busyApps: ['Zoom'], busyLimitMinutes: 120 });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('says when a signal could not be read at the last look, in the reader’s words', async () => {
    const h = await start({ settings: { safetyNoteSeen: true } });
    h.busy.unknown('microphone', 'linux-microphone-needs-pactl', 'missing');
    await h.clock.advance(46 * MINUTE);
    const page = await h.open('settings');
    await page
      .getByText(
        'The last look could not tell. Backbreak needs pactl (from the pulseaudio-utils package) to see whether the microphone is in use.',
      )
      .waitFor();
  });

  it('records a shortcut from the keys pressed, refuses one another app holds, and clears', async () => {
    const h = await start({
      settings: { safetyNoteSeen: true },
      takenShortcuts: ['Ctrl+Alt+P'],
    });
    const page = await h.open('settings');
    const box = page.getByLabel('Keyboard shortcut', { exact: true });
    await box.waitFor();
    expect(await box.inputValue()).toBe('');
    await box.focus();
    await page.keyboard.press('Control+Alt+KeyB');
    await expect.poll(() => h.readSettingsFile().shortcut).toBe('Ctrl+Alt+B');
    expect(h.keys.current).toBe('Ctrl+Alt+B');
    expect(await box.inputValue()).toBe('Ctrl+Alt+B');

    await page.keyboard.press('Control+Alt+KeyP');
    const taken = page.getByText('Another app already uses Ctrl+Alt+P. Choose another.');
    await taken.waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(h.readSettingsFile().shortcut).toBe('Ctrl+Alt+B');
    expect(h.keys.current).toBe('Ctrl+Alt+B');
    await h.screenshot(page, 'settings-shortcut-taken');

    // A key without Ctrl, Alt or the system key is no shortcut: refused, nothing saved.
    await page.keyboard.press('Shift+KeyK');
    await page
      .getByText(/^Use a combination such as Ctrl\+Alt\+B/)
      .first()
      .waitFor();
    expect(h.readSettingsFile().shortcut).toBe('Ctrl+Alt+B');

    // Tab still moves on: the box is reachable and leavable by keyboard alone.
    await box.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Clear');
    await page.keyboard.press('Enter');
    await expect.poll(() => h.readSettingsFile().shortcut).toBe('');
    expect(h.keys.current).toBe('');
    expect(await box.inputValue()).toBe('');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('looks tidy in dark too', async () => {
    const h = await start({
      settings: { safetyNoteSeen: true, theme: 'dark' },
      cannotRead: MAC_CANNOT,
    });
    h.busy.busy(onCall);
    await h.clock.advance(50 * MINUTE);
    const page = await h.open('settings');
    const section = page.getByRole('region', { name: 'When Backbreak waits' });
    await section.getByText('A reminder is waiting now: microphone in use.').waitFor();
    await showSection(page);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'settings-busy-dark');
    await h.screenshot(await h.trayPicture({ dark: true }), 'tray-waiting-dark');
  });
});
