/**
 * `npm run icons`: renders build/icon.svg in Chromium at every size the installers need and
 * writes each platform's icon from those pictures:
 *
 * - build/icon.png, 1024 × 1024, the source electron-builder falls back to;
 * - build/icons/<size>x<size>.png, the Linux set (deb and AppImage);
 * - build/icon.ico, Windows (PNG entries, 16 to 256);
 * - build/icon.icns, macOS (PNG entries, 16 to 1024, 1× and 2×);
 * - build/icons.json, the SVG's hash, so a test notices an SVG changed without new icons.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { encodeIcns, encodeIco, ICNS_ENTRIES, ICO_SIZES, LINUX_SIZES } from './iconFormats';

const svg = readFileSync(resolve('build/icon.svg'), 'utf8');
const sizes = [
  ...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_ENTRIES.map((e) => e.size), 1024]),
];

const browser = await launchChromium();
const pictures = new Map<number, Buffer>();
try {
  const page = await browser.newPage();
  for (const size of sizes.sort((a, b) => a - b)) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
    );
    pictures.set(size, await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}

const written: string[] = [];
const write = (path: string, data: Buffer) => {
  writeFileSync(resolve(path), data);
  written.push(path);
};
write('build/icon.png', pictures.get(1024)!);
rmSync(resolve('build/icons'), { recursive: true, force: true });
mkdirSync(resolve('build/icons'));
for (const size of LINUX_SIZES) write(`build/icons/${size}x${size}.png`, pictures.get(size)!);
write('build/icon.ico', encodeIco(ICO_SIZES.map((size) => pictures.get(size)!)));
write(
  'build/icon.icns',
  encodeIcns(ICNS_ENTRIES.map((e) => ({ type: e.type, png: pictures.get(e.size)! }))),
);
writeFileSync(
  resolve('build/icons.json'),
  `${JSON.stringify({ svgSha256: createHash('sha256').update(svg).digest('hex') }, null, 2)}\n`,
);
console.log(written.join('\n'));
