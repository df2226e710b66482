import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  app: {
    setLoginItemSettings: vi.fn(),
  },
}));

const { autostartFile, desktopExecArgument, electronLoginItemSystem, setLaunchAtLogin } =
  await import('../../electron/main/adapters/loginItem');
type LoginItemSystem = ReturnType<typeof electronLoginItemSystem>;

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'backbreak-login-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

function system(
  overrides: Partial<LoginItemSystem> = {},
): LoginItemSystem & { settings: boolean[] } {
  const settings: boolean[] = [];
  return {
    platform: 'linux',
    env: {},
    home,
    execPath: '/opt/Backbreak/backbreak',
    setLoginItemSettings: ({ openAtLogin }) => settings.push(openAtLogin),
    settings,
    ...overrides,
  };
}

/** Reads an Exec value back the way a desktop reads it: string escapes, quoting, then %%. */
function readExec(value: string): string[] {
  let unescaped = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') {
      const next = value[++i];
      unescaped +=
        next === 's' ? ' ' : next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
    } else {
      unescaped += value[i];
    }
  }
  const args: string[] = [];
  let i = 0;
  while (i < unescaped.length) {
    if (unescaped[i] === ' ') {
      i++;
      continue;
    }
    let arg = '';
    if (unescaped[i] === '"') {
      i++;
      while (unescaped[i] !== '"') {
        if (i >= unescaped.length) throw new Error('Unclosed quote.');
        if (unescaped[i] === '\\') {
          const next = unescaped[i + 1]!;
          if (!'"`$\\'.includes(next)) throw new Error(`"\\${next}" is not allowed inside quotes.`);
          arg += next;
          i += 2;
        } else {
          arg += unescaped[i++];
        }
      }
      i++;
    } else {
      while (i < unescaped.length && unescaped[i] !== ' ') arg += unescaped[i++];
    }
    args.push(arg.replaceAll('%%', '%'));
  }
  return args;
}

const execLine = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('Exec='))!
    .slice(5);

describe('setLaunchAtLogin on macOS and Windows', () => {
  it.each(['darwin', 'win32'] as const)('asks Electron on %s and writes no file', (platform) => {
    const sys = system({ platform });
    setLaunchAtLogin(true, sys);
    setLaunchAtLogin(false, sys);
    expect(sys.settings).toEqual([true, false]);
    expect(existsSync(join(home, '.config'))).toBe(false);
  });

  it('uses the real app by default', async () => {
    const { app } = await import('electron');
    setLaunchAtLogin(true, { ...electronLoginItemSystem(), platform: 'darwin' });
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
  });
});

describe('setLaunchAtLogin on Linux', () => {
  it('writes an XDG autostart entry in ~/.config/autostart and removes it again', () => {
    const sys = system();
    setLaunchAtLogin(true, sys);
    const file = join(home, '.config', 'autostart', 'backbreak.desktop');
    expect(autostartFile(sys)).toBe(file);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        'Type=Application',
        'Name=Backbreak',
        'Exec="/opt/Backbreak/backbreak"',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
      ]),
    );
    expect(text.startsWith('[Desktop Entry]\n')).toBe(true);
    expect(sys.settings).toEqual([]);

    setLaunchAtLogin(false, sys);
    expect(existsSync(file)).toBe(false);
  });

  it('can be turned on twice and off twice, leaving nothing half-written', () => {
    const sys = system();
    setLaunchAtLogin(true, sys);
    setLaunchAtLogin(true, sys);
    expect(readdirSync(join(home, '.config', 'autostart'))).toEqual(['backbreak.desktop']);
    setLaunchAtLogin(false, sys);
    expect(() => setLaunchAtLogin(false, sys)).not.toThrow();
  });

  it('clears what a write killed before it finished left in the autostart folder', () => {
    const folder = join(home, '.config', 'autostart');
    mkdirSync(folder, { recursive: true });
    // Far above any process id a system hands out: that process is gone.
    writeFileSync(join(folder, '.backbreak.desktop.99999999.tmp'), '[Desktop En');
    writeFileSync(join(folder, 'other.desktop'), '[Desktop Entry]\n');
    setLaunchAtLogin(true, system());
    expect(readdirSync(folder).sort()).toEqual(['backbreak.desktop', 'other.desktop']);
  });

  it('honours an absolute XDG_CONFIG_HOME and ignores a relative one', () => {
    const config = join(home, 'elsewhere');
    setLaunchAtLogin(true, system({ env: { XDG_CONFIG_HOME: config } }));
    expect(existsSync(join(config, 'autostart', 'backbreak.desktop'))).toBe(true);
    expect(autostartFile(system({ env: { XDG_CONFIG_HOME: 'relative/config' } }))).toBe(
      join(home, '.config', 'autostart', 'backbreak.desktop'),
    );
  });

  it('starts the AppImage rather than the unpacked binary inside it', () => {
    const sys = system({
      env: { APPIMAGE: '/home/me/Apps/Backbreak-0.1.0.AppImage' },
      execPath: '/tmp/.mount_Back123/backbreak',
    });
    setLaunchAtLogin(true, sys);
    expect(readExec(execLine(autostartFile(sys)))).toEqual([
      '/home/me/Apps/Backbreak-0.1.0.AppImage',
    ]);
  });

  it('quotes awkward paths so the desktop reads back exactly the same path', () => {
    for (const path of [
      '/opt/Back Break/backbreak',
      '/home/me/100% "real" $HOME/`app`\\x',
      '/home/me/tab\there/new\nline',
    ]) {
      const sys = system({ execPath: path });
      setLaunchAtLogin(true, sys);
      const exec = execLine(autostartFile(sys));
      expect(exec).toBe(desktopExecArgument(path));
      expect(readExec(exec)).toEqual([path]);
    }
  });
});
