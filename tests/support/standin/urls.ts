/**
 * Plain Chromium cannot open a custom scheme such as `app://`: only Electron can register one.
 * A scheme the app registers as standard and secure behaves like https, so the stand-in opens
 * `app://bundle/x` as `https://bundle.app.scheme.invalid/x` (`.invalid` never resolves; every
 * request to it is answered by the app's own protocol handler) and maps it back wherever the
 * app can see a URL: the Request its handler gets, the sender frame of an IPC call,
 * `webContents.getURL()`.
 */

const SUFFIX = '.scheme.invalid';

export function toPageUrl(appUrl: string): string {
  const url = new URL(appUrl);
  if (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'about:') {
    return appUrl;
  }
  const scheme = url.protocol.slice(0, -1);
  return `https://${url.host}.${scheme}${SUFFIX}${url.pathname}${url.search}${url.hash}`;
}

/** The app's URL for a page URL, or null when it is not one of a registered scheme. */
export function toAppUrl(pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname.endsWith(SUFFIX)) return null;
  const parts = url.hostname.slice(0, -SUFFIX.length).split('.');
  const scheme = parts.pop();
  return `${scheme}://${parts.join('.')}${url.pathname}${url.search}${url.hash}`;
}

/** What the app sees for any page URL: its own scheme where mapped, else the URL as it is. */
export function seenByApp(pageUrl: string): string {
  return toAppUrl(pageUrl) ?? pageUrl;
}
