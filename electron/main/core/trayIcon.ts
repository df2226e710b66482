import type { TrayIconView } from './trayModel';

/**
 * Draws the tray icon as RGBA pixels, so it needs no native image library: a round badge with
 * a ring that fills toward the next reminder and the sitting minutes as digits in the middle,
 * or a symbol for the looks that do not count (paused, standing, outside working hours, away).
 * While a reminder waits for the person to be free, the ring breaks into ticks.
 *
 * The badge has its own background disc, so the digits stay readable on any menu bar or panel
 * whatever colour it is; `dark` picks the palette that sits best on a dark one.
 */

export interface TrayBitmap {
  width: number;
  height: number;
  /** Rows top to bottom, 4 bytes a pixel, not premultiplied. */
  rgba: Uint8Array;
}

type Rgb = readonly [number, number, number];

export interface TrayPalette {
  disc: Rgb;
  track: Rgb;
  progress: Rgb;
  warning: Rgb;
  text: Rgb;
  muted: Rgb;
}

/** The theme's colours (see renderer/src/ui/theme.css), picked for contrast against the disc. */
export function trayPalette(dark: boolean): TrayPalette {
  return dark
    ? {
        disc: [28, 35, 39],
        track: [74, 88, 85],
        progress: [124, 196, 178],
        warning: [255, 180, 84],
        text: [236, 240, 238],
        muted: [167, 180, 176],
      }
    : {
        disc: [255, 255, 255],
        track: [206, 212, 208],
        progress: [43, 106, 93],
        warning: [196, 92, 0],
        text: [29, 39, 44],
        muted: [77, 91, 99],
      };
}

export function drawTrayIcon(icon: TrayIconView, size: number, dark: boolean): TrayBitmap {
  const side = Math.max(16, Math.round(size));
  const canvas = new Canvas(side);
  const colours = trayPalette(dark);
  const centre = side / 2;
  const outer = side / 2 - 0.5;
  const thickness = Math.max(1.5, side * 0.12);
  const inner = outer - thickness;
  const distance = (x: number, y: number) => Math.hypot(x - centre, y - centre);
  const onRing = (x: number, y: number) => {
    const d = distance(x, y);
    return d >= inner && d <= outer;
  };

  canvas.fill((x, y) => distance(x, y) <= outer, colours.disc);

  switch (icon.look) {
    case 'normal':
    case 'limited': {
      canvas.fill(onRing, colours.track);
      const sweep = clamp01(icon.progress) * 2 * Math.PI;
      // Clockwise from twelve o'clock; y grows downwards, hence the minus.
      canvas.fill(
        (x, y) => onRing(x, y) && angleFromTop(x - centre, y - centre) < sweep,
        colours.progress,
      );
      drawDigits(canvas, minutesText(icon.minutes), inner, colours.text);
      if (icon.look === 'limited') {
        // A dot tucked into the corner, clear of the digits, ringed in the disc colour so it
        // stands apart from the ring it overlaps.
        const r = side * 0.16;
        const cx = side - r;
        const cy = r;
        canvas.fill(
          (x, y) => Math.hypot(x - cx, y - cy) <= r + Math.max(1, side / 16),
          colours.disc,
        );
        canvas.fill((x, y) => Math.hypot(x - cx, y - cy) <= r, colours.warning);
      }
      break;
    }
    case 'waiting': {
      // The ring as twelve ticks, a clock face's five minutes each: the reminder waits and
      // looks again every few minutes. The digits go on counting.
      const tick = (2 * Math.PI) / 12;
      canvas.fill(
        (x, y) => onRing(x, y) && angleFromTop(x - centre, y - centre) % tick < tick * 0.55,
        colours.progress,
      );
      drawDigits(canvas, minutesText(icon.minutes), inner, colours.text);
      break;
    }
    case 'overdue':
      canvas.fill(onRing, colours.warning);
      drawDigits(canvas, minutesText(icon.minutes), inner, colours.text);
      break;
    case 'paused': {
      canvas.fill(onRing, colours.track);
      const width = Math.max(2, Math.round(side * 0.14));
      const height = Math.round(side * 0.44);
      const gap = Math.max(2, Math.round(side * 0.12));
      const left = Math.round((side - 2 * width - gap) / 2);
      const top = Math.round((side - height) / 2);
      canvas.rect(left, top, width, height, colours.text);
      canvas.rect(left + width + gap, top, width, height, colours.text);
      break;
    }
    case 'standing': {
      // An upward arrow: up on your feet.
      canvas.fill(onRing, colours.track);
      const headTop = centre - inner * 0.72;
      const headBase = centre - inner * 0.05;
      const halfHead = inner * 0.6;
      const halfStem = Math.max(0.9, inner * 0.17);
      canvas.fill((x, y) => {
        const inHead =
          y >= headTop &&
          y <= headBase &&
          Math.abs(x - centre) <= ((y - headTop) / (headBase - headTop)) * halfHead;
        const inStem =
          y >= headBase - 0.5 && y <= centre + inner * 0.72 && Math.abs(x - centre) <= halfStem;
        return inHead || inStem;
      }, colours.progress);
      break;
    }
    case 'outside-hours': {
      // A crescent moon: the day's work is over.
      canvas.fill(onRing, colours.track);
      const r = inner * 0.75;
      const shadowX = centre + r * 0.55;
      const shadowY = centre - r * 0.4;
      canvas.fill(
        (x, y) => distance(x, y) <= r && Math.hypot(x - shadowX, y - shadowY) > r * 0.82,
        colours.muted,
      );
      break;
    }
    case 'away': {
      // A dash: nothing to count while nobody is sitting.
      canvas.fill(onRing, colours.track);
      const width = Math.round(inner * 0.9);
      const height = Math.max(2, Math.round(side * 0.1));
      canvas.rect(
        Math.round(centre - width / 2),
        Math.round(centre - height / 2),
        width,
        height,
        colours.muted,
      );
      break;
    }
  }
  return { width: side, height: side, rgba: canvas.pixels };
}

/** The digits shown for the sitting minutes: two characters at most, so they fit any size. */
export function minutesText(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  if (whole < 100) return String(whole);
  if (whole < 600) return `${Math.floor(whole / 60)}h`;
  return '9+';
}

function angleFromTop(dx: number, dy: number): number {
  const angle = Math.atan2(dx, -dy);
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

// ---------------------------------------------------------------- digits

interface BitmapFont {
  width: number;
  height: number;
  glyphs: Record<string, string[]>;
}

/** Digits as small bitmaps, drawn on whole pixels so they stay sharp at 16 px. */
const SMALL_FONT: BitmapFont = {
  width: 3,
  height: 5,
  glyphs: {
    '0': ['111', '101', '101', '101', '111'],
    '1': ['010', '110', '010', '010', '111'],
    '2': ['111', '001', '111', '100', '111'],
    '3': ['111', '001', '011', '001', '111'],
    '4': ['101', '101', '111', '001', '001'],
    '5': ['111', '100', '111', '001', '111'],
    '6': ['111', '100', '111', '101', '111'],
    '7': ['111', '001', '001', '010', '010'],
    '8': ['111', '101', '111', '101', '111'],
    '9': ['111', '101', '111', '001', '111'],
    h: ['100', '100', '111', '101', '101'],
    '+': ['000', '010', '111', '010', '000'],
  },
};

const LARGE_FONT: BitmapFont = {
  width: 5,
  height: 7,
  glyphs: {
    '0': ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
    '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
    '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
    '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
    '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
    '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
    '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
    '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
    '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
    '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
    h: ['10000', '10000', '10110', '11001', '10001', '10001', '10001'],
    '+': ['00000', '00100', '00100', '11111', '00100', '00100', '00000'],
  },
};

/**
 * Picks the biggest font and whole-pixel scale whose two-character block fits inside the
 * ring, so 16, 22 and 32 px icons each get the largest digits that stay clear of it.
 */
function chooseLettering(innerRadius: number): { font: BitmapFont; scale: number } {
  let best = { font: SMALL_FONT, scale: 1, area: 0 };
  for (const font of [SMALL_FONT, LARGE_FONT]) {
    for (let scale = 1; scale <= 4; scale++) {
      const width = (2 * font.width + 1) * scale;
      const height = font.height * scale;
      const fits = Math.hypot(width, height) <= 2 * innerRadius - 1;
      if (fits && width * height > best.area) best = { font, scale, area: width * height };
    }
  }
  return best;
}

function drawDigits(canvas: Canvas, text: string, innerRadius: number, colour: Rgb): void {
  const { font, scale } = chooseLettering(innerRadius);
  const width = (text.length * font.width + (text.length - 1)) * scale;
  const height = font.height * scale;
  let left = Math.floor((canvas.size - width) / 2);
  const top = Math.floor((canvas.size - height) / 2);
  for (const char of text) {
    const rows = font.glyphs[char] ?? [];
    rows.forEach((row, y) => {
      for (let x = 0; x < row.length; x++) {
        if (row[x] === '1') canvas.rect(left + x * scale, top + y * scale, scale, scale, colour);
      }
    });
    left += (font.width + 1) * scale;
  }
}

// ---------------------------------------------------------------- canvas

const SAMPLES = 4;

class Canvas {
  readonly pixels: Uint8Array;

  constructor(readonly size: number) {
    this.pixels = new Uint8Array(size * size * 4);
  }

  /** Paints a shape with smooth edges: each pixel is covered by the share of 16 samples inside. */
  fill(inside: (x: number, y: number) => boolean, colour: Rgb): void {
    for (let py = 0; py < this.size; py++) {
      for (let px = 0; px < this.size; px++) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
          }
        }
        if (hits > 0) this.blend(px, py, colour, hits / (SAMPLES * SAMPLES));
      }
    }
  }

  rect(left: number, top: number, width: number, height: number, colour: Rgb): void {
    for (let y = Math.max(0, top); y < Math.min(this.size, top + height); y++) {
      for (let x = Math.max(0, left); x < Math.min(this.size, left + width); x++)
        this.blend(x, y, colour, 1);
    }
  }

  /** Source-over compositing of a colour with the given coverage onto what is there. */
  private blend(x: number, y: number, colour: Rgb, coverage: number): void {
    const i = (y * this.size + x) * 4;
    const below = this.pixels[i + 3]! / 255;
    const alpha = coverage + below * (1 - coverage);
    if (alpha === 0) return;
    for (let c = 0; c < 3; c++) {
      const mixed = (colour[c]! * coverage + this.pixels[i + c]! * below * (1 - coverage)) / alpha;
      this.pixels[i + c] = Math.round(mixed);
    }
    this.pixels[i + 3] = Math.round(alpha * 255);
  }
}
