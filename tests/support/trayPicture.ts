import { encodePng } from '../../electron/main/adapters/png';
import { drawTrayIcon } from '../../electron/main/core/trayIcon';
import type { TrayMenuItem, TrayView } from '../../electron/main/core/trayModel';

/**
 * A picture of the tray as the app would show it: the icon drawn by the app's own code and
 * its menu laid out like a desktop's, for screenshots. The tray itself is the desktop's to
 * draw, so this is the one place the tests draw it; what it shows is the app's `TrayView`.
 */

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function itemHtml(item: TrayMenuItem): string {
  switch (item.kind) {
    case 'status':
      return `<li class="status">${escape(item.label)}</li>`;
    case 'separator':
      return '<li class="separator"></li>';
    case 'action':
      return `<li>${escape(item.label)}</li>`;
    case 'submenu':
      return `<li>${escape(item.label)}<span>▸</span></li>`;
  }
}

export function trayPictureHtml(view: TrayView, dark: boolean): string {
  const icon = drawTrayIcon(view.icon, 32, dark);
  const png = Buffer.from(encodePng(icon.width, icon.height, icon.rgba)).toString('base64');
  const [panel, menu, text, muted, rule] = dark
    ? ['#2b2b2b', '#353535', '#f0f0f0', '#a9a9a9', '#4a4a4a']
    : ['#e4e4e4', '#fbfbfb', '#1d1d1d', '#6b6b6b', '#dddddd'];
  return `<!doctype html><html><head><style>
  body { margin: 0; font: 14px system-ui, sans-serif; background: ${panel}; color: ${text}; }
  .bar { display: flex; justify-content: flex-end; align-items: center; gap: 8px; height: 32px; padding: 2px 14px; }
  .bar img { width: 22px; height: 22px; }
  ul { list-style: none; margin: 0 0 14px auto; padding: 6px 0; width: max-content; min-width: 260px;
       margin-right: 8px; background: ${menu}; border-radius: 8px; box-shadow: 0 6px 18px rgb(0 0 0 / 0.28); }
  li { display: flex; justify-content: space-between; gap: 24px; padding: 5px 16px; }
  li.status { color: ${muted}; }
  li.separator { height: 1px; margin: 5px 0; padding: 0; background: ${rule}; }
  li span { color: ${muted}; }
</style></head><body>
  <div class="bar"><img alt="" src="data:image/png;base64,${png}"></div>
  <ul>${view.menu.map(itemHtml).join('')}</ul>
</body></html>`;
}
