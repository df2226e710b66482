import {
  Menu,
  Tray,
  nativeImage,
  nativeTheme,
  type MenuItemConstructorOptions,
  type NativeImage,
} from 'electron';
import { drawTrayIcon } from '../core/trayIcon';
import type { TrayAction, TrayMenuItem, TrayView } from '../core/trayModel';
import { encodePng } from './png';

/**
 * The tray icon and its menu, drawn from a `TrayView`. Each part is handed to Electron only
 * when it changed, so a status push that alters nothing visible costs nothing, and an open
 * menu is not rebuilt under the pointer.
 */

export interface TrayHandle {
  show(view: TrayView): void;
  destroy(): void;
}

export interface TrayOptions {
  onAction(action: TrayAction): void;
  /** Defaults to the running platform; tests pass another to check its behaviour. */
  platform?: NodeJS.Platform;
}

/**
 * Icon sizes in pixels with their scale factor. macOS and Windows draw tray icons at 16 points
 * and pick the 32 px version on high-density screens; Linux panels ask for about 22 px.
 */
function iconSizes(platform: NodeJS.Platform): { size: number; scaleFactor: number }[] {
  return platform === 'linux'
    ? [{ size: 22, scaleFactor: 1 }]
    : [
        { size: 16, scaleFactor: 1 },
        { size: 32, scaleFactor: 2 },
      ];
}

export function createTray(options: TrayOptions): TrayHandle {
  const platform = options.platform ?? process.platform;
  let tray: Tray | null = null;
  let current: TrayView | null = null;
  let shown = { icon: '', menu: '', tooltip: '', title: '' };

  // Windows' taskbar keeps its own dark or light look, apart from the apps' theme.
  const dark = () =>
    platform === 'win32'
      ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI
      : nativeTheme.shouldUseDarkColors;

  const image = (view: TrayView, isDark: boolean): NativeImage => {
    const [first, ...more] = iconSizes(platform);
    const png = (size: number) => {
      const bitmap = drawTrayIcon(view.icon, size, isDark);
      return encodePng(bitmap.width, bitmap.height, bitmap.rgba);
    };
    const result = nativeImage.createFromBuffer(png(first!.size), {
      scaleFactor: first!.scaleFactor,
    });
    for (const { size, scaleFactor } of more)
      result.addRepresentation({ scaleFactor, buffer: png(size) });
    return result;
  };

  const render = (view: TrayView) => {
    const isDark = dark();
    const iconKey = JSON.stringify([view.icon, isDark]);
    if (!tray) {
      tray = new Tray(image(view, isDark));
      shown.icon = iconKey;
      // A left click on Windows does nothing by itself; there the menu is all the app has.
      if (platform === 'win32') tray.on('click', () => tray?.popUpContextMenu());
    } else if (iconKey !== shown.icon) {
      tray.setImage(image(view, isDark));
      shown.icon = iconKey;
    }
    if (view.tooltip !== shown.tooltip) {
      tray.setToolTip(view.tooltip);
      shown.tooltip = view.tooltip;
    }
    if (platform === 'darwin' && view.title !== shown.title) {
      tray.setTitle(view.title);
      shown.title = view.title;
    }
    const menuKey = JSON.stringify(view.menu);
    if (menuKey !== shown.menu) {
      tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(view.menu, options.onAction)));
      shown.menu = menuKey;
    }
  };

  const onThemeChange = () => {
    if (current) render(current);
  };
  nativeTheme.on('updated', onThemeChange);

  return {
    show(view) {
      current = view;
      render(view);
    },
    destroy() {
      nativeTheme.removeListener('updated', onThemeChange);
      tray?.destroy();
      tray = null;
      current = null;
      shown = { icon: '', menu: '', tooltip: '', title: '' };
    },
  };
}

export function menuTemplate(
  menu: TrayMenuItem[],
  onAction: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return menu.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'status':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return { label: item.label, click: () => onAction(item.action) };
      case 'submenu':
        return {
          label: item.label,
          submenu: item.items.map((choice) => ({
            label: choice.label,
            click: () => onAction(choice.action),
          })),
        };
    }
  });
}
