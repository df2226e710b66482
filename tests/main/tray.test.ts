import { messagesFor } from '../../electron/shared/i18n/messages';
import { EventEmitter } from 'node:events';
import { inflateSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { EngineStatus } from '../../electron/shared/views';
import { trayView, type TrayView } from '../../electron/main/core/trayModel';

/** The part of Electron the tray adapter uses, recorded so the tests can read what it did. */
const fake = vi.hoisted(() => {
  const state = {
    trays: [] as InstanceType<typeof FakeTray>[],
    images: [] as { buffers: { scaleFactor: number; png: Buffer }[] }[],
    menus: [] as MenuItemConstructorOptions[][],
    theme: null as unknown as EventEmitter & {
      shouldUseDarkColors: boolean;
      shouldUseDarkColorsForSystemIntegratedUI: boolean;
    },
  };
  class FakeTray {
    calls: [string, ...unknown[]][] = [];
    handlers = new Map<string, () => void>();
    destroyed = false;
    constructor(image: unknown) {
      this.calls.push(['constructor', image]);
      state.trays.push(this);
    }
    setImage(image: unknown) {
      this.calls.push(['setImage', image]);
    }
    setToolTip(text: string) {
      this.calls.push(['setToolTip', text]);
    }
    setTitle(text: string) {
      this.calls.push(['setTitle', text]);
    }
    setContextMenu(menu: unknown) {
      this.calls.push(['setContextMenu', menu]);
    }
    popUpContextMenu() {
      this.calls.push(['popUpContextMenu']);
    }
    on(event: string, handler: () => void) {
      this.handlers.set(event, handler);
      return this;
    }
    destroy() {
      this.destroyed = true;
    }
    count(name: string) {
      return this.calls.filter(([call]) => call === name).length;
    }
  }
  return { state, FakeTray };
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const theme = Object.assign(new EventEmitter(), {
    shouldUseDarkColors: false,
    shouldUseDarkColorsForSystemIntegratedUI: false,
  });
  fake.state.theme = theme;
  const nativeImage = {
    createFromBuffer(png: Buffer, options: { scaleFactor: number }) {
      const image = {
        buffers: [{ scaleFactor: options.scaleFactor, png }],
        addRepresentation(rep: { scaleFactor: number; buffer: Buffer }) {
          image.buffers.push({ scaleFactor: rep.scaleFactor, png: rep.buffer });
        },
      };
      fake.state.images.push(image);
      return image;
    },
  };
  const Menu = {
    buildFromTemplate(template: MenuItemConstructorOptions[]) {
      fake.state.menus.push(template);
      return { template };
    },
  };
  return { Tray: fake.FakeTray, Menu, nativeImage, nativeTheme: theme };
});

const { createTray } = await import('../../electron/main/adapters/tray');
const { crc32, encodePng } = await import('../../electron/main/adapters/png');

const MIN = 60_000;
const NOW = Date.UTC(2025, 5, 11, 8);

function status(overrides: Partial<EngineStatus> = {}): EngineStatus {
  return {
    activity: 'sitting',
    sittingMs: 32 * MIN,
    sittingSince: NOW - 32 * MIN,
    hold: 'none',
    waiting: null,
    pausedUntil: null,
    snoozedUntil: null,
    nextReminderAt: NOW + 13 * MIN,
    remindersSent: 0,
    withinWorkingHours: true,
    idleDetection: { state: 'ok', source: 'electron' },
    ...overrides,
  };
}

const view = (overrides: Partial<EngineStatus> = {}): TrayView =>
  trayView(status(overrides), NOW, messagesFor('en'));

/** Reads a PNG back: its size, and its pixels after undoing filter type 0 on each row. */
function readPng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const raw = inflateSync(chunks[1]!.data);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

beforeEach(() => {
  fake.state.trays.length = 0;
  fake.state.images.length = 0;
  fake.state.menus.length = 0;
  fake.state.theme.removeAllListeners();
  fake.state.theme.shouldUseDarkColors = false;
  fake.state.theme.shouldUseDarkColorsForSystemIntegratedUI = false;
});

describe('encodePng', () => {
  it('computes the CRC-32 that PNG uses', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('writes the pixels so they read back unchanged', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const png = readPng(encodePng(3, 2, rgba));
    expect(png).toEqual({ width: 3, height: 2, rgba });
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/Expected 16 bytes/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/whole, positive size/);
  });
});

describe('createTray', () => {
  it('creates the tray on first show with 16 and 32 px icons, the tooltip, the menu and, on macOS, the title', () => {
    const tray = createTray({ onAction: vi.fn(), platform: 'darwin' });
    expect(fake.state.trays).toHaveLength(0);
    tray.show(view());
    const [electronTray] = fake.state.trays;
    expect(fake.state.trays).toHaveLength(1);
    const image = fake.state.images[0]!;
    expect(image.buffers.map(({ scaleFactor, png }) => [scaleFactor, readPng(png).width])).toEqual([
      [1, 16],
      [2, 32],
    ]);
    expect(electronTray!.calls).toContainEqual([
      'setToolTip',
      'Backbreak\nSitting 32 min · next reminder in 13 min',
    ]);
    expect(electronTray!.calls).toContainEqual(['setTitle', '32m']);
    expect(electronTray!.count('setContextMenu')).toBe(1);
  });

  it('uses a 22 px icon and no title on Linux', () => {
    createTray({ onAction: vi.fn(), platform: 'linux' }).show(view());
    expect(fake.state.images[0]!.buffers.map(({ png }) => readPng(png).width)).toEqual([22]);
    expect(fake.state.trays[0]!.count('setTitle')).toBe(0);
  });

  it('turns the view menu into Electron items that report their action', () => {
    const onAction = vi.fn();
    createTray({ onAction, platform: 'linux' }).show(view({ remindersSent: 1 }));
    const template = fake.state.menus[0]!;
    expect(template[0]).toEqual({
      label: 'Sitting 32 min · next reminder in 13 min',
      enabled: false,
    });
    expect(template[1]).toEqual({ type: 'separator' });
    const byLabel = (label: string) => template.find((item) => item.label === label)!;
    (byLabel('Start a routine now').click as () => void)();
    const snooze = byLabel('Snooze').submenu as MenuItemConstructorOptions[];
    (snooze.find((item) => item.label === '10 minutes')!.click as () => void)();
    const pause = byLabel('Pause').submenu as MenuItemConstructorOptions[];
    (pause.find((item) => item.label === 'Until the next working day')!.click as () => void)();
    (byLabel('Quit').click as () => void)();
    expect(onAction.mock.calls).toEqual([['start'], ['snooze-10'], ['pause-tomorrow'], ['quit']]);
  });

  it('hands Electron only what changed', () => {
    const tray = createTray({ onAction: vi.fn(), platform: 'darwin' });
    tray.show(view());
    tray.show(view());
    const electronTray = fake.state.trays[0]!;
    expect(electronTray.count('setContextMenu')).toBe(1);
    expect(electronTray.count('setToolTip')).toBe(1);
    expect(electronTray.count('setTitle')).toBe(1);
    expect(electronTray.count('setImage')).toBe(0);

    // Only the ring moves: a new image, the same words and menu.
    const moved = view();
    tray.show({ ...moved, icon: { ...moved.icon, progress: 0.9 } });
    expect(electronTray.count('setImage')).toBe(1);
    expect(electronTray.count('setContextMenu')).toBe(1);

    // A new state: new words and a new menu.
    tray.show(view({ activity: 'standing' }));
    expect(electronTray.count('setContextMenu')).toBe(2);
    expect(electronTray.calls).toContainEqual(['setToolTip', 'Backbreak\nStanding']);
    expect(electronTray.calls).toContainEqual(['setTitle', '']);
    expect(fake.state.trays).toHaveLength(1);
  });

  it('redraws the icon when the system switches between light and dark', () => {
    const tray = createTray({ onAction: vi.fn(), platform: 'linux' });
    tray.show(view());
    fake.state.theme.emit('updated');
    expect(fake.state.trays[0]!.count('setImage')).toBe(0);
    fake.state.theme.shouldUseDarkColors = true;
    fake.state.theme.emit('updated');
    expect(fake.state.trays[0]!.count('setImage')).toBe(1);
    const [light, dark] = fake.state.images.map((image) => readPng(image.buffers[0]!.png).rgba);
    expect(Buffer.from(light!).equals(Buffer.from(dark!))).toBe(false);
  });

  it("follows the Windows taskbar's own theme and opens the menu on a left click", () => {
    fake.state.theme.shouldUseDarkColors = false;
    fake.state.theme.shouldUseDarkColorsForSystemIntegratedUI = true;
    createTray({ onAction: vi.fn(), platform: 'win32' }).show(view());
    fake.state.theme.shouldUseDarkColorsForSystemIntegratedUI = false;
    fake.state.theme.emit('updated');
    expect(fake.state.trays[0]!.count('setImage')).toBe(1);
    fake.state.trays[0]!.handlers.get('click')!();
    expect(fake.state.trays[0]!.count('popUpContextMenu')).toBe(1);
  });

  it('destroys the tray and stops listening to the theme', () => {
    const tray = createTray({ onAction: vi.fn(), platform: 'darwin' });
    tray.show(view());
    expect(fake.state.theme.listenerCount('updated')).toBe(1);
    tray.destroy();
    expect(fake.state.trays[0]!.destroyed).toBe(true);
    expect(fake.state.theme.listenerCount('updated')).toBe(0);
  });
});
