import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { parseHistory } from '../../electron/main/core/historyLog';
import { messagesFor } from '../../electron/shared/i18n/messages';
import type { HarnessOptions } from '../support/browserHarness';
import { browserSuite } from '../support/browserSuite';
import { FIT_PROBLEMS, WORDS_BROKEN } from '../support/pageFit';
import { TEXTS_IN_PAGE, type PageText } from '../support/pageTexts';
import { seriousAccessibilityProblems } from '../support/axe';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * Backbreak in German and in Spanish, as a person meets it: one by following the system's
 * language, the other by the Language setting. A full routine is played to the end by the
 * keyboard and recorded, and the settings window changes a value, refuses one and adds hours,
 * every screen in the language with no English left and nothing cut; the tray and the
 * reminder speak it too. The screenshots are the README's.
 */

const start = browserSuite();

/**
 * Words that would show an English sentence was left on screen (whole words, any case), and
 * that German and Spanish never use: "Routine", "Pause" and "Start" are German words too.
 */
const ENGLISH =
  /\b(the|and|you|your|with|from|this|that|step|steps|breathe|well done|sitting|settings|reminders?|break|breaks|window|minutes|seconds|close|next|back|resume)\b/i;

async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page.evaluate<PageText[]>(TEXTS_IN_PAGE);
  return texts
    .filter(({ text }) => ENGLISH.test(text))
    .map(({ where, text }) => `${where} ${text}`);
}

/** The page says nothing in English, fits, and passes axe. */
async function expectWholly(page: Page, screen: string) {
  expect(await englishLeft(page), `${screen}: English left`).toEqual([]);
  expect(await page.evaluate<string[]>(FIT_PROBLEMS), `${screen}: text that does not fit`).toEqual(
    [],
  );
  expect(await seriousAccessibilityProblems(page), screen).toEqual([]);
}

interface Language {
  locale: 'de' | 'es';
  tag: string;
  how: string;
  options: HarnessOptions;
}

const LANGUAGES: Language[] = [
  {
    locale: 'de',
    tag: 'de-DE',
    how: 'following the system language',
    options: { systemLanguages: ['de-DE', 'en-US'] },
  },
  {
    locale: 'es',
    tag: 'es-ES',
    how: 'chosen in Settings',
    options: { systemLanguages: ['es-ES'], settings: { language: 'es' } },
  },
];

describe.each(LANGUAGES)('in $locale, $how', ({ locale, tag, options }) => {
  const t = messagesFor(locale, tag);

  it('plays a full routine by keyboard, every screen in the language, and records it', async () => {
    const h = await start({ ...options, routines: ['quiet-desk-routine'] });
    const page = await h.open('routine', { fakeTime: true });
    const r = t.routine;
    await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe(tag);
    expect(await page.title()).toBe(t.windowTitle.routine);

    await page.getByRole('button', { name: r.safetyNote.understood }).waitFor();
    await expectWholly(page, 'safety note');
    await h.screenshot(page, `${locale}-routine-safety-note`);
    await page.keyboard.press('Enter');

    const plan = h.app.breaks.view()!.plan;
    await page.getByRole('heading', { level: 1, name: plan.title }).waitFor();
    await page.getByRole('button', { name: r.preview.start, exact: true }).waitFor();
    await expectWholly(page, 'preview');
    await h.screenshot(page, `${locale}-routine-preview`);
    // Start has the focus: Enter starts the routine.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: r.player.pauseButton }).waitFor();

    let elapsed = 0;
    const shots = new Set<string>();
    for (const segment of plan.segments) {
      const at = segment.startMs + Math.min(segment.durationMs / 2, 2_600);
      await h.pass(page, at - elapsed, 1_000);
      elapsed = at;
      const kind = segment.pause ?? segment.kind;
      expect(await page.locator('#exercise-name').textContent()).toBe(
        plan.exercises[segment.exerciseId]!.name,
      );
      expect(await englishLeft(page), `step ${segment.index} (${kind})`).toEqual([]);
      if (!shots.has(kind)) {
        expect(await page.evaluate<string[]>(FIT_PROBLEMS), kind).toEqual([]);
        await h.screenshot(page, `${locale}-routine-${kind}`);
        shots.add(kind);
      }
    }
    expect(await page.locator('[aria-live="polite"]').last().textContent()).not.toMatch(ENGLISH);

    await h.pass(page, plan.totalMs - elapsed + 1_000, 5_000);
    await page.getByRole('heading', { name: r.done.taken }).waitFor();
    await expectWholly(page, 'done');
    await h.screenshot(page, `${locale}-routine-done`);
    // In the narrowest window too, every word stays whole.
    await page.setViewportSize({ width: 320, height: 620 });
    expect(await page.evaluate<string[]>(FIT_PROBLEMS)).toEqual([]);
    expect(await page.evaluate<string[]>(WORDS_BROKEN)).toEqual([]);
    await page.getByRole('button', { name: r.done.feelings.better }).click();
    await page.getByText(r.done.noted).waitFor();

    const records = parseHistory(h.readHistoryFile()).records;
    expect(records.find((record) => record.type === 'break')).toMatchObject({
      outcome: 'taken',
      routineId: 'quiet-desk-routine',
      plannedMs: plan.totalMs,
    });
    expect(records.find((record) => record.type === 'feeling')).toMatchObject({
      feeling: 'better',
    });
  });

  it('changes, refuses and adds in the settings window, all in the language', async () => {
    const h = await start({ ...options, settings: { ...options.settings, safetyNoteSeen: true } });
    const page = await h.open('settings');
    const s = t.settings;
    await page.getByRole('heading', { name: s.sections.reminders }).waitFor();
    expect(await page.title()).toBe(t.windowTitle.settings);
    await expectWholly(page, 'settings');
    await h.screenshot(page, `${locale}-settings`);

    const label = t.units.numberLabel('reminderIntervalMinutes');
    const interval = page.getByLabel(label, { exact: true });
    await interval.fill('30');
    await interval.press('Tab');
    await expect.poll(() => page.getByRole('status').textContent()).toContain(s.savedNote.saved);
    expect(h.readSettingsFile().reminderIntervalMinutes).toBe(30);

    await interval.fill('500');
    await interval.press('Tab');
    const error = page.locator(`#${await interval.getAttribute('id')}-error`);
    await expect
      .poll(() => error.textContent())
      .toBe(t.settingError('number', 'reminderIntervalMinutes'));
    expect(await interval.getAttribute('aria-invalid')).toBe('true');
    expect(h.readSettingsFile().reminderIntervalMinutes).toBe(30);

    await page.getByRole('button', { name: s.hours.addLabel('mon') }).click();
    const until = page.getByLabel(s.hours.until('mon', 1, 2), { exact: true });
    await until.selectOption('06:00');
    await page.getByText(s.hours.nextDay).first().waitFor();
    await expectWholly(page, 'settings, refused and added');
    await page.getByRole('group', { name: s.hours.legend }).scrollIntoViewIfNeeded();
    await h.screenshot(page, `${locale}-settings-hours`);
  });

  it('speaks the language in the tray and the reminder', async () => {
    const h = await start({
      ...options,
      settings: { ...options.settings, reminderIntervalMinutes: 10, safetyNoteSeen: true },
    });
    await h.clock.advance(11 * 60_000);
    const reminder = h.notices.reminders.at(-1)!;
    expect(reminder.buttons.start).toBe(t.notify.start);
    for (const text of [reminder.title, reminder.body, ...Object.values(reminder.buttons)])
      expect(text).not.toMatch(ENGLISH);
    const tray = h.trayViews.at(-1)!;
    for (const item of tray.menu) if ('label' in item) expect(item.label).not.toMatch(ENGLISH);
    expect(tray.statusLine).not.toMatch(ENGLISH);
  });
});
