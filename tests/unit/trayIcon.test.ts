import { describe, expect, it } from 'vitest';
import {
  drawTrayIcon,
  minutesText,
  trayPalette,
  type TrayBitmap,
} from '../../electron/main/core/trayIcon';
import type { TrayIconView, TrayLook } from '../../electron/main/core/trayModel';

type Rgb = readonly [number, number, number];

const pixel = (bitmap: TrayBitmap, x: number, y: number) => {
  const i = (y * bitmap.width + x) * 4;
  return [...bitmap.rgba.subarray(i, i + 4)] as [number, number, number, number];
};

/** Pixels that are fully opaque and within a few steps of the colour. */
function count(bitmap: TrayBitmap, colour: Rgb, area?: (x: number, y: number) => boolean): number {
  let n = 0;
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (area && !area(x, y)) continue;
      const [r, g, b, a] = pixel(bitmap, x, y);
      if (
        a === 255 &&
        Math.abs(r - colour[0]) + Math.abs(g - colour[1]) + Math.abs(b - colour[2]) <= 12
      )
        n++;
    }
  }
  return n;
}

const icon = (look: TrayLook, minutes = 32, progress = 0.5): TrayIconView => ({
  look,
  minutes,
  progress,
});
const light = trayPalette(false);
const dark = trayPalette(true);

describe('drawTrayIcon', () => {
  it.each([16, 22, 32])('draws a %i px square of RGBA with clear corners', (size) => {
    const bitmap = drawTrayIcon(icon('normal'), size, false);
    expect(bitmap.width).toBe(size);
    expect(bitmap.height).toBe(size);
    expect(bitmap.rgba).toHaveLength(size * size * 4);
    for (const [x, y] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
      [size - 1, size - 1],
    ] as const) {
      expect(pixel(bitmap, x, y)[3]).toBe(0);
    }
    // The middle is the badge's opaque disc.
    expect(pixel(bitmap, Math.floor(size / 2), 1)[3]).toBeGreaterThan(0);
  });

  it.each([16, 22, 32])('fills more of the ring as the reminder nears (%i px)', (size) => {
    const filled = [0, 0.25, 0.5, 0.75, 1].map((progress) =>
      count(drawTrayIcon(icon('normal', 10, progress), size, false), light.progress),
    );
    expect(filled[0]).toBe(0);
    for (let i = 1; i < filled.length; i++) expect(filled[i]!).toBeGreaterThan(filled[i - 1]!);
  });

  it("fills clockwise from twelve o'clock", () => {
    const size = 32;
    const quarter = drawTrayIcon(icon('normal', 10, 0.25), size, false);
    const inQuadrant = (right: boolean, top: boolean) => (x: number, y: number) =>
      x >= size / 2 === right && y < size / 2 === top;
    expect(count(quarter, light.progress, inQuadrant(true, true))).toBeGreaterThan(10);
    expect(count(quarter, light.progress, inQuadrant(false, true))).toBe(0);
    expect(count(quarter, light.progress, inQuadrant(true, false))).toBe(0);
    expect(count(quarter, light.progress, inQuadrant(false, false))).toBe(0);
  });

  it('writes the minutes in the middle, so different minutes look different', () => {
    const middle = (size: number) => (x: number, y: number) =>
      Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) < size / 4;
    for (const size of [16, 22, 32]) {
      const a = drawTrayIcon(icon('normal', 12, 0.5), size, false);
      const b = drawTrayIcon(icon('normal', 47, 0.5), size, false);
      expect(count(a, light.text, middle(size))).toBeGreaterThan(5);
      expect(Buffer.from(a.rgba).equals(Buffer.from(b.rgba))).toBe(false);
    }
  });

  it('keeps the digits clear of the ring at every size', () => {
    for (const size of [16, 22, 32]) {
      const bitmap = drawTrayIcon(icon('normal', 88, 1), size, false);
      const thickness = Math.max(1.5, size * 0.12);
      const ringBand = (x: number, y: number) =>
        Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) > size / 2 - 0.5 - thickness;
      expect(count(bitmap, light.text, ringBand)).toBe(0);
    }
  });

  it('draws the overdue ring whole, in the warning colour', () => {
    const bitmap = drawTrayIcon(icon('overdue', 78, 1), 32, false);
    expect(count(bitmap, light.warning)).toBeGreaterThan(
      count(drawTrayIcon(icon('normal', 78, 1), 32, false), light.progress) * 0.9,
    );
    expect(count(bitmap, light.progress)).toBe(0);
    expect(count(bitmap, light.text)).toBeGreaterThan(0);
  });

  it('breaks the ring into twelve ticks while a reminder waits, whatever the progress', () => {
    const size = 32;
    const bitmap = drawTrayIcon(icon('waiting', 52, 0.3), size, false);
    // Walk the middle of the ring clockwise and count the runs of the progress colour.
    const radius = size / 2 - 0.5 - Math.max(1.5, size * 0.12) / 2;
    const around = Array.from({ length: 360 }, (_, degree) => {
      const angle = (degree * Math.PI) / 180;
      const x = Math.floor(size / 2 + radius * Math.sin(angle));
      const y = Math.floor(size / 2 - radius * Math.cos(angle));
      return count(bitmap, light.progress, (px, py) => px === x && py === y) > 0 ? '#' : '.';
    }).join('');
    const runs = `${around}${around[0]}`.match(/#+/g) ?? [];
    expect(runs.length).toBeGreaterThanOrEqual(12);
    expect(runs.length).toBeLessThanOrEqual(13);
    expect(count(bitmap, light.text)).toBeGreaterThan(0);
    expect(drawTrayIcon(icon('waiting', 52, 0.9), size, false).rgba).toEqual(bitmap.rgba);
  });

  it('shows paused as two bars with a gap between them', () => {
    const size = 32;
    const bitmap = drawTrayIcon(icon('paused', 0, 0), size, false);
    const column = (x: number) => count(bitmap, light.text, (px) => px === x);
    const columns = Array.from({ length: size }, (_, x) => column(x));
    // Two separate runs of filled columns around the middle, each a bar taller than it is wide.
    const filled = columns.map((n) => (n > 0 ? '#' : '.')).join('');
    expect(filled.replace(/^\.+|\.+$/g, '')).toMatch(/^#{2,}\.{2,}#{2,}$/);
    expect(Math.max(...columns)).toBeGreaterThan(size / 3);
  });

  it('marks limited idle detection with a dot in the top right corner', () => {
    const size = 22;
    const bitmap = drawTrayIcon(icon('limited', 32, 0.5), size, false);
    const topRight = (x: number, y: number) => x >= size * 0.6 && y <= size * 0.4;
    expect(count(bitmap, light.warning, topRight)).toBeGreaterThan(4);
    expect(count(drawTrayIcon(icon('normal', 32, 0.5), size, false), light.warning)).toBe(0);
  });

  it('shows standing as an upward arrow: narrow at the top, wide lower down', () => {
    const size = 32;
    const bitmap = drawTrayIcon(icon('standing', 0, 0), size, false);
    const width = (y: number) => count(bitmap, light.progress, (_, py) => py === y);
    const rows = Array.from({ length: size }, (_, y) => width(y))
      .map((n, y) => ({ n, y }))
      .filter((r) => r.n > 0);
    const widest = rows.reduce((a, b) => (b.n > a.n ? b : a));
    expect(rows[0]!.n).toBeLessThan(widest.n);
    expect(rows[rows.length - 1]!.n).toBeLessThan(widest.n);
    expect(widest.y).toBeLessThan(size / 2 + 1);
  });

  it('gives every look its own picture', () => {
    const looks: TrayLook[] = [
      'normal',
      'paused',
      'standing',
      'outside-hours',
      'overdue',
      'waiting',
      'limited',
      'away',
    ];
    for (const size of [16, 22, 32]) {
      const pictures = looks.map((look) =>
        Buffer.from(drawTrayIcon(icon(look, 0, 0), size, true).rgba).toString('base64'),
      );
      expect(new Set(pictures).size).toBe(looks.length);
    }
  });

  it('uses light marks on the dark palette and dark marks on the light one', () => {
    const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
    expect(luminance(dark.text)).toBeGreaterThan(luminance(dark.disc) + 150);
    expect(luminance(light.text)).toBeLessThan(luminance(light.disc) - 150);
    const onDark = drawTrayIcon(icon('normal', 45, 0.3), 22, true);
    const onLight = drawTrayIcon(icon('normal', 45, 0.3), 22, false);
    expect(count(onDark, dark.text)).toBeGreaterThan(10);
    expect(count(onLight, light.text)).toBeGreaterThan(10);
    // No white disc on the dark one: its background is the dark disc.
    expect(count(onDark, light.disc)).toBe(0);
    expect(count(onDark, dark.disc)).toBeGreaterThan(50);
  });
});

describe('minutesText', () => {
  it('fits any stretch into two characters', () => {
    expect(minutesText(0)).toBe('0');
    expect(minutesText(7.9)).toBe('7');
    expect(minutesText(99)).toBe('99');
    expect(minutesText(100)).toBe('1h');
    expect(minutesText(599)).toBe('9h');
    expect(minutesText(600)).toBe('9+');
  });
});
