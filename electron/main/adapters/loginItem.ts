import { app } from 'electron';
import { rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { removeLeftovers, writeFileSafely } from './safeFile';

/**
 * "Launch at login". macOS and Windows keep login items themselves; Linux desktops start what
 * is in the XDG autostart folder, so there the app writes or removes a desktop entry.
 */

export interface LoginItemSystem {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  /** The program that starts Backbreak: the AppImage when running from one. */
  execPath: string;
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
}

/** The real system; tests pass their own with a temporary home folder. */
export function electronLoginItemSystem(): LoginItemSystem {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    execPath: process.execPath,
    setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
  };
}

export const AUTOSTART_FILE_NAME = 'backbreak.desktop';

export function setLaunchAtLogin(
  enabled: boolean,
  system: LoginItemSystem = electronLoginItemSystem(),
): void {
  if (system.platform !== 'linux') {
    system.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  const file = autostartFile(system);
  removeLeftovers(file);
  if (!enabled) {
    rmSync(file, { force: true });
    return;
  }
  // Written the one safe way, so a crash never leaves half an entry for the desktop to start.
  writeFileSafely(file, desktopEntry(system.env.APPIMAGE || system.execPath), { mode: 0o644 });
}

/** $XDG_CONFIG_HOME/autostart, or ~/.config/autostart; the spec says to ignore a relative value. */
export function autostartFile(system: Pick<LoginItemSystem, 'env' | 'home'>): string {
  const configured = system.env.XDG_CONFIG_HOME;
  const configHome =
    configured && isAbsolute(configured) ? configured : join(system.home, '.config');
  return join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

export function desktopEntry(program: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Backbreak',
    'Comment=Reminds you to get up and plays a short guided mid-back routine',
    `Exec=${desktopExecArgument(program)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * One argument of an Exec line, per the Desktop Entry Specification: in double quotes with
 * `"`, `` ` ``, `$` and `\` backslash-escaped; `%` doubled so it is not read as a field code;
 * then, because Exec is itself a string value, every backslash doubled once more and control
 * characters written as escapes.
 */
export function desktopExecArgument(argument: string): string {
  const quoted = `"${argument.replace(/["`$\\]/g, '\\$&').replaceAll('%', '%%')}"`;
  return quoted
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('\r', '\\r');
}
