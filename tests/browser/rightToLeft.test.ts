import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { browserSuite } from '../support/browserSuite';
import { FIT_PROBLEMS } from '../support/pageFit';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * A right-to-left language needs only its catalogue: its `dir` makes the page run right to
 * left, and the layout, written in logical properties, mirrors by itself. Each window is
 * checked as it reads left to right, then with `dir="rtl"` (what such a catalogue sets): rows
 * run the other way, text starts at the right, nothing is cut or scrolls sideways, and the
 * figure keeps its own sides (its left arm is still its left arm).
 */

const start = browserSuite();
const en = messagesFor('en', 'en-GB');

const middle = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.x + box.width / 2;
};

/** Where a text starts and ends within its own block: which side it hangs from. */
const hangsFrom = (locator: Locator) =>
  locator.evaluate((node) => {
    const range = node.ownerDocument.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    return text.left - box.left < box.right - text.right ? 'left' : 'right';
  });

/**
 * Where each part of the figure is drawn within it (every limb, the chair, the floor), to the
 * pixel: a mirrored figure draws its left arm where its right arm was.
 */
const partsOf = (figure: Locator) =>
  figure.evaluate((node) => {
    const frame = node.getBoundingClientRect();
    return [...node.querySelectorAll('svg *')].map((part) => {
      const box = part.getBoundingClientRect();
      return [Math.round(box.left - frame.left), Math.round(box.right - frame.left)];
    });
  });

const turnRightToLeft = async (page: Page) => {
  await page.evaluate("document.documentElement.dir = 'rtl'");
  await expect
    .poll(() => page.evaluate<string>('getComputedStyle(document.body).direction'))
    .toBe('rtl');
};

describe('right to left', () => {
  it('routine window: the controls and texts run the other way; the figure keeps its own sides', async () => {
    const h = await start({ routines: ['quiet-desk-routine'], settings: { safetyNoteSeen: true } });
    const page = await h.open('routine', { fakeTime: true });
    const p = en.routine.player;
    await page.getByRole('button', { name: en.routine.preview.start, exact: true }).click();
    await page.getByRole('button', { name: p.pauseButton }).waitFor();
    const plan = h.app.breaks.view()!.plan;
    const right = plan.segments.find((s) => s.kind === 'hold' && s.side === 'right')!;
    await h.pass(page, right.startMs + 2_000, 1_000);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: p.resume }).waitFor();

    const controls = page.getByRole('group', { name: p.controls });
    const back = controls.getByRole('button', { name: p.back });
    const next = controls.getByRole('button', { name: p.next });
    const figure = page.locator('[role="img"].figure');
    const cue = page.getByTestId('cue');
    const ltr = {
      back: await middle(back),
      next: await middle(next),
      figure: await partsOf(figure),
    };
    expect(ltr.back).toBeLessThan(ltr.next);
    await h.screenshot(page, 'rtl-routine-before');

    await turnRightToLeft(page);
    expect(await middle(back)).toBeGreaterThan(await middle(next));
    expect(await page.evaluate<string[]>(FIT_PROBLEMS)).toEqual([]);
    // The figure is drawn, not written: mirroring it would swap the sides the words name.
    expect(await partsOf(figure)).toEqual(ltr.figure);
    expect(await hangsFrom(cue)).toBe('right');
    await h.screenshot(page, 'rtl-routine');

    // The arrow keys follow the lines too: the left arrow points forward now.
    const progress = page.getByRole('progressbar');
    const before = Number(await progress.getAttribute('aria-valuenow'));
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => Number(await progress.getAttribute('aria-valuenow')))
      .toBeGreaterThan(before);
  });

  it('settings window: labels and fields swap sides, text starts at the right, nothing is cut', async () => {
    const h = await start({ settings: { safetyNoteSeen: true } });
    const page = await h.open('settings');
    const s = en.settings;
    await page.getByRole('heading', { name: s.sections.reminders }).waitFor();
    const label = page.getByText(en.units.numberLabel('reminderIntervalMinutes'), { exact: true });
    const field = page.getByLabel(en.units.numberLabel('reminderIntervalMinutes'), {
      exact: true,
    });
    const hint = page.getByText(s.busy.intro);
    expect(await hangsFrom(hint)).toBe('left');
    const ltr = { label: await middle(label), field: await middle(field) };

    await turnRightToLeft(page);
    expect(await hangsFrom(hint)).toBe('right');
    const rtl = { label: await middle(label), field: await middle(field) };
    // Whichever way round the row is laid out, it is the other way round now.
    expect(Math.sign(rtl.label - rtl.field)).toBe(-Math.sign(ltr.label - ltr.field));
    expect(await page.evaluate<string[]>(FIT_PROBLEMS)).toEqual([]);
    await h.screenshot(page, 'rtl-settings');
  });
});
