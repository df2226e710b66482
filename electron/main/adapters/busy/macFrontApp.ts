import type { FrontAppAnswer } from '../../core/busySignals';
import type { RunCommand } from './commands';

/**
 * The front app on macOS, from Launch Services with `lsappinfo` (no Accessibility or
 * Automation permission, unlike asking System Events through osascript): `lsappinfo front`
 * names the front app's session id, `lsappinfo info -only name <id>` its display name.
 */

/** `lsappinfo front` prints an id such as `ASN:0x0-0x1a01a:`. */
export function parseFrontAppId(stdout: string): string | null {
  const id = stdout.trim();
  return /^ASN:0x[0-9a-f]+-0x[0-9a-f]+:?$/i.test(id) ? id : null;
}

/** `lsappinfo info -only name <id>` prints `"LSDisplayName"="zoom.us"`. */
export function parseDisplayName(stdout: string): string | null {
  return /"LSDisplayName"="([^"]*)"/.exec(stdout)?.[1] || null;
}

export async function readMacFrontApp(run: RunCommand): Promise<FrontAppAnswer> {
  const front = await run('lsappinfo', ['front']);
  if (!front.ok) {
    return {
      state: 'unknown',
      cause: front.missing ? 'missing' : 'failed',
      why: 'mac-front-app-failed',
    };
  }
  const id = parseFrontAppId(front.stdout);
  if (id === null) return { state: 'known', names: [] };
  const info = await run('lsappinfo', ['info', '-only', 'name', id]);
  if (!info.ok) return { state: 'unknown', cause: 'failed', why: 'mac-front-app-failed' };
  const name = parseDisplayName(info.stdout);
  return { state: 'known', names: name === null ? [] : [name] };
}
