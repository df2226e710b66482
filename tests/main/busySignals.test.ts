import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBusySignals } from '../../electron/main/adapters/busy/busySignals';
import type { RunCommand } from '../../electron/main/adapters/busy/commands';
import { runCommand, rememberingMissing } from '../../electron/main/adapters/busy/commands';
import { BUSY_SIGNALS } from '../../electron/main/core/busySignals';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { fixture, missing, replies, stdout } from '../support/busyFixtures';

const en = messagesFor('en');

const x11 = { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'GNOME' };
const wayland = { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'KDE' };
const noProc = { procRoot: '/backbreak-no-such-proc', devicePattern: /^\/dev\/video\d+$/ };

afterEach(() => {
  vi.useRealTimers();
});

describe('which signals each OS can read', () => {
  it('Linux on X11 reads all five', () => {
    expect(createBusySignals({ platform: 'linux', env: x11 }).cannotRead()).toEqual({});
  });

  it('Linux on Wayland says plainly that full screen and the front app are private', () => {
    const cannot = createBusySignals({ platform: 'linux', env: wayland }).cannotRead();
    expect(Object.keys(cannot)).toEqual(['full-screen', 'front-app']);
    expect(cannot['full-screen']).toBe('wayland-windows');
    expect(en.busy.why['wayland-windows']).toMatch(/Wayland/);
  });

  it('Windows reads all five', () => {
    expect(createBusySignals({ platform: 'win32' }).cannotRead()).toEqual({});
  });

  it('macOS says why Focus and full screen cannot be read', () => {
    const cannot = createBusySignals({ platform: 'darwin' }).cannotRead();
    expect(Object.keys(cannot).sort()).toEqual(['do-not-disturb', 'full-screen']);
    expect(cannot).toEqual({
      'do-not-disturb': 'mac-focus-hidden',
      'full-screen': 'mac-full-screen-hidden',
    });
    expect(en.busy.why['mac-focus-hidden']).toMatch(/Full Disk Access/);
    expect(en.busy.why['mac-full-screen-hidden']).toMatch(/Accessibility/);
  });

  it('any other system can read none, and says so', () => {
    expect(Object.keys(createBusySignals({ platform: 'freebsd' }).cannotRead())).toEqual([
      ...BUSY_SIGNALS,
    ]);
  });
});

describe('reading', () => {
  it('reads only the signals asked for, each once, and answers each of them', async () => {
    const { run, calls } = replies({
      'pactl list source-outputs': stdout(fixture('linux/pipewire/source-outputs-mic.txt')),
      'pactl list sources short': stdout(fixture('linux/pipewire/sources-short-mic.txt')),
      gsettings: stdout(fixture('linux/notifications/gsettings-show-banners-false.txt')),
    });
    const signals = createBusySignals({ platform: 'linux', env: x11, run, cameraScan: noProc });
    const readings = await signals.read(['microphone', 'do-not-disturb', 'microphone']);
    expect(readings).toEqual({
      microphone: { state: 'busy', reason: { signal: 'microphone', apps: ['Meeting'] } },
      'do-not-disturb': { state: 'busy', reason: { signal: 'do-not-disturb', how: 'focus' } },
    });
    expect(calls.sort()).toEqual([
      'gsettings get org.gnome.desktop.notifications show-banners',
      'pactl list source-outputs',
      'pactl list sources short',
    ]);
    await expect(signals.read([])).resolves.toEqual({});
  });

  it('answers a signal this system cannot read without running anything', async () => {
    const { run, calls } = replies({});
    const readings = await createBusySignals({ platform: 'darwin', run }).read(['full-screen']);
    expect(readings['full-screen']).toMatchObject({ state: 'unknown', cause: 'unsupported' });
    expect(calls).toEqual([]);
  });

  it('spawns a missing tool once, then answers from memory', async () => {
    const { run, calls } = replies({}, missing);
    const signals = createBusySignals({ platform: 'darwin', run });
    for (let i = 0; i < 3; i++) {
      await expect(signals.read(['microphone'])).resolves.toMatchObject({
        microphone: { state: 'unknown', cause: 'missing' },
      });
    }
    expect(calls).toEqual(['pmset -g assertions']);
  });

  it('gives up on a signal that does not answer by the deadline, and one that throws', async () => {
    vi.useFakeTimers();
    const hangs: RunCommand = () => new Promise(() => undefined);
    const read = createBusySignals({ platform: 'darwin', run: hangs, deadlineMs: 5_000 }).read([
      'microphone',
    ]);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(read).resolves.toMatchObject({
      microphone: { state: 'unknown', cause: 'failed' },
    });
    const throws: RunCommand = () => Promise.reject(new Error('spawn EPERM'));
    await expect(
      createBusySignals({ platform: 'darwin', run: throws }).read(['camera']),
    ).resolves.toMatchObject({ camera: { state: 'unknown', cause: 'failed' } });
  });

  it('gives each Windows read the time the computer started', async () => {
    const { run } = replies({
      'reg query HKCU': stdout(fixture('windows/consent-webcam-stale-after-crash.txt')),
    });
    const readAt = (bootedAt: number) =>
      createBusySignals({ platform: 'win32', run, bootedAtMs: () => bootedAt }).read(['camera']);
    await expect(readAt(Date.UTC(2025, 0, 6, 8))).resolves.toEqual({ camera: { state: 'free' } });
    await expect(readAt(Date.UTC(2024, 11, 1))).resolves.toMatchObject({
      camera: { state: 'busy' },
    });
  });
});

describe('running the tools', () => {
  it('resolves with what a program prints', async () => {
    await expect(
      runCommand(process.execPath, ['-e', 'process.stdout.write("7")']),
    ).resolves.toEqual({ ok: true, stdout: '7' });
  });

  it('tells a missing program from one that fails, with what it said', async () => {
    await expect(runCommand('backbreak-no-such-program', [])).resolves.toEqual({
      ok: false,
      missing: true,
    });
    await expect(
      runCommand(process.execPath, ['-e', 'process.stderr.write("no"); process.exit(3)']),
    ).resolves.toEqual({ ok: false, missing: false, stderr: 'no' });
  });

  it('asks for untranslated messages, so the parsers read the same words everywhere', async () => {
    const printEnv =
      'process.stdout.write(JSON.stringify([process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANGUAGE]))';
    const before = process.env.LC_ALL;
    process.env.LC_ALL = 'de_DE.UTF-8';
    try {
      const result = await runCommand(process.execPath, ['-e', printEnv]);
      expect(result.ok && JSON.parse(result.stdout)).toEqual([null, 'C', 'C']);
    } finally {
      if (before === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = before;
    }
  });

  it('remembers a missing program by name only', async () => {
    const { run, calls } = replies({ present: stdout('ok') }, missing);
    const remembering = rememberingMissing(run);
    await remembering('absent', []);
    await remembering('absent', ['again']);
    await remembering('present', []);
    await remembering('present', []);
    expect(calls).toEqual(['absent', 'present', 'present']);
  });
});
