import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import type { Harness } from '../support/browserHarness';
import { browserSuite } from '../support/browserSuite';
import { weekOfBreaks } from '../support/historyFixtures';
import { FIT_PROBLEMS } from '../support/pageFit';
import { TEXTS_IN_PAGE, wordsOutsideCatalogue, type PageText } from '../support/pageTexts';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * The pseudo-locale (en-XA: every message accented, 40% longer, marked ⟦ ⟧) through every
 * window and screen of the built app in real Chromium: a word on screen or read to a screen
 * reader that is not marked did not come through the catalogue, and a text cut off or
 * sticking out of its box would be cut or overflow in a longer language too. The tray and the
 * notifications, which main words, are checked the same way.
 */

const start = browserSuite();
const xa = messagesFor('en-XA', 'en-GB');

/** Checks the page as it is now, and keeps a screenshot of it for the README and reviewers. */
async function expectAllWordsFit(h: Harness, page: Page, screen: string, shot = false) {
  const texts = await page.evaluate<PageText[]>(TEXTS_IN_PAGE);
  expect(wordsOutsideCatalogue(texts), `${screen}: words not from the catalogue`).toEqual([]);
  // Not vacuous: the screen says something, in the pseudo-locale.
  expect(
    texts.some(({ text }) => text.includes('⟦')),
    `${screen}: has words`,
  ).toBe(true);
  expect(await page.evaluate<string[]>(FIT_PROBLEMS), `${screen}: text that does not fit`).toEqual(
    [],
  );
  if (shot) await h.screenshot(page, `pseudo-${screen}`);
}

describe('the pseudo-locale', () => {
  it('routine window: every screen and every kind of step says only catalogue words, and they fit', async () => {
    const h = await start({
      routines: ['floor-back-strength'],
      settings: { language: 'en-XA', places: ['floor'], routineMinutes: 10 },
    });
    const page = await h.open('routine', { fakeTime: true });
    const r = xa.routine;
    await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe('en-XA');

    await page.getByRole('button', { name: r.safetyNote.understood }).waitFor();
    await expectAllWordsFit(h, page, 'routine-safety-note', true);
    await page.getByRole('button', { name: r.safetyNote.understood }).click();

    await page.getByRole('button', { name: r.preview.start, exact: true }).waitFor();
    await expectAllWordsFit(h, page, 'routine-preview', true);
    await page.getByRole('button', { name: r.preview.start, exact: true }).click();
    await page.getByRole('button', { name: r.player.pauseButton }).waitFor();

    // Each part of every step: getting ready, switching sides and resting between sets, and
    // each step's middle (a hold's countdown, reps and breaths counted in the ring).
    const plan = h.app.breaks.view()!.plan;
    const kinds = new Set<string>();
    let elapsed = 0;
    for (const segment of plan.segments) {
      const at = segment.startMs + Math.min(segment.durationMs / 2, 2_600);
      await h.pass(page, at - elapsed);
      elapsed = at;
      const kind = segment.pause ?? segment.kind;
      await expectAllWordsFit(h, page, `step ${segment.index} (${kind})`);
      if (!kinds.has(kind)) await h.screenshot(page, `pseudo-routine-${kind}`);
      kinds.add(kind);
    }
    expect([...kinds].sort()).toEqual(
      ['breaths', 'get-ready', 'hold', 'reps', 'rest', 'switch-sides'].filter((k) =>
        plan.segments.some((s) => (s.pause ?? s.kind) === k),
      ),
    );
    expect(kinds.has('rest') && kinds.has('switch-sides')).toBe(true);

    // Paused: the button says Resume.
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: r.player.resume }).waitFor();
    await expectAllWordsFit(h, page, 'routine-paused');
    await page.keyboard.press('Space');

    await h.pass(page, plan.totalMs - elapsed + 1_000, 5_000);
    await page.getByRole('heading', { name: r.done.taken }).waitFor();
    await expectAllWordsFit(h, page, 'routine-done', true);
    await page.getByRole('button', { name: r.done.feelings.worse }).click();
    await page.locator('#worse-title').waitFor();
    await expectAllWordsFit(h, page, 'routine-worse', true);
  });

  it('settings window: every section, a note on the file, a refusal, added hours, a signal it cannot read and the reset question', async () => {
    const h = await start({
      // A value Backbreak cannot use: the window opens with a note about the file.
      settingsText: JSON.stringify({
        ...defaultSettings(),
        language: 'en-XA',
        safetyNoteSeen: true,
        snoozeMinutes: 999,
      }),
      cannotRead: { 'do-not-disturb': 'mac-focus-hidden', 'full-screen': 'mac-full-screen-hidden' },
    });
    const page = await h.open('settings');
    const s = xa.settings;
    await page.getByRole('heading', { name: s.sections.reminders }).waitFor();
    await page.getByRole('heading', { name: s.notices.title }).waitFor();
    await expectAllWordsFit(h, page, 'settings', true);

    const interval = page.getByLabel(xa.units.numberLabel('reminderIntervalMinutes'), {
      exact: true,
    });
    await interval.fill('500');
    await interval.press('Tab');
    await expect.poll(() => interval.getAttribute('aria-invalid')).toBe('true');
    await expectAllWordsFit(h, page, 'settings-refused');

    await page.getByRole('button', { name: s.hours.addLabel('mon') }).click();
    await page.getByLabel(s.hours.until('mon', 1, 2), { exact: true }).waitFor();
    await page.getByLabel(s.hours.until('mon', 1, 2), { exact: true }).selectOption('06:00');
    await page.getByText(s.hours.nextDay).first().waitFor();
    await expectAllWordsFit(h, page, 'settings-hours');
    await page.evaluate(`document.getElementById('busy-title').scrollIntoView()`);
    await h.screenshot(page, 'pseudo-settings-busy');

    await page.getByRole('button', { name: s.reset.open }).click();
    await page.getByRole('dialog').waitFor();
    await expectAllWordsFit(h, page, 'settings-reset', true);
  });

  it('history window: the day, the chart over 7 and 30 days and its table of numbers', async () => {
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const h = await start({
      startWallMs: now,
      history: weekOfBreaks(now),
      settings: { language: 'en-XA', dailyBreakGoal: 3, safetyNoteSeen: true },
    });
    await h.clock.advance(45 * 60_000);
    const page = await h.open('history');
    const x = xa.history;
    await page.getByRole('heading', { name: x.chart.heading }).waitFor();
    await expectAllWordsFit(h, page, 'history', true);
    await page.getByRole('button', { name: x.chart.span(30) }).click();
    await page.getByText(x.chart.showNumbers).click();
    await page.getByRole('table').waitFor();
    await expectAllWordsFit(h, page, 'history-month');
  });

  it('history window with no breaks yet', async () => {
    const h = await start({ settings: { language: 'en-XA', safetyNoteSeen: true } });
    const page = await h.open('history');
    await page.getByText(xa.history.recent.empty).waitFor();
    await expectAllWordsFit(h, page, 'history-empty');
  });

  it('the tray menu and the reminder say only catalogue words', async () => {
    const h = await start({
      settings: { language: 'en-XA', reminderIntervalMinutes: 10, safetyNoteSeen: true },
    });
    await h.clock.advance(11 * 60_000);
    const reminder = h.notices.reminders.at(-1)!;
    const said = [reminder.title, reminder.body, ...Object.values(reminder.buttons)].map(
      (text) => ({ where: 'reminder', text }),
    );
    expect(wordsOutsideCatalogue(said)).toEqual([]);
    // The menu is the system's, sized to its words: only the words are checked.
    const tray = await h.trayPicture();
    expect(wordsOutsideCatalogue(await tray.evaluate<PageText[]>(TEXTS_IN_PAGE))).toEqual([]);
    await h.screenshot(tray, 'pseudo-tray');
  });
});
