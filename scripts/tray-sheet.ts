/**
 * Draws the tray icon in each of its looks, light and dark, with the same code the tray uses,
 * into docs/screenshots/tray-icons.png for the README.
 *
 *   npx tsx scripts/tray-sheet.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodePng } from '../electron/main/adapters/png';
import { drawTrayIcon } from '../electron/main/core/trayIcon';
import type { TrayView } from '../electron/main/core/trayModel';

const SIZE = 32;
const GAP = 16;
const looks: TrayView['icon'][] = [
  { look: 'normal', minutes: 12, progress: 0.27 },
  { look: 'normal', minutes: 38, progress: 0.84 },
  { look: 'overdue', minutes: 78, progress: 1 },
  { look: 'waiting', minutes: 52, progress: 1 },
  { look: 'paused', minutes: 20, progress: 0 },
  { look: 'standing', minutes: 20, progress: 0 },
  { look: 'outside-hours', minutes: 0, progress: 0 },
  { look: 'away', minutes: 0, progress: 0 },
  { look: 'limited', minutes: 25, progress: 0.55 },
];
const backgrounds = [
  [236, 236, 236],
  [34, 34, 34],
] as const;

const width = GAP + looks.length * (SIZE + GAP);
const height = GAP + backgrounds.length * (SIZE + GAP);
const sheet = new Uint8Array(width * height * 4);
backgrounds.forEach(([r, g, b], row) => {
  for (
    let y = row * (SIZE + GAP);
    y < (row + 1) * (SIZE + GAP) + (row === backgrounds.length - 1 ? GAP : 0);
    y++
  ) {
    for (let x = 0; x < width; x++) sheet.set([r, g, b, 255], (y * width + x) * 4);
  }
  looks.forEach((icon, column) => {
    const bitmap = drawTrayIcon(icon, SIZE, row === 1);
    const left = GAP + column * (SIZE + GAP);
    const top = GAP + row * (SIZE + GAP);
    for (let y = 0; y < bitmap.height; y++) {
      for (let x = 0; x < bitmap.width; x++) {
        const from = (y * bitmap.width + x) * 4;
        const to = ((top + y) * width + left + x) * 4;
        const alpha = bitmap.rgba[from + 3]! / 255;
        for (let c = 0; c < 3; c++)
          sheet[to + c] = Math.round(bitmap.rgba[from + c]! * alpha + sheet[to + c]! * (1 - alpha));
      }
    }
  });
});
const out = resolve('docs/screenshots/tray-icons.png');
writeFileSync(out, encodePng(width, height, sheet));
console.log(out);
