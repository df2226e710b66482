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
