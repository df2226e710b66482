import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';

/**
 * Maps `app://bundle/<file>` to a file of the built renderer, refusing anything outside it.
 * Used by the `app://` protocol in Electron and by the browser tests, so both serve the pages
 * with the same guard and the same headers.
 */

export const BUNDLE_HOST = 'bundle';
export const BUNDLE_ORIGIN = `app://${BUNDLE_HOST}`;

/**
 * No remote content, ever: everything comes from the bundle, nothing goes out. Sent as a header
 * by `app://`, and written into every page by the build (see electron.vite.config.ts), so the
 * pages carry it wherever they are opened.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  // Svelte sets element styles for animation and layout; no script may be inline.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
/** A <meta> policy cannot say frame-ancestors (browsers ignore it there); the header does. */
export const PAGE_POLICY = DIRECTIVES.join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BundleFile {
  path: string;
  headers: Record<string, string>;
}

export function resolveBundleRequest(url: string, root: string): BundleFile | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // A user name or password makes a different address that only looks like ours.
  if (parsed.host !== BUNDLE_HOST || parsed.username !== '' || parsed.password !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const path = resolve(root, `.${pathname}`);
  if (!isInside(root, path)) return null;
  const type = CONTENT_TYPES[extname(path)];
  if (!type) return null;
  return {
    path,
    headers: {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    },
  };
}

function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/**
 * The file an `app://` request asks for, read, with its headers; null for anything outside the
 * bundle. The check is made again on real paths, so a link inside the bundle cannot lead out
 * of it.
 */
export async function readBundleFile(
  url: string,
  root: string,
): Promise<{ body: Buffer; headers: Record<string, string> } | null> {
  const file = resolveBundleRequest(url, root);
  if (!file) return null;
  try {
    const real = await realpath(file.path);
    if (!isInside(await realpath(root), real) || !(await stat(real)).isFile()) return null;
    return { body: await readFile(real), headers: file.headers };
  } catch {
    return null;
  }
}
