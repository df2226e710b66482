import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { WindowKind } from '../../electron/shared/views';
import { WINDOW_SIZES, type Harness, type PageOptions } from '../support/browserHarness';
import { browserSuite } from '../support/browserSuite';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * WCAG 1.4.10 (reflow): each window at 320 CSS pixels wide, and at its usual size zoomed to
 * 200%, shows everything with no sideways scrolling, and every control can be reached: it
 * lies inside the window's width and, once scrolled to, inside its height.
 */

const start = browserSuite();

const narrow = (kind: WindowKind): PageOptions => ({
  viewport: { width: 320, height: WINDOW_SIZES[kind].height },
});
const zoomed: PageOptions = { zoom: 2 };

interface Unreachable {
  control: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every control that is not inside the viewport once scrolled into view, and the page's overflow. */
async function reflowProblems(
  page: Page,
): Promise<{ sideways: number; unreachable: Unreachable[] }> {
  const controls = page.locator(
    'button:visible, input:visible, select:visible, summary:visible, a[href]:visible, [tabindex="0"]:visible',
  );
  const unreachable: Unreachable[] = [];
  for (const control of await controls.all()) {
    await control.scrollIntoViewIfNeeded();
    const found = await control.evaluate((node) => {
      const box = node.getBoundingClientRect();
      const view = node.ownerDocument.documentElement;
      const name =
        node.getAttribute('aria-label') ?? node.textContent?.trim() ?? node.getAttribute('id');
      return {
        control: `${node.tagName.toLowerCase()} "${name}"`,
        left: Math.round(box.left),
        right: Math.round(box.right),
        top: Math.round(box.top),
        bottom: Math.round(box.bottom),
        inside:
          box.left >= -0.5 &&
          box.right <= view.clientWidth + 0.5 &&
          box.top >= -0.5 &&
          box.bottom <= view.clientHeight + 0.5,
      };
    });
    if (!found.inside) {
      const { inside: _inside, ...where } = found;
      unreachable.push(where);
    }
  }
  const sideways = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  return { sideways, unreachable };
}

async function expectReflows(page: Page) {
  expect(await reflowProblems(page)).toEqual({ sideways: 0, unreachable: [] });
}

/** The routine window through each of its screens, checked at each. */
async function everyRoutineScreen(h: Harness, page: Page, name: string) {
  await page.getByRole('button', { name: 'I understand' }).waitFor();
  await expectReflows(page);
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await expectReflows(page);
  await h.screenshot(page, `${name}-preview`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await expectReflows(page);
  await h.screenshot(page, `${name}-player`);
  // Straight to the end: Next through every segment, to the done screen.
  const done = page.getByRole('heading', { level: 1, name: /Well done|That counts/ });
  for (let presses = 0; presses < 100 && !(await done.isVisible()); presses++) {
    await page.keyboard.press('ArrowRight');
  }
  await done.waitFor();
  await expectReflows(page);
  await h.screenshot(page, `${name}-done`);
}

describe('windows reflow', () => {
  for (const [label, options] of [
    ['320 px wide', narrow],
    ['200% zoom', () => zoomed],
  ] as const) {
    it(`routine window at ${label}`, async () => {
      const h = await start({ routines: ['three-minute-desk-reset'] });
      const page = await h.open('routine', options('routine'));
      await everyRoutineScreen(
        h,
        page,
        `reflow-${label.startsWith('320') ? 'narrow' : 'zoom'}-routine`,
      );
    });

    it(`settings window at ${label}`, async () => {
      const h = await start();
      const page = await h.open('settings', options('settings'));
      await page.getByRole('heading', { name: 'Reminders' }).waitFor();
      await page.getByRole('button', { name: 'Add hours on Monday' }).click();
      await page.getByLabel('Monday, hours 2, until', { exact: true }).waitFor();
      await expectReflows(page);
      await h.screenshot(page, `reflow-${label.startsWith('320') ? 'narrow' : 'zoom'}-settings`);
    });

    it(`history window at ${label}`, async () => {
      const h = await start();
      const page = await h.open('history', options('history'));
      await page.getByRole('heading', { name: 'Today' }).waitFor();
      await expectReflows(page);
      await h.screenshot(page, `reflow-${label.startsWith('320') ? 'narrow' : 'zoom'}-history`);
    });
  }
});
