import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { parseHistory } from '../../electron/main/core/historyLog';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { seriousAccessibilityProblems } from '../support/axe';
import { parseCsv } from '../support/csv';
import { closingAction, type Harness } from '../support/browserHarness';
import { browserSuite } from '../support/browserSuite';
import { weekOfBreaks as week } from '../support/historyFixtures';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * The history window, built, in real Chromium, against the real main-side app: breaks played
 * through the routine window show up, and the CSV export holds exactly what the file holds.
 */

const start = browserSuite();

/** Plays the offered routine to the end through the routine window, in simulated time. */
async function playRoutine(h: Harness) {
  h.pageOptions.fakeTime = true;
  const page = await h.open('routine', { fakeTime: true });
  await page.getByRole('button', { name: 'Start' }).click();
  const total = h.app.breaks.view()!.plan.totalMs;
  await h.pass(page, total + 1_000, 5_000);
  await page.getByRole('heading', { name: 'Well done' }).waitFor();
  await closingAction(page, () => page.getByRole('button', { name: 'Close' }).click());
  expect(h.windowLog).toContain('closed routine');
}

describe('history window', () => {
  it('shows breaks played in the routine window and snoozes from the tray', async () => {
    const h = await start({
      settings: { safetyNoteSeen: true },
      routines: ['one-minute-desk-reset'],
    });
    await h.clock.advance(20 * 60_000);
    await playRoutine(h);
    h.app.trayAction('snooze-10');

    const page = await h.open('history');
    const today = page.getByRole('region', { name: 'Today' });
    await expect.poll(() => today.textContent()).toMatch(/Breaks taken\s*1/);
    expect(await today.textContent()).toMatch(/Snoozed\s*1/);
    expect(await page.getByRole('region', { name: 'Recent breaks' }).textContent()).toContain(
      'One-minute desk reset',
    );

    // A second break while the window is open: it refreshes by itself.
    await h.clock.advance(20 * 60_000);
    await playRoutine(h);
    await expect.poll(() => today.textContent()).toMatch(/Breaks taken\s*2/);
  });

  it('exports CSV that matches the history file, record for record', async () => {
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const h = await start({
      startWallMs: now,
      history: week(now),
      settings: { safetyNoteSeen: true },
    });
    h.app.trayAction('snooze-5');
    const page = await h.open('history');
    await page.getByRole('button', { name: 'Export to CSV…' }).click();
    await expect.poll(() => h.exported.length).toBe(1);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Saved \d+ rows? to /);

    const records = parseHistory(h.readHistoryFile()).records;
    const rows = parseCsv(readFileSync(h.exported[0]!, 'utf8'));
    const [header, ...body] = rows;
    expect(body).toHaveLength(records.length);
    const column = (name: string) => header!.indexOf(name);
    body.forEach((row, i) => {
      const record = records[i]!;
      expect(row[column('type')]).toBe(record.type);
      expect(Number(row[column('time_ms')])).toBe(
        record.type === 'stretch' ? record.start : record.at,
      );
      if (record.type === 'break') {
        expect(row[column('break_id')]).toBe(record.id);
        expect(row[column('routine_id')]).toBe(record.routineId);
        expect(Number(row[column('duration_ms')])).toBe(record.durationMs);
      }
      if (record.type === 'snooze')
        expect(Number(row[column('snooze_minutes')])).toBe(record.minutes);
    });
  });

  it('charts the last 7 and 30 days, readable by keyboard and screen reader, light and dark', async () => {
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const h = await start({
      startWallMs: now,
      history: week(now),
      settings: { dailyBreakGoal: 3, safetyNoteSeen: true },
    });
    await h.clock.advance(45 * 60_000);
    const page: Page = await h.open('history');
    await page.getByRole('heading', { name: 'Breaks each day' }).waitFor();
    expect(
      await page.getByRole('img', { name: /Breaks taken each day over the last 7 days/ }).count(),
    ).toBe(1);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'history');

    await page.getByRole('button', { name: '30 days' }).press('Enter');
    await expect
      .poll(() => page.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.getByText('Show the numbers').click();
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(30);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'history-dark');
  });

  it("mirrors the chart right to left and fits the pseudo-locale's longer words in a narrow window", async () => {
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const h = await start({
      startWallMs: now,
      history: week(now),
      settings: { language: 'en-XA', dailyBreakGoal: 3, safetyNoteSeen: true },
    });
    await h.clock.advance(45 * 60_000);
    const xa = messagesFor('en-XA', 'en-GB').history;
    const page = await h.open('history', { viewport: { width: 320, height: 700 } });
    await page.getByRole('heading', { name: xa.chart.heading }).waitFor();

    /** Where the chart's parts are on screen, and whether a text sticks out of the chart. */
    const chart = () =>
      page.locator('svg').evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const boxes = (selector: string) =>
          [...svg.querySelectorAll(selector)].map((part) => ({
            text: part.textContent ?? '',
            box: part.getBoundingClientRect(),
          }));
        const bars = boxes('rect');
        const texts = boxes('text');
        const days = boxes('text.day');
        return {
          oldest: bars[0]!.box.left,
          today: bars.at(-1)!.box.left,
          ticks: boxes('text.tick').map(({ box }) => box.left),
          middle: frame.left + frame.width / 2,
          outside: texts
            .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
            .map(({ text }) => text),
          overlapping: days
            .filter(({ box }, i) =>
              days.some(
                ({ box: other }, j) => j !== i && box.left < other.right && other.left < box.right,
              ),
            )
            .map(({ text }) => text),
        };
      });
    const sideways = () =>
      page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );

    const ltr = await chart();
    expect(ltr.today).toBeGreaterThan(ltr.oldest);
    expect(ltr.ticks.every((left) => left < ltr.middle)).toBe(true);
    expect(ltr.outside).toEqual([]);
    expect(ltr.overlapping).toEqual([]);
    expect(await sideways()).toBe(0);
    await h.screenshot(page, 'history-pseudo');

    await page.evaluate("document.documentElement.dir = 'rtl'");
    await expect.poll(async () => (await chart()).today < (await chart()).oldest).toBe(true);
    const rtl = await chart();
    expect(rtl.ticks.every((left) => left > rtl.middle)).toBe(true);
    expect(rtl.outside).toEqual([]);
    expect(rtl.overlapping).toEqual([]);
    expect(await sideways()).toBe(0);
    await h.screenshot(page, 'history-rtl');

    await page.getByRole('button', { name: xa.chart.span(30) }).click();
    await expect.poll(async () => (await chart()).outside).toEqual([]);
    expect((await chart()).overlapping).toEqual([]);

    // The numbers' table scrolls by itself when its columns do not fit; the page does not.
    await page.getByText(xa.chart.showNumbers).click();
    await page.getByRole('table').waitFor();
    expect(await sideways()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
