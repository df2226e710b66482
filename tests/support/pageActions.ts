import type { Page } from 'playwright-core';

/**
 * Does something that makes main close the page (Close, Not now, Escape). Playwright may report
 * the page closing under its action as a failure; that is only tolerated once the page is gone.
 */
export async function closingAction(page: Page, action: () => Promise<unknown>): Promise<void> {
  const closed = page.waitForEvent('close');
  try {
    await action();
  } catch (error) {
    if (!page.isClosed()) throw error;
  }
  await closed;
}

/** Moves the focus with Tab, as a keyboard user would, until it reaches the named control. */
export async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate('document.activeElement?.textContent?.trim()');
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}
