/**
 * Renders build/icon.svg to build/icon.png (1024 × 1024) in Chromium. electron-builder makes
 * the macOS and Windows icon formats from that PNG.
 *
 *   npx tsx scripts/make-icon.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/chromium';

const svg = readFileSync(resolve('build/icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  await page.setContent(
    `<body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="1024" height="1024" ')}</body>`,
  );
  await page.screenshot({ path: resolve('build/icon.png'), omitBackground: true });
  console.log('build/icon.png');
} finally {
  await browser.close();
}
