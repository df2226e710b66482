import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_POLICY } from '../../electron/main/adapters/bundleFiles';
import { browserSuite } from '../support/browserSuite';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/** Every built page carries the app's one policy, and Chromium enforces it. */

const start = browserSuite();
const PAGES = ['routine', 'settings', 'history'] as const;

describe('built pages', () => {
  it.each(PAGES)('%s.html carries the content security policy', (page) => {
    const html = readFileSync(resolve(`out/renderer/${page}.html`), 'utf8').replaceAll(
      '&#39;',
      "'",
    );
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">`);
  });

  it.each(PAGES)(
    '%s window runs no injected inline script and reaches no network',
    async (kind) => {
      const h = await start({ settings: { safetyNoteSeen: true } });
      const page = await h.open(kind);
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
      });
      await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'globalThis.injected = true';
      document.head.append(script);
    })()`);
      expect(await page.evaluate('globalThis.injected === true')).toBe(false);
      const fetched = await page.evaluate(
        `fetch('https://example.com/').then(() => 'reached', () => 'refused')`,
      );
      expect(fetched).toBe('refused');
      await expect.poll(() => blocked.length).toBeGreaterThanOrEqual(2);
    },
  );
});
